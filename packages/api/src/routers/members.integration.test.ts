import type { Role } from "@anzhi/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { formErrorOf } from "../form-errors.ts";
import {
  anonymousCaller,
  callerWithToken,
  loginAs,
  signUpOrg,
  TEST_PASSWORD,
  tokenFrom,
  type Caller,
} from "../testing/sessions.ts";
import { rejection } from "../testing/org-people.ts";

let t: TestDb;
let a: Awaited<ReturnType<typeof signUpOrg>>;
let b: Awaited<ReturnType<typeof signUpOrg>>;

beforeAll(async () => {
  t = await createTestDb("anzhi-members-");
  a = await signUpOrg(t.db, 101);
  b = await signUpOrg(t.db, 102);
});
afterAll(async () => t?.cleanup());

/** Invites into `admin`'s organisation and registers a new person with the link. */
async function inviteNew(admin: Caller, email: string, roles: Role[], isAdmin = false) {
  const { token } = await admin.members.invite({ email, roles, isAdmin });
  const resHeaders = new Headers();
  const accepted = await anonymousCaller(t.db, { resHeaders }).members.acceptAsNewUser({
    token,
    name: email.split("@")[0] ?? email,
    email,
    password: TEST_PASSWORD,
  });
  return { ...accepted, caller: await callerWithToken(t.db, tokenFrom(resHeaders)) };
}

describe("invitations", () => {
  it("lets an admin invite; the new person registers with the link, lands in the organisation and the link is spent", async () => {
    const { token, invitation } = await a.caller.members.invite({ email: "officer1@example.test", roles: ["officer"] });
    expect(invitation).toMatchObject({ status: "pending", roles: ["officer"], isAdmin: false });
    expect(await t.db.invitation.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    await expect(anonymousCaller(t.db).members.previewInvitation({ token })).resolves.toMatchObject({
      organizationName: "测试企业101",
      roles: ["officer"],
    });
    const resHeaders = new Headers();
    const accepted = await anonymousCaller(t.db, { resHeaders }).members.acceptAsNewUser({
      token,
      name: "李安全",
      email: "officer1@example.test",
      password: TEST_PASSWORD,
    });
    expect(accepted.organizationId).toBe(a.organizationId);
    const officer = await callerWithToken(t.db, tokenFrom(resHeaders));
    expect(await officer.members.current()).toMatchObject({ id: a.organizationId, roles: ["officer"], isAdmin: false });
    // single use
    const again = await rejection(
      anonymousCaller(t.db).members.acceptAsNewUser({
        token,
        name: "别人",
        email: "other@example.test",
        password: TEST_PASSWORD,
      }),
    );
    expect(formErrorOf(again, "zh-CN").code).toBe("INVITATION_INVALID");
    expect(await t.db.user.count({ where: { email: "other@example.test" } })).toBe(0);
    expect((await a.caller.members.invitations())[0]).toMatchObject({ status: "accepted", acceptedByName: "李安全" });
  });

  it("refuses an expired or revoked link and writes nothing", async () => {
    const expired = await a.caller.members.invite({ roles: ["viewer"] });
    await t.db.invitation.update({
      where: { id: expired.invitation.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const users = await t.db.user.count();
    const e1 = await rejection(
      anonymousCaller(t.db).members.acceptAsNewUser({
        token: expired.token,
        name: "过期",
        email: "late@example.test",
        password: TEST_PASSWORD,
      }),
    );
    expect(formErrorOf(e1, "zh-CN").message).toBe("邀请链接已过期，请联系管理员重新邀请");
    const revoked = await a.caller.members.invite({ roles: ["viewer"] });
    await a.caller.members.revokeInvitation({ invitationId: revoked.invitation.id });
    const e2 = await rejection(anonymousCaller(t.db).members.previewInvitation({ token: revoked.token }));
    expect(formErrorOf(e2, "zh-CN").code).toBe("INVITATION_INVALID");
    expect(await t.db.user.count()).toBe(users);
  });

  it("requires the invited e-mail when the invitation names one, and shows bad fields", async () => {
    const { token } = await a.caller.members.invite({ email: "named@example.test", roles: ["director"] });
    const wrong = await rejection(
      anonymousCaller(t.db).members.acceptAsNewUser({
        token,
        name: "张",
        email: "someone@example.test",
        password: TEST_PASSWORD,
      }),
    );
    expect(Object.keys(formErrorOf(wrong, "zh-CN").fields)).toEqual(["email"]);
    const bad = await rejection(
      anonymousCaller(t.db).members.acceptAsNewUser({
        token,
        name: "",
        email: "named@example.test",
        password: "short",
      }),
    );
    expect(Object.keys(formErrorOf(bad, "zh-CN").fields).sort()).toEqual(["name", "password"]);
    expect(await t.db.invitation.count({ where: { email: "named@example.test", acceptedAt: null } })).toBe(1);
  });

  it("accepts with a registered e-mail only with that account's password, never saying it is registered", async () => {
    const c = await signUpOrg(t.db, 109);
    const email = "principal109@example.test";
    const { token } = await a.caller.members.invite({ roles: ["viewer"] });
    const users = await t.db.user.count();
    const wrong = await rejection(
      anonymousCaller(t.db).members.acceptAsNewUser({
        token,
        name: "冒名",
        email,
        password: "not-b-password-at-all",
      }),
    );
    expect(formErrorOf(wrong, "en")).toMatchObject({ code: "SIGNUP_REFUSED", fields: { email: expect.any(String) } });
    const resHeaders = new Headers();
    const joined = await anonymousCaller(t.db, { resHeaders }).members.acceptAsNewUser({
      token,
      name: "ignored",
      email,
      password: TEST_PASSWORD,
    });
    expect(joined).toEqual({ userId: c.userId, organizationId: a.organizationId });
    expect(await t.db.user.count()).toBe(users);
    const me = await (await callerWithToken(t.db, tokenFrom(resHeaders))).auth.me();
    expect(me.organizations.map((o) => o.id).sort()).toEqual([a.organizationId, c.organizationId].sort());
  });

  it("lets a signed-in person of another organisation join and switch between both", async () => {
    const { token } = await a.caller.members.invite({ roles: ["viewer"] });
    const joined = await b.caller.members.acceptAsUser({ token });
    expect(joined.organizationId).toBe(a.organizationId);
    // each request resolves the session afresh, as the browser's next page load would
    const next = await callerWithToken(t.db, b.token);
    const me = await next.auth.me();
    expect(me.organizations.map((o) => o.id).sort()).toEqual([a.organizationId, b.organizationId].sort());
    expect(me.activeOrganizationId).toBe(a.organizationId);
    expect(await next.members.current()).toMatchObject({ roles: ["viewer"], isAdmin: false });
    await next.auth.switchOrganization({ organizationId: b.organizationId });
    expect(await (await callerWithToken(t.db, b.token)).members.current()).toMatchObject({
      id: b.organizationId,
      isAdmin: true,
    });
  });

  it("offers no e-mail without SMTP_URL: the link is the way", async () => {
    const { invitation, token } = await a.caller.members.invite({ email: "nomail@example.test", roles: ["viewer"] });
    expect(await a.caller.members.mailEnabled()).toBe(false);
    await expect(
      a.caller.members.emailInvitation({ invitationId: invitation.id, link: `http://x.test/invite/${token}` }),
    ).resolves.toEqual({ sent: false });
  });

  it("lets only admins invite", async () => {
    const officer = await inviteNew(a.caller, "officer2@example.test", ["officer"]);
    expect((await rejection(officer.caller.members.invite({ roles: ["officer"] }))).code).toBe("FORBIDDEN");
    expect((await rejection(officer.caller.members.invitations())).code).toBe("FORBIDDEN");
  });
});

describe("members.summary", () => {
  it("counts active members per role and pending invitations of the caller's organisation only", async () => {
    const summary = await b.caller.members.summary();
    // b has only its principal-admin; A's members and invitations never count here
    expect(summary.active).toBe(1);
    expect(summary.byRole).toEqual({ principal: 1, director: 0, officer: 0, viewer: 0 });
    const pendingBefore = summary.pendingInvitations;
    await b.caller.members.invite({ roles: ["officer"] });
    expect((await b.caller.members.summary()).pendingInvitations).toBe(pendingBefore + 1);
    const a1 = await a.caller.members.summary();
    expect(a1.active).toBeGreaterThanOrEqual(2);
    expect(a1.byRole.officer).toBeGreaterThanOrEqual(1);
  });
});

describe("roles and deactivation", () => {
  it("lets an admin give several roles; an officer cannot change roles", async () => {
    const officer = await inviteNew(a.caller, "officer3@example.test", ["officer"]);
    const list = await a.caller.members.list();
    const row = list.find((m) => m.email === "officer3@example.test");
    expect(row).toBeDefined();
    const membershipId = row?.id ?? "";
    const refused = await rejection(
      officer.caller.members.setRoles({ membershipId, roles: ["director"], isAdmin: true }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: membershipId } })).rolesJson).toBe('["officer"]');
    await expect(
      a.caller.members.setRoles({ membershipId, roles: ["officer", "director"], isAdmin: false }),
    ).resolves.toMatchObject({ roles: ["officer", "director"] });
    const audit = await t.db.auditEvent.findFirst({ where: { entityId: membershipId, action: "membership.roles" } });
    expect(audit).not.toBeNull();
    const bad = await rejection(a.caller.members.setRoles({ membershipId, roles: [], isAdmin: false }));
    expect(formErrorOf(bad, "zh-CN").fields.roles).toBe("请至少选择一个岗位");
  });

  it("keeps at least one active principal", async () => {
    const own = (await a.caller.members.list()).find((m) => m.userId === a.userId);
    const id = own?.id ?? "";
    const e = await rejection(a.caller.members.setRoles({ membershipId: id, roles: ["director"], isAdmin: true }));
    expect(formErrorOf(e, "zh-CN").message).toBe("企业至少需要保留一名在岗的主要负责人");
    expect((await t.db.membership.findUniqueOrThrow({ where: { id } })).rolesJson).toBe('["principal"]');
    expect(formErrorOf(await rejection(a.caller.members.deactivate({ membershipId: id })), "zh-CN").code).toBe(
      "LAST_PRINCIPAL",
    );
  });

  it("refuses a deactivated member on their next call, keeps their records, and re-activates", async () => {
    const officer = await inviteNew(a.caller, "officer4@example.test", ["officer"]);
    await expect(officer.caller.members.summary()).resolves.toBeDefined();
    const membershipId = (await a.caller.members.list()).find((m) => m.email === "officer4@example.test")?.id ?? "";
    const auditBefore = await t.db.auditEvent.count({ where: { actorUserId: officer.userId } });
    await a.caller.members.deactivate({ membershipId });
    expect((await rejection(officer.caller.members.summary())).code).toBe("FORBIDDEN");
    expect((await officer.caller.auth.me()).lostAccess).toBe(true);
    // nothing they did is removed: the user, membership and their audit trail stay
    expect(await t.db.membership.findUniqueOrThrow({ where: { id: membershipId } })).toMatchObject({
      status: "deactivated",
    });
    expect(await t.db.auditEvent.count({ where: { actorUserId: officer.userId } })).toBe(auditBefore);
    expect((await a.caller.members.list()).find((m) => m.id === membershipId)?.status).toBe("deactivated");
    // their fresh login does not get into the organisation either
    const relogin = await loginAs(t.db, "officer4@example.test");
    expect(relogin.activeOrganizationId).toBeNull();
    await a.caller.members.reactivate({ membershipId });
    await expect(officer.caller.members.current()).resolves.toMatchObject({ roles: ["officer"] });
  });

  it("never lets organisation A's admin read or change organisation B's members or invitations", async () => {
    const bMembers = await b.caller.members.list();
    const bMembership = bMembers[0]?.id ?? "";
    expect(bMembership).not.toBe("");
    const bInv = await b.caller.members.invite({ roles: ["viewer"] });
    // A's principal is back in A (the earlier test joined b into A, not the other way round)
    expect((await a.caller.members.list()).some((m) => m.id === bMembership)).toBe(false);
    // One call at a time: a call started before the previous one is awaited could be refused
    // before anything listens to it (an unhandled rejection on PostgreSQL, whose transactions overlap).
    for (const call of [
      () => a.caller.members.setRoles({ membershipId: bMembership, roles: ["viewer"], isAdmin: false }),
      () => a.caller.members.deactivate({ membershipId: bMembership }),
      () => a.caller.members.reactivate({ membershipId: bMembership }),
    ]) {
      expect(formErrorOf(await rejection(call()), "zh-CN").code).toBe("MEMBER_NOT_FOUND");
    }
    expect((await rejection(a.caller.members.revokeInvitation({ invitationId: bInv.invitation.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await a.caller.members.invitations()).some((i) => i.id === bInv.invitation.id)).toBe(false);
    expect(await t.db.membership.findUniqueOrThrow({ where: { id: bMembership } })).toMatchObject({
      status: "active",
      rolesJson: '["principal"]',
    });
    expect(await t.db.invitation.findUniqueOrThrow({ where: { id: bInv.invitation.id } })).toMatchObject({
      revokedAt: null,
    });
  });
});
