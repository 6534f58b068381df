import { describe, expect, it } from "vitest";
import { CHINA_TIME, formatDay, formatInstant } from "./format.ts";

describe("the one date format", () => {
  it("writes days and instants as ISO in the zone read, whatever the language", () => {
    // 16:30 UTC on New Year's Eve is already the next day in China
    const at = new Date("2026-12-31T16:30:00.000Z");
    expect(formatInstant(at, CHINA_TIME)).toBe("2027-01-01 00:30");
    expect(formatDay(at, CHINA_TIME)).toBe("2027-01-01");
    expect(formatInstant(at.toISOString(), "UTC")).toBe("2026-12-31 16:30");
    expect(formatDay(at, "UTC")).toBe("2026-12-31");
    expect(formatInstant(null, CHINA_TIME)).toBe("");
    expect(formatDay(undefined, CHINA_TIME)).toBe("");
  });
});
