import { describe, expect, it } from "vitest";
import { Anzhi, AnzhiConfigError } from "./index";

const key = "anz_test_0123456789abcdef";

describe("new Anzhi()", () => {
  it("applies defaults and trims a trailing slash", () => {
    const a = new Anzhi({ apiKey: key, baseUrl: "https://anzhi.example.com/" });
    expect(a.options).toMatchObject({ baseUrl: "https://anzhi.example.com", timeoutMs: 60_000, maxRetries: 2 });
    expect(a.keyPrefix).toBe("anz_test_012");
    expect(JSON.stringify(a)).not.toContain(key);
  });

  it("names the option that is wrong", () => {
    expect(() => new Anzhi({ apiKey: "nope", baseUrl: "https://x.example" })).toThrow(AnzhiConfigError);
    expect(() => new Anzhi({ apiKey: key, baseUrl: "ftp://x.example" })).toThrow(/baseUrl/);
    expect(() => new Anzhi({ apiKey: key, baseUrl: "https://x.example", maxRetries: -1 })).toThrow(/maxRetries/);
  });
});
