import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Anzhi, AnzhiConfigError, SDK_VERSION } from "./index";

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

  it("checks a call's own options before sending anything", async () => {
    let sent = 0;
    const a = new Anzhi({
      apiKey: key,
      baseUrl: "https://x.example",
      fetch: async () => {
        sent += 1;
        return new Response("{}");
      },
    });
    await expect(a.suppliers.get("V-1", { timeoutMs: 0 })).rejects.toThrow(/timeoutMs/);
    await expect(a.suppliers.get("V-1", { maxRetries: 11 })).rejects.toBeInstanceOf(AnzhiConfigError);
    await expect(
      a.suppliers.push({ externalId: "V-1", name: "供应商", type: "goods" }, { idempotencyKey: "has space" }),
    ).rejects.toThrow(/idempotencyKey/);
    expect(sent).toBe(0);
  });
});

describe("SDK_VERSION", () => {
  it("is the package version, put in at build time", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });
});
