// Photo evidence read from the file itself: a hand-made EXIF block (exif-fixture.ts) with a known
// capture time and position, the thumbnail, and the rule that flags a photo taken long before.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { jpegWithExif } from "./exif-fixture.ts";
import { makeThumbnail, preparePhotos, readExif, takenLongBefore, THUMBNAIL_PX } from "./photos.ts";

const base = async (width = 1600, height = 1200) =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: "#2a7" } })
      .jpeg()
      .toBuffer(),
  );

describe("takenLongBefore", () => {
  const receivedAt = new Date("2026-12-02T02:00:00Z");
  it("flags a capture more than 24 hours before the record, not one at 24 hours or later", () => {
    expect(takenLongBefore(new Date("2026-12-01T01:59:59.999Z"), receivedAt)).toBe(true);
    expect(takenLongBefore(new Date("2026-12-01T02:00:00Z"), receivedAt)).toBe(false);
    expect(takenLongBefore(new Date("2026-12-02T01:00:00Z"), receivedAt)).toBe(false);
    expect(takenLongBefore(new Date("2026-12-02T03:00:00Z"), receivedAt)).toBe(false);
  });
  it("never flags a photo whose capture time is unknown", () => {
    expect(takenLongBefore(null, receivedAt)).toBe(false);
  });
});

describe("readExif", () => {
  it("reads the capture time (with the offset the camera names) and the GPS position", async () => {
    const jpeg = jpegWithExif(await base(), {
      dateTimeOriginal: "2026:12:02 09:15:00",
      offsetTimeOriginal: "+08:00",
      latitude: 31.7786,
      longitude: -119.9542,
    });
    const read = await readExif(jpeg);
    expect(read.capturedAt).toEqual({ local: "2026-12-02 09:15:00", offset: "+08:00" });
    expect(read.latitude).toBeCloseTo(31.7786, 4);
    expect(read.longitude).toBeCloseTo(-119.9542, 4);
  });
  it("answers nothing for a file without EXIF or with a malformed date", async () => {
    expect(await readExif(await base())).toEqual({ capturedAt: null, latitude: null, longitude: null });
    const odd = jpegWithExif(await base(), { dateTimeOriginal: "0000:00:00 00:00:0x" });
    expect((await readExif(odd)).capturedAt).toBeNull();
  });
});

describe("preparePhotos", () => {
  it("prefers the file's EXIF, falls back to what the phone declared, skips what is not an image", async () => {
    const withExif = jpegWithExif(await base(), { dateTimeOriginal: "2026:12:02 09:15:00" });
    const resized = await base(800, 600);
    const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    const declared = { capturedAt: "2026-12-02T01:10:00.000Z", latitude: 31.2, longitude: 121.4 };
    const [a, b, c] = await preparePhotos(
      [
        { fileName: "a.jpg", bytes: withExif },
        { fileName: "b.jpg", bytes: resized },
        { fileName: "c.pdf", bytes: pdf },
      ],
      [declared, declared, declared],
    );
    expect(a).toMatchObject({ source: "file", capturedAt: { local: "2026-12-02 09:15:00", offset: null } });
    expect(b).toMatchObject({
      source: "device",
      capturedAt: { instant: new Date(declared.capturedAt) },
      latitude: 31.2,
      longitude: 121.4,
    });
    expect(c).toBeNull();
  });
});

describe("makeThumbnail", () => {
  it("makes a JPEG no longer than THUMBNAIL_PX on its long side, and null for bytes it cannot decode", async () => {
    const thumb = await makeThumbnail(await base(1600, 1200));
    const meta = await sharp(thumb ?? new Uint8Array()).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", THUMBNAIL_PX, 240]);
    expect(await makeThumbnail(new Uint8Array([0xff, 0xd8, 0xff, 0x00]))).toBeNull();
  });
});
