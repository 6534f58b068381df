import { describe, expect, it } from "vitest";
import path from "node:path";
import { parseEnv, sqlitePathFromUrl } from "./env.server.ts";

describe("parseEnv", () => {
  it("defaults to port 3000 and a database inside the data folder", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe(`file:${path.resolve("data", "anzhi.db")}`);
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "postgres://x" })).toThrow(/DATABASE_URL must be a file: URL/);
  });

  it("trusts forwarded headers only when ANZHI_TRUST_PROXY names a proxy", () => {
    expect(parseEnv({}).ANZHI_TRUST_PROXY).toBe(false);
    expect(parseEnv({ ANZHI_TRUST_PROXY: "false" }).ANZHI_TRUST_PROXY).toBe(false);
    expect(parseEnv({ ANZHI_TRUST_PROXY: "true" }).ANZHI_TRUST_PROXY).toBe(true);
    expect(parseEnv({ ANZHI_TRUST_PROXY: "1" }).ANZHI_TRUST_PROXY).toBe(1);
    expect(parseEnv({ ANZHI_TRUST_PROXY: "loopback, 10.0.0.0/8" }).ANZHI_TRUST_PROXY).toBe("loopback, 10.0.0.0/8");
  });

  it("resolves the sqlite path of a file: URL", () => {
    expect(sqlitePathFromUrl("file:/tmp/x.db")).toBe("/tmp/x.db");
    expect(sqlitePathFromUrl("file:./data/a.db")).toBe(path.resolve("data/a.db"));
  });
});
