import { describe, expect, it } from "vitest";
import { illFormedTextPath, isWellFormedText } from "./unicode";

describe("well-formed text", () => {
  it("accepts paired surrogates and refuses lone ones at either end", () => {
    expect(isWellFormedText("安质 😀")).toBe(true);
    expect(isWellFormedText("\ud800")).toBe(false);
    expect(isWellFormedText("a\udc00b")).toBe(false);
    expect(isWellFormedText("😀".slice(0, 1))).toBe(false);
  });

  it("refuses a NUL, which PostgreSQL's text cannot hold, and keeps other control characters", () => {
    expect(isWellFormedText("有\u0000限公司")).toBe(false);
    expect(illFormedTextPath({ name: "ok", lines: [{ note: "a\u0000" }] })).toBe("lines.0.note");
    expect(isWellFormedText("第一行\n第二行\t\r")).toBe(true);
  });

  it("names the first offending field inside nested input, keys included", () => {
    expect(illFormedTextPath({ a: "ok", lines: [{ item: "ok" }, { item: "x\udfff" }] })).toBe("lines.1.item");
    expect(illFormedTextPath({ ["k\ud800"]: 1 })).toBe("k\ud800");
    expect(illFormedTextPath({ a: [1, null, true, "ok"] })).toBeNull();
    expect(illFormedTextPath("\ud800")).toBe("");
  });

  it("does not enter bytes, files or dates", () => {
    const bytes = new Uint8Array(5_000_000);
    expect(illFormedTextPath({ file: bytes, at: new Date(0), name: "ok" })).toBeNull();
  });

  it("walks deep input without overflowing the stack", () => {
    let deep: unknown = "\ud800";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(illFormedTextPath(deep)).toBe(Array(20_000).fill("0").join("."));
  });
});
