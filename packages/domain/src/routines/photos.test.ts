// Daily-check photos are checked by their bytes: jpg/png/webp and the iPhone camera's HEIC pass,
// anything else (whatever its name says) is refused.
import { describe, expect, it } from "vitest";
import { sniffType } from "../files/attachments.ts";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("photo types", () => {
  it("recognises JPEG, PNG, WebP and HEIC by their first bytes", () => {
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffType(bytes([0x89], "PNG", [0x0d, 0x0a]))).toBe("image/png");
    expect(sniffType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toBe("image/webp");
    expect(sniffType(bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0]))).toBe("image/heic");
    expect(sniffType(bytes([0, 0, 0, 0x18], "ftypmif1", [0, 0, 0, 0]))).toBe("image/heic");
  });

  it("refuses other files, including MP4 video (also an ftyp box) and text named .jpg", () => {
    expect(sniffType(bytes([0, 0, 0, 0x18], "ftypisom", [0, 0, 0, 0]))).toBeNull();
    expect(sniffType(bytes("hello, not a photo"))).toBeNull();
  });
});
