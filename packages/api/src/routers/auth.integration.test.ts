import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { ACCOUNT_LOCK_AFTER, LOCK_AFTER } from "@anzhi/domain/auth/login";
import { formErrorOf } from "../form-errors.ts";
import {
  anonymousCaller,
  callerWithToken,
  loginAs,
  signUpInput,
  signUpOrg,
  TEST_PASSWORD,
  tokenFrom,
} from "../testing/sessions.ts";
import { rejection } from "../testing/org-people.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("anzhi-auth-");
});
afterAll(async () => t?.cleanup());

async function counts() {
  const [orgs, users, memberships, sessions] = await Promise.all([
    t.db.organization.count(),
    t.db.user.count(),
    t.db.membership.count(),
    t.db.session.count(),
  ]);
  return { orgs, users, memberships, sessions };
}

describe("auth.signUp", { timeout: 60_000 }, () => {
  it("creates the organisation, its principal-admin and a signed-in session", async () => {
    const { caller, organizationId, userId, token } = await signUpOrg(t.db, 1);
    const org = await t.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
    expect(org).toMatchObject({
      kind: "producer",
      regionCode: "320411",
      sizeClass: "medium",
      timeZone: "Asia/Shanghai",
    });
    const membership = await t.db.membership.findFirstOrThrow({ where: { organizationId, userId } });
    expect(JSON.parse(membership.rolesJson)).toEqual(["principal"]);
    expect(membership.isAdmin).toBe(true);
    // the database keeps only the hash of the token
    const session = await t.db.session.findFirstOrThrow({ where: { userId } });
    expect(session.id).not.toBe(token);
    expect(session.id).toMatch(/^[0-9a-f]{64}$/);
    const me = await caller.auth.me();
    expect(me.activeOrganizationId).toBe(organizationId);
    expect(me.organizations).toMatchObject([{ id: organizationId, roles: ["principal"], isAdmin: true }]);
    expect(await caller.members.current()).toMatchObject({
      id: organizationId,
      kind: "producer",
      roles: ["principal"],
      isAdmin: true,
    });
  });

  it("sets an httpOnly, SameSite=Lax session cookie (Secure only over https)", async () => {
    const resHeaders = new Headers();
    await anonymousCaller(t.db, { resHeaders }).auth.signUp(signUpInput(2));
    const cookie = resHeaders.getSetCookie().join("\n");
    expect(cookie).toMatch(/^anzhi_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it("refuses a wrong check digit on the uscc field with the expected character, writing nothing", async () => {
    const before = await counts();
    const good = signUpInput(3).uscc;
    const wrong = good.slice(0, 17) + (good.endsWith("0") ? "1" : "0");
    const error = await rejection(anonymousCaller(t.db).auth.signUp(signUpInput(3, { uscc: wrong })));
    const form = formErrorOf(error, "zh-CN");
    expect(form.fields.uscc).toBe(`校验位错误，应为 ${good.slice(17)}`);
    expect(formErrorOf(error, "en").fields.uscc).toBe(`Wrong check character, expected ${good.slice(17)}`);
    expect(await counts()).toEqual(before);
  });

  it("reports every bad field at once and requires a sales channel from sellers", async () => {
    const before = await counts();
    const error = await rejection(
      anonymousCaller(t.db).auth.signUp(
        signUpInput(4, { kind: "seller", regionCode: "12345", email: "not-an-email", password: "short" }),
      ),
    );
    expect(Object.keys(formErrorOf(error, "zh-CN").fields).sort()).toEqual([
      "email",
      "password",
      "regionCode",
      "salesChannel",
    ]);
    expect(await counts()).toEqual(before);
  });

  it("accepts only a real county-level region code from the picker's data set", async () => {
    const before = await counts();
    for (const regionCode of ["320499", "320400"]) {
      const error = await rejection(anonymousCaller(t.db).auth.signUp(signUpInput(7, { regionCode })));
      expect(formErrorOf(error, "zh-CN").fields).toEqual({ regionCode: "行政区划代码无效" });
    }
    expect(await counts()).toEqual(before);
  });

  it("does not say an e-mail is registered: a wrong password for it is refused neutrally, writing nothing", async () => {
    await signUpOrg(t.db, 5);
    const before = await counts();
    const error = await rejection(
      anonymousCaller(t.db, { ip: "10.0.5.1" }).auth.signUp(
        signUpInput(6, { email: "principal5@example.test", password: "not-the-password-5" }),
      ),
    );
    const zh = formErrorOf(error, "zh-CN");
    expect(zh).toMatchObject({
      code: "SIGNUP_REFUSED",
      fields: { email: "无法使用此邮箱和密码；如已有安质账号，请填写该账号的密码（或先重置密码）" },
    });
    expect(JSON.stringify(formErrorOf(error, "en"))).not.toMatch(/registered|taken|exists/i);
    expect(await counts()).toEqual(before);
    // the refused guess counts against the account like a failed sign-in, and is audited
    expect(await t.db.loginAttempt.count({ where: { email: "principal5@example.test", succeeded: false } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "auth.signup_failed", ip: "10.0.5.1" } })).toBe(1);
    const dup = await rejection(
      anonymousCaller(t.db).auth.signUp(signUpInput(6, { uscc: signUpInput(5).uscc, email: "other6@example.test" })),
    );
    expect(formErrorOf(dup, "zh-CN").code).toBe("ORG_USCC_TAKEN");
    expect(await counts()).toEqual(before);
  });

  it("signs a registered e-mail up with its own password as that account, adding the company to it", async () => {
    const first = await signUpOrg(t.db, 8);
    const before = await counts();
    const resHeaders = new Headers();
    const second = await anonymousCaller(t.db, { resHeaders }).auth.signUp(
      signUpInput(9, { email: "principal8@example.test", userName: "ignored name" }),
    );
    expect(second.userId).toBe(first.userId);
    expect(await counts()).toMatchObject({ orgs: before.orgs + 1, users: before.users });
    const me = await (await callerWithToken(t.db, tokenFrom(resHeaders))).auth.me();
    expect(me.activeOrganizationId).toBe(second.organizationId);
    expect(me.organizations.map((o) => [o.id, o.roles, o.isAdmin])).toEqual([
      [first.organizationId, ["principal"], true],
      [second.organizationId, ["principal"], true],
    ]);
  });

  it(`locks sign-up guesses at a registered e-mail after ${LOCK_AFTER} wrong passwords, like sign-in`, async () => {
    await signUpOrg(t.db, 19);
    const ip = "10.0.19.1";
    const codes: string[] = [];
    for (let i = 0; i < LOCK_AFTER + 1; i++) {
      const e = await rejection(
        anonymousCaller(t.db, { ip }).auth.signUp(
          signUpInput(190 + i, { email: "principal19@example.test", password: `guess-${i}-password` }),
        ),
      );
      codes.push(formErrorOf(e, "en").code);
    }
    expect(codes.slice(0, LOCK_AFTER - 1).every((c) => c === "SIGNUP_REFUSED")).toBe(true);
    expect(codes.slice(LOCK_AFTER - 1)).toEqual(["LOGIN_LOCKED", "LOGIN_LOCKED"]);
  });
});

describe("auth.login / logout / session", { timeout: 60_000 }, () => {
  it("logs in with the right password and out again; the old token is then anonymous", async () => {
    await signUpOrg(t.db, 10);
    const { caller, token, activeOrganizationId } = await loginAs(t.db, "principal10@example.test");
    expect(activeOrganizationId).not.toBeNull();
    expect((await caller.auth.me()).user.email).toBe("principal10@example.test");
    const resHeaders = new Headers();
    await (await callerWithToken(t.db, token, { resHeaders })).auth.logout();
    expect(resHeaders.getSetCookie().join()).toMatch(/anzhi_session=; .*Max-Age=0/);
    const after = await callerWithToken(t.db, token);
    expect((await rejection(after.auth.me())).code).toBe("UNAUTHORIZED");
  });

  it("treats an expired session and a disabled user as signed out", async () => {
    const { token, userId } = await signUpOrg(t.db, 11);
    await t.db.session.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await rejection((await callerWithToken(t.db, token)).auth.me())).code).toBe("UNAUTHORIZED");
    expect(await t.db.session.count({ where: { userId } })).toBe(0);
    const again = await loginAs(t.db, "principal11@example.test");
    await t.db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    expect((await rejection((await callerWithToken(t.db, again.token)).auth.me())).code).toBe("UNAUTHORIZED");
  });

  it("slides the expiry of a session in use and re-sends the cookie", async () => {
    const { token, userId } = await signUpOrg(t.db, 12);
    const soon = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    await t.db.session.updateMany({ where: { userId }, data: { expiresAt: soon } });
    const resHeaders = new Headers();
    await (await callerWithToken(t.db, token, { resHeaders })).auth.me();
    const session = await t.db.session.findFirstOrThrow({ where: { userId } });
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    expect(tokenFrom(resHeaders)).toBe(token);
  });

  it("says the same for an unknown e-mail and a wrong password", async () => {
    await signUpOrg(t.db, 13);
    const a = await rejection(
      anonymousCaller(t.db, { ip: "10.0.0.13" }).auth.login({ email: "nobody@example.test", password: TEST_PASSWORD }),
    );
    const b = await rejection(
      anonymousCaller(t.db, { ip: "10.0.0.13" }).auth.login({
        email: "principal13@example.test",
        password: "wrong-password!",
      }),
    );
    expect([formErrorOf(a, "zh-CN").message, formErrorOf(b, "zh-CN").message]).toEqual([
      "邮箱或密码不正确",
      "邮箱或密码不正确",
    ]);
    expect(a.code).toBe("UNAUTHORIZED");
  });

  it(`locks an e-mail from one address after ${LOCK_AFTER} failures, even for the right password`, async () => {
    await signUpOrg(t.db, 14);
    const email = "principal14@example.test";
    const ip = "10.0.0.14";
    for (let i = 0; i < LOCK_AFTER - 1; i++) {
      const e = await rejection(anonymousCaller(t.db, { ip }).auth.login({ email, password: `wrong-${i}-password` }));
      expect(formErrorOf(e, "zh-CN").code).toBe("LOGIN_FAILED");
    }
    const fifth = await rejection(anonymousCaller(t.db, { ip }).auth.login({ email, password: "wrong-again-pass" }));
    expect(fifth.code).toBe("TOO_MANY_REQUESTS");
    expect(formErrorOf(fifth, "zh-CN").message).toBe("登录失败次数过多，已暂时锁定，请在 15 分钟后再试");
    const right = await rejection(anonymousCaller(t.db, { ip }).auth.login({ email, password: TEST_PASSWORD }));
    expect(formErrorOf(right, "zh-CN").code).toBe("LOGIN_LOCKED");
    // another address is not locked out by someone else's guessing
    await expect(loginAs(t.db, email, TEST_PASSWORD, "10.0.0.99")).resolves.toMatchObject({
      activeOrganizationId: expect.any(String),
    });
    // the lock lifts once the window has passed
    await t.db.loginAttempt.updateMany({ where: { email, ip }, data: { at: new Date(Date.now() - 16 * 60 * 1000) } });
    await expect(loginAs(t.db, email, TEST_PASSWORD, ip)).resolves.toMatchObject({ userId: expect.any(String) });
  });
});

describe("sign-in throttling under concurrent guessing", { timeout: 60_000 }, () => {
  it("checks at most LOCK_AFTER of 40 simultaneous guesses, so the right password among them is refused", async () => {
    const { userId } = await signUpOrg(t.db, 15);
    const email = "principal15@example.test";
    const ip = "10.0.0.15";
    const sessionsBefore = await t.db.session.count({ where: { userId } });
    const guesses = Array.from({ length: 39 }, (_, i) => `wrong-guess-${i}-pw`).concat(TEST_PASSWORD);
    const results = await Promise.allSettled(
      guesses.map((password) => anonymousCaller(t.db, { ip }).auth.login({ email, password })),
    );
    const codes = results.map((r) => (r.status === "rejected" ? formErrorOf(r.reason, "en").code : "SIGNED_IN"));
    expect(codes.at(-1)).toBe("LOGIN_LOCKED");
    expect(codes.filter((c) => c !== "LOGIN_LOCKED").length).toBeLessThanOrEqual(LOCK_AFTER);
    expect(await t.db.loginAttempt.count({ where: { email } })).toBe(LOCK_AFTER);
    expect(await t.db.session.count({ where: { userId } })).toBe(sessionsBefore);
    // the failures and the moment the lock engaged are in the audit trail
    const audit = await t.db.auditEvent.findMany({
      where: { entityId: userId, action: { startsWith: "auth.login_" } },
    });
    expect(audit.filter((a) => a.action === "auth.login_failed")).toHaveLength(LOCK_AFTER);
    expect(audit.filter((a) => a.action === "auth.login_locked")).toMatchObject([{ ip, organizationId: null }]);
  });

  it(`locks an account after ${ACCOUNT_LOCK_AFTER} failures from any mix of addresses`, async () => {
    await signUpOrg(t.db, 16);
    const email = "principal16@example.test";
    for (let i = 0; i < ACCOUNT_LOCK_AFTER; i++) {
      const ip = `10.16.0.${i}`;
      await rejection(anonymousCaller(t.db, { ip }).auth.login({ email, password: `wrong-${i}-password` }));
    }
    const fresh = await rejection(
      anonymousCaller(t.db, { ip: "10.16.1.1" }).auth.login({ email, password: TEST_PASSWORD }),
    );
    expect(formErrorOf(fresh, "en").code).toBe("LOGIN_LOCKED");
  });

  it("audits failed sign-ins for unknown e-mails without naming a person", async () => {
    await rejection(
      anonymousCaller(t.db, { ip: "10.0.0.17" }).auth.login({ email: "ghost17@example.test", password: "whatever-pw" }),
    );
    const row = await t.db.auditEvent.findFirstOrThrow({ where: { action: "auth.login_failed", ip: "10.0.0.17" } });
    expect(row).toMatchObject({ actorKind: "system", actorUserId: null, entityId: null });
    expect(JSON.parse(row.dataJson)).toEqual({ email: "ghost17@example.test" });
  });
});

describe("auth.changePassword", () => {
  it("needs the current password, then ends the other sessions but keeps this one", async () => {
    const { caller, token } = await signUpOrg(t.db, 20);
    const other = await loginAs(t.db, "principal20@example.test");
    const wrong = await rejection(
      caller.auth.changePassword({ currentPassword: "not-my-password", newPassword: "a-new-password-1" }),
    );
    expect(formErrorOf(wrong, "zh-CN").fields.currentPassword).toBe("当前密码不正确");
    const short = await rejection(caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "short" }));
    expect(Object.keys(formErrorOf(short, "en").fields)).toEqual(["newPassword"]);
    await expect(
      caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a-new-password-1" }),
    ).resolves.toEqual({ otherSessionsEnded: 1 });
    expect((await rejection((await callerWithToken(t.db, other.token)).auth.me())).code).toBe("UNAUTHORIZED");
    await expect((await callerWithToken(t.db, token)).auth.me()).resolves.toMatchObject({
      user: { email: "principal20@example.test" },
    });
    await expect(loginAs(t.db, "principal20@example.test", "a-new-password-1")).resolves.toBeDefined();
  });
});

describe("auth.changePassword throttling", { timeout: 60_000 }, () => {
  it(`locks after ${LOCK_AFTER} wrong current passwords, even for the right one, and audits the guesses`, async () => {
    const { caller, userId } = await signUpOrg(t.db, 21);
    for (let i = 0; i < LOCK_AFTER - 1; i++) {
      const e = await rejection(
        caller.auth.changePassword({ currentPassword: `wrong-${i}-password`, newPassword: "a-new-password-1" }),
      );
      expect(formErrorOf(e, "en").code).toBe("PASSWORD_INCORRECT");
    }
    const last = await rejection(
      caller.auth.changePassword({ currentPassword: "wrong-last-password", newPassword: "a-new-password-1" }),
    );
    expect(formErrorOf(last, "en").code).toBe("LOGIN_LOCKED");
    const right = await rejection(
      caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a-new-password-1" }),
    );
    expect(formErrorOf(right, "en").code).toBe("LOGIN_LOCKED");
    expect(await t.db.auditEvent.count({ where: { entityId: userId, action: "auth.password_change_failed" } })).toBe(
      LOCK_AFTER,
    );
    // the password did not change (and another address is under the per-account limit)
    await expect(loginAs(t.db, "principal21@example.test", TEST_PASSWORD, "10.21.0.1")).resolves.toBeDefined();
  });
});

describe("auth.switchOrganization", () => {
  it("switches only into organisations where the person is an active member", async () => {
    const a = await signUpOrg(t.db, 30);
    const b = await signUpOrg(t.db, 31);
    // principal of A also joins B as an officer
    await t.db.membership.create({
      data: { userId: a.userId, organizationId: b.organizationId, rolesJson: '["officer"]' },
    });
    await a.caller.auth.switchOrganization({ organizationId: b.organizationId });
    const inB = await callerWithToken(t.db, a.token);
    expect(await inB.members.current()).toMatchObject({ id: b.organizationId, roles: ["officer"], isAdmin: false });
    // B's principal cannot switch into A
    const refused = await rejection(b.caller.auth.switchOrganization({ organizationId: a.organizationId }));
    expect(refused.code).toBe("FORBIDDEN");
    expect((await b.caller.members.current()).id).toBe(b.organizationId);
  });
});

describe("regions", () => {
  it("walks province → city → county for the picker", async () => {
    const caller = anonymousCaller(t.db);
    const provinces = await caller.regions.children({});
    expect(provinces).toHaveLength(34);
    expect(provinces).toContainEqual({ code: "320000", name: "江苏省", leaf: false });
    expect(await caller.regions.children({ parent: "320000" })).toContainEqual({
      code: "320400",
      name: "常州市",
      leaf: false,
    });
    expect(await caller.regions.children({ parent: "320400" })).toContainEqual({
      code: "320411",
      name: "新北区",
      leaf: true,
    });
    // municipalities list their districts directly; a city without districts is itself a leaf
    expect(await caller.regions.children({ parent: "110000" })).toContainEqual({
      code: "110108",
      name: "海淀区",
      leaf: true,
    });
    expect(await caller.regions.children({ parent: "440000" })).toContainEqual({
      code: "441900",
      name: "东莞市",
      leaf: true,
    });
    expect(await caller.regions.describe({ code: "320411" })).toEqual({
      path: ["江苏省", "常州市", "新北区"],
      ancestors: ["320000", "320400"],
    });
  });
});
