// Password reset by e-mail (SMTP_URL set; a local SMTP server receives the mail) and by a link an
// operator or admin issued: single use, expiring, sessions revoked, the answer never telling
// whether an address is registered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { issuePasswordReset, RESET_MAILS_PER_HOUR, RESET_TTL_MS } from "@anzhi/domain/auth/password-reset";
import { formErrorOf } from "../form-errors.ts";
import { decodeMailBody, startTestSmtp, type TestSmtp } from "../testing/smtp.ts";
import { anonymousCaller, callerWithToken, loginAs, signUpOrg, TEST_PASSWORD, tokenFrom } from "../testing/sessions.ts";
import { testClock } from "../testing/clock.ts";
import { rejection } from "../testing/org-people.ts";

let t: TestDb;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url; // read once by getEnv()
  process.env.ANZHI_PUBLIC_URL = "https://anzhi.example";
  t = await createTestDb("anzhi-reset-");
});
afterAll(async () => {
  await t?.cleanup();
  await smtp?.close();
});

const NEW_PASSWORD = "a-brand-new-password";

function tokenOfMail(index: number): string {
  const body = decodeMailBody(smtp.received[index]?.data ?? "");
  const m = /https:\/\/anzhi\.example\/reset\/([A-Za-z0-9_-]{43})/.exec(body);
  if (!m?.[1]) throw new Error(`no reset link in: ${body}`);
  return m[1];
}

describe("password reset by e-mail", { timeout: 60_000 }, () => {
  it("answers the same for a registered and an unknown address, and mails only the registered one", async () => {
    await signUpOrg(t.db, 501);
    expect(await anonymousCaller(t.db).auth.passwordResetByEmail()).toEqual({ available: true });
    const before = smtp.received.length;
    const known = await anonymousCaller(t.db).auth.requestPasswordReset({ email: "Principal501@example.test" });
    const unknown = await anonymousCaller(t.db).auth.requestPasswordReset({ email: "nobody501@example.test" });
    expect(known).toEqual(unknown);
    await smtp.waitFor(before + 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.received.slice(before).map((m) => m.rcpt)).toEqual([["principal501@example.test"]]);
    const body = decodeMailBody(smtp.received[before]?.data ?? "");
    expect(body).toMatch(/重置/);
    expect(await t.db.passwordReset.count()).toBe(1);
  });

  it("sets the new password once, ends every session, and the link is then spent", async () => {
    const { token: sessionToken, userId } = await signUpOrg(t.db, 502);
    const other = await loginAs(t.db, "principal502@example.test");
    const before = smtp.received.length;
    await anonymousCaller(t.db).auth.requestPasswordReset({ email: "principal502@example.test" });
    await smtp.waitFor(before + 1);
    const token = tokenOfMail(before);
    // only the hash is stored
    const row = await t.db.passwordReset.findFirstOrThrow({ where: { userId } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toBe(token);
    expect(await anonymousCaller(t.db).auth.resetLinkStatus({ token })).toEqual({
      valid: true,
      email: "principal502@example.test",
    });

    await expect(anonymousCaller(t.db).auth.resetPassword({ token, newPassword: NEW_PASSWORD })).resolves.toEqual({
      email: "principal502@example.test",
    });
    for (const s of [sessionToken, other.token])
      expect((await rejection((await callerWithToken(t.db, s)).auth.me())).code).toBe("UNAUTHORIZED");
    await expect(loginAs(t.db, "principal502@example.test", NEW_PASSWORD, "10.50.2.1")).resolves.toBeDefined();
    const old = await rejection(
      anonymousCaller(t.db, { ip: "10.50.2.2" }).auth.login({
        email: "principal502@example.test",
        password: TEST_PASSWORD,
      }),
    );
    expect(formErrorOf(old, "en").code).toBe("LOGIN_FAILED");

    const again = await rejection(anonymousCaller(t.db).auth.resetPassword({ token, newPassword: "yet-another-pass" }));
    expect(formErrorOf(again, "zh-CN")).toMatchObject({
      code: "RESET_LINK_INVALID",
      message: "重置链接无效、已使用或已过期，请重新申请",
    });
    expect(await anonymousCaller(t.db).auth.resetLinkStatus({ token })).toEqual({ valid: false });
    expect(await t.db.auditEvent.count({ where: { entityId: userId, action: "auth.password_reset" } })).toBe(1);
  });

  it("refuses an expired link and a weak new password on its field", async () => {
    await signUpOrg(t.db, 503);
    const now = testClock(new Date());
    const issued = await issuePasswordReset(t.db, "principal503@example.test", { via: "email" }, now());
    const token = issued?.token ?? "";
    const weak = await rejection(
      anonymousCaller(t.db, { clock: now }).auth.resetPassword({ token, newPassword: "short" }),
    );
    expect(Object.keys(formErrorOf(weak, "en").fields)).toEqual(["newPassword"]);
    now.advance(RESET_TTL_MS + 1);
    const late = await rejection(
      anonymousCaller(t.db, { clock: now }).auth.resetPassword({ token, newPassword: NEW_PASSWORD }),
    );
    expect(formErrorOf(late, "en").code).toBe("RESET_LINK_INVALID");
    await expect(loginAs(t.db, "principal503@example.test", TEST_PASSWORD)).resolves.toBeDefined();
  });

  it(`mails at most ${RESET_MAILS_PER_HOUR} links an hour to one address, answering the same`, async () => {
    await signUpOrg(t.db, 504);
    const before = smtp.received.length;
    for (let i = 0; i < RESET_MAILS_PER_HOUR + 2; i++) {
      await expect(
        anonymousCaller(t.db).auth.requestPasswordReset({ email: "principal504@example.test" }),
      ).resolves.toEqual({ accepted: true });
    }
    await smtp.waitFor(before + RESET_MAILS_PER_HOUR);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.received.length - before).toBe(RESET_MAILS_PER_HOUR);
  });

  it("lets two racing submissions of one link set the password only once", async () => {
    await signUpOrg(t.db, 505);
    const issued = await issuePasswordReset(t.db, "principal505@example.test", { via: "operator" }, new Date());
    const token = issued?.token ?? "";
    const results = await Promise.allSettled([
      anonymousCaller(t.db).auth.resetPassword({ token, newPassword: "first-new-password" }),
      anonymousCaller(t.db).auth.resetPassword({ token, newPassword: "second-new-password" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("reset links issued by an organisation admin", { timeout: 60_000 }, () => {
  async function memberOf(a: Awaited<ReturnType<typeof signUpOrg>>, email: string) {
    const { token } = await a.caller.members.invite({ roles: ["officer"] });
    const resHeaders = new Headers();
    await anonymousCaller(t.db, { resHeaders }).members.acceptAsNewUser({
      token,
      name: "李安全",
      email,
      password: TEST_PASSWORD,
    });
    const membership = await t.db.membership.findFirstOrThrow({
      where: { organizationId: a.organizationId, user: { email } },
    });
    const session = tokenFrom(resHeaders);
    return { membershipId: membership.id, session, caller: await callerWithToken(t.db, session) };
  }

  it("hands the admin a single-use link for a member whose account is the organisation's alone", async () => {
    const a = await signUpOrg(t.db, 510);
    const officer = await memberOf(a, "officer510@example.test");
    const refused = await rejection(officer.caller.members.resetLink({ membershipId: officer.membershipId }));
    expect(refused.code).toBe("FORBIDDEN");
    const { link, email } = await a.caller.members.resetLink({ membershipId: officer.membershipId });
    expect(email).toBe("officer510@example.test");
    expect(link).toMatch(/^https:\/\/anzhi\.example\/reset\/[A-Za-z0-9_-]{43}$/);
    const token = link.split("/").at(-1) ?? "";
    await anonymousCaller(t.db).auth.resetPassword({ token, newPassword: NEW_PASSWORD });
    expect((await rejection((await callerWithToken(t.db, officer.session)).auth.me())).code).toBe("UNAUTHORIZED");
    await expect(loginAs(t.db, "officer510@example.test", NEW_PASSWORD)).resolves.toBeDefined();
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "auth.password_reset_issue", organizationId: a.organizationId },
    });
    expect(audit).toMatchObject({ actorUserId: a.userId, entityType: "user" });
  });

  it("refuses an account another organisation also relies on, and members of other organisations", async () => {
    const a = await signUpOrg(t.db, 511);
    const b = await signUpOrg(t.db, 512);
    const shared = await memberOf(a, "shared511@example.test");
    const inB = await b.caller.members.invite({ roles: ["viewer"] });
    await shared.caller.members.acceptAsUser({ token: inB.token });
    const error = await rejection(a.caller.members.resetLink({ membershipId: shared.membershipId }));
    expect(formErrorOf(error, "en").code).toBe("RESET_LINK_SHARED_ACCOUNT");
    const foreign = await rejection(b.caller.members.resetLink({ membershipId: shared.membershipId }));
    expect(formErrorOf(foreign, "en").code).toBe("MEMBER_NOT_FOUND");
    expect(await t.db.passwordReset.count({ where: { user: { email: "shared511@example.test" } } })).toBe(0);
  });
});
