// Admin management of ERP API keys through the web app's router: create (secret once), list,
// revoke; members who are not admins are refused; other organisations' keys are out of reach.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { authenticateApiKey } from "@anzhi/domain/api-keys/api-keys";
import { anonymousCaller, callerWithToken, signUpOrg, TEST_PASSWORD, tokenFrom } from "../testing/sessions.ts";

let t: TestDb;
let a: Awaited<ReturnType<typeof signUpOrg>>;
let b: Awaited<ReturnType<typeof signUpOrg>>;

beforeAll(async () => {
  t = await createTestDb("anzhi-api-keys-");
  a = await signUpOrg(t.db, 301);
  b = await signUpOrg(t.db, 302);
});
afterAll(async () => t?.cleanup());

describe("apiKeys", () => {
  it("creates a key whose secret is returned once and stored only as a hash, then revokes it", async () => {
    const { sites } = await a.caller.apiKeys.list();
    const created = await a.caller.apiKeys.create({
      name: "用友 U8 夜间同步",
      scopes: ["records:write"],
      ...(sites[0] ? { siteId: sites[0].id } : {}),
    });
    expect(created.secret).toMatch(/^anz_[a-z0-9]{8}_[A-Za-z0-9]{32}$/);
    expect(created.key).toMatchObject({
      name: "用友 U8 夜间同步",
      scopes: ["records:write"],
      prefix: created.secret.slice(0, 12),
      lastUsedAt: null,
      revokedAt: null,
    });
    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: created.key.id } });
    expect(row.keyHash).not.toContain(created.secret.slice(13));
    expect(JSON.stringify(await a.caller.apiKeys.list())).not.toContain(created.secret);

    expect(await authenticateApiKey(t.db, created.secret, new Date())).toMatchObject({
      organizationId: a.organizationId,
      scopes: ["records:write"],
    });
    expect((await a.caller.apiKeys.list()).keys[0]?.lastUsedAt).not.toBeNull();

    const revoked = await a.caller.apiKeys.revoke({ id: created.key.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await authenticateApiKey(t.db, created.secret, new Date())).toBeNull();
    expect(
      await t.db.auditEvent.count({
        where: { entityId: created.key.id, action: { in: ["api_key.create", "api_key.revoke"] } },
      }),
    ).toBe(2);
  });

  it("reports bad input per field and writes nothing", async () => {
    const before = await t.db.apiKey.count();
    // @ts-expect-error — a scope that does not exist, sent on purpose
    const error = await a.caller.apiKeys.create({ name: "", scopes: ["records:delete"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(await t.db.apiKey.count()).toBe(before);
  });

  it("keeps organisations apart", async () => {
    const mine = await a.caller.apiKeys.create({ name: "A", scopes: ["records:read"] });
    expect((await b.caller.apiKeys.list()).keys.map((k) => k.id)).not.toContain(mine.key.id);
    await expect(b.caller.apiKeys.revoke({ id: mine.key.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.apiKey.findUniqueOrThrow({ where: { id: mine.key.id } })).revokedAt).toBeNull();
  });

  it("refuses members who are not admins", async () => {
    const { token } = await a.caller.members.invite({ email: "officer-keys@example.test", roles: ["officer"] });
    const resHeaders = new Headers();
    await anonymousCaller(t.db, { resHeaders }).members.acceptAsNewUser({
      token,
      name: "李安全",
      email: "officer-keys@example.test",
      password: TEST_PASSWORD,
    });
    const officer = await callerWithToken(t.db, tokenFrom(resHeaders));
    await expect(officer.apiKeys.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(officer.apiKeys.create({ name: "偷偷创建", scopes: ["records:write"] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await t.db.apiKey.count({ where: { name: "偷偷创建" } })).toBe(0);
  });
});
