import { describe, expect, it } from "vitest";
import path from "node:path";
import { billingEnv, parseEnv, sqlitePathFromUrl } from "./env.server.ts";

describe("parseEnv", () => {
  it("defaults to port 3000 and a database inside the data folder", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe(`file:${path.resolve("data", "anzhi.db")}`);
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a file: URL/);
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h/db" }).DATABASE_URL).toBe("postgresql://u@h/db");
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

describe("billing settings", () => {
  it("is off without STRIPE_SECRET_KEY", () => {
    expect(billingEnv(parseEnv({}))).toBeNull();
  });

  it("needs the webhook secret and both price ids once the key is set", () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "sk_test_x" })).toThrow(/STRIPE_WEBHOOK_SECRET: required/);
    const env = parseEnv({
      STRIPE_SECRET_KEY: "sk_test_x",
      STRIPE_WEBHOOK_SECRET: "whsec_x",
      STRIPE_PRICE_BASIC: "price_b",
      STRIPE_PRICE_PROFESSIONAL: "price_p",
      STRIPE_API_URL: "http://127.0.0.1:4242",
    });
    expect(billingEnv(env)).toMatchObject({
      secretKey: "sk_test_x",
      prices: { basic: "price_b", professional: "price_p" },
    });
    expect(billingEnv(env)?.apiUrl?.port).toBe("4242");
    expect(() => parseEnv({ STRIPE_API_URL: "ftp://x" })).toThrow(/STRIPE_API_URL/);
  });
});

describe("file storage settings (ANZHI_S3_URL)", () => {
  it("keeps files in the data folder when unset", () => {
    expect(parseEnv({}).ANZHI_S3_URL).toBeNull();
  });

  it("reads the endpoint, bucket, prefix, region, path style and percent-encoded keys", () => {
    expect(
      parseEnv({
        ANZHI_S3_URL: "s3+http://AK:se%2Fcret%2B@127.0.0.1:9000/anzhi-files/prod?region=cn-east-1&forcePathStyle=true",
      }).ANZHI_S3_URL,
    ).toEqual({
      endpoint: "http://127.0.0.1:9000",
      bucket: "anzhi-files",
      prefix: "prod/",
      region: "cn-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "AK", secretAccessKey: "se/cret+" },
    });
    expect(parseEnv({ ANZHI_S3_URL: "s3://oss-cn-hangzhou.aliyuncs.com/anzhi" }).ANZHI_S3_URL).toEqual({
      endpoint: "https://oss-cn-hangzhou.aliyuncs.com",
      bucket: "anzhi",
      prefix: "",
      region: "us-east-1",
      forcePathStyle: false,
      credentials: null,
    });
  });

  it("says what is wrong with a bad URL", () => {
    const bad = (v: string) => () => parseEnv({ ANZHI_S3_URL: v });
    expect(bad("https://host/bucket")).toThrow(/ANZHI_S3_URL must start with s3:\/\//);
    expect(bad("s3://host")).toThrow(/ANZHI_S3_URL needs a bucket name/);
    expect(bad("s3://AK@host/bucket")).toThrow(/ANZHI_S3_URL needs both the access key and the secret/);
    expect(bad("s3://host/bucket?forcePathStyle=yes")).toThrow(/forcePathStyle must be true or false/);
    expect(bad("s3://host/bucket?regoin=x")).toThrow(/unknown parameter regoin/);
    expect(bad("not a url")).toThrow(/ANZHI_S3_URL is not a URL/);
  });
});
