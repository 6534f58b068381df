import { describe, expect, it } from "vitest";
import { photoMetaOf } from "./photo-meta.server.ts";

const form = (value?: string) => {
  const f = new FormData();
  if (value !== undefined) f.set("photoMeta", value);
  return f;
};

describe("photoMetaOf", () => {
  it("reads the list the phone posted", () => {
    const meta = [{ capturedAt: "2026-12-02T01:10:00.000Z", latitude: 31.2, longitude: 121.4 }];
    expect(photoMetaOf(form(JSON.stringify(meta)))).toEqual(meta);
  });
  it("drops what is absent, not JSON, or not a list of declarations", () => {
    expect(photoMetaOf(form())).toBeUndefined();
    expect(photoMetaOf(form(""))).toBeUndefined();
    expect(photoMetaOf(form("{not json"))).toBeUndefined();
    expect(photoMetaOf(form(JSON.stringify([{ capturedAt: "yesterday", latitude: 0, longitude: 0 }])))).toBeUndefined();
  });
});
