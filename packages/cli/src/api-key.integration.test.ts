// `pnpm anzhi api-key …` against a real SQLite file: the key is printed once, authenticates, is listed by prefix only, and is refused once revoked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliInTempDir } from "./testing.ts";
import { getDb } from "@anzhi/db";
import { authenticateApiKey } from "@anzhi/domain/api-keys/api-keys";

const { cli, cleanup } = await cliInTempDir("anzhi-cli-keys-");

/** Whether the API would accept this bearer token. */
async function accepted(key: string): Promise<boolean> {
  const db = await getDb(process.env.DATABASE_URL ?? "");
  return (await authenticateApiKey(db, key, new Date())) !== null;
}

beforeAll(async () => {
  expect((await cli("migrate")).code).toBe(0);
  const org = await cli(
    "org",
    "create",
    "--name",
    "常州某某电池有限公司",
    "--kind",
    "producer",
    "--region",
    "320411",
    "--address",
    "常州市新北区",
    "--employees",
    "120",
    "--revenue",
    "8000",
    "--uscc",
    "91350100M000100Y43",
    "--slug",
    "cz-battery",
  );
  expect(org.code).toBe(0);
});

afterAll(cleanup);

describe("pnpm anzhi api-key", () => {
  it("needs an admin to attribute the key to", async () => {
    const res = await cli("api-key", "create", "--org", "cz-battery", "--name", "ERP");
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/has no admin yet; pass --by <email>/);
  });

  it("creates (printing the key once), lists by prefix and revokes", async () => {
    expect(
      (
        await cli(
          "user",
          "create",
          "--email",
          "admin@example.com",
          "--name",
          "管理员",
          "--password",
          "long-enough-pw",
          "--org",
          "cz-battery",
          "--roles",
          "principal",
          "--admin",
        )
      ).code,
    ).toBe(0);
    const bad = await cli("api-key", "create", "--org", "cz-battery", "--name", "ERP", "--scopes", "records:delete");
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^error: scopes/);

    const created = await cli(
      "api-key",
      "create",
      "--org",
      "cz-battery",
      "--name",
      "金蝶云星空",
      "--scopes",
      "records:write,records:read",
    );
    expect(created.code).toBe(0);
    const secret = created.lines.at(-1) ?? "";
    expect(secret).toMatch(/^anz_[a-z0-9]{8}_[A-Za-z0-9]{32}$/);
    const prefix = secret.slice(0, 12);
    expect(created.lines[0]).toContain(`created API key ${prefix}`);
    expect(await accepted(secret)).toBe(true);

    const list = await cli("api-key", "list", "--org", "cz-battery");
    expect(list.lines.join("\n")).toMatch(
      new RegExp(`${prefix}\\t金蝶云星空\\trecords:write,records:read\\tall sites\\tlast used \\d{4}-.*\\tactive`),
    );
    expect(list.lines.join("\n")).not.toContain(secret);

    const revoked = await cli("api-key", "revoke", "--org", "cz-battery", "--prefix", prefix);
    expect(revoked.lines[0]).toMatch(new RegExp(`^revoked API key ${prefix}`));
    expect(await accepted(secret)).toBe(false);
    expect((await cli("api-key", "list", "--org", "cz-battery")).lines[0]).toMatch(/\trevoked \d{4}-/);
    expect((await cli("api-key", "revoke", "--org", "cz-battery", "--prefix", "anz_nope0000")).err).toMatch(
      /no API key anz_nope0000/,
    );
  });
});
