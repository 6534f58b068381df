// Authority follows the appointment register (ADR 016): who signs the daily record, the weekly
// report and the minutes, who read-signs (阅), and the risk list in force being the approved one —
// through the tRPC router on a real SQLite file with the clock injected (Friday 2026-10-09).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import type { Role } from "@anzhi/contracts";
import { createCaller, type RouterInputs } from "./app.ts";
import { createContextInner } from "../trpc/context.ts";
import { formErrorOf } from "../form-errors.ts";
import { appoint } from "../testing/appoint.ts";
import { clock, createRoutineOrg, refused, sh, type RoutineOrg } from "./routines.fixture.ts";
import { drawnSignature } from "../testing/signature.ts";

let t: TestDb;
let a: RoutineOrg;

beforeAll(async () => {
  t = await createTestDb("anzhi-authority-");
  a = await createRoutineOrg(t.db, "a");
  clock.now = sh("2026-10-09T10:00:00");
});
afterAll(async () => t?.cleanup());

/** A member holding `role` in the membership, without any appointment unless the test adds one. */
async function member(key: string, role: Role) {
  const user = await t.db.user.create({ data: { email: `${key}@a.authority.test`, name: key, passwordHash: "x" } });
  await t.db.membership.create({
    data: { userId: user.id, organizationId: a.id, rolesJson: JSON.stringify([role]) },
  });
  const caller = createCaller(
    createContextInner({
      db: t.db,
      user: { id: user.id, email: `${key}@a.authority.test`, name: key, locale: "zh-CN" },
      activeOrganizationId: a.id,
      now: () => clock.now,
    }),
  );
  return { id: user.id, caller };
}

const allOk = (checkDate: string) => ({
  siteId: a.siteId,
  checkDate,
  confirm: true as const,
  signature: drawnSignature,
});

const weekly = (week: string, screeningDate: string): RouterInputs["routines"]["weekly"]["file"] => ({
  week,
  screeningDate,
  siteIds: [a.siteId],
  participantUserIds: [a.ids.officer],
  lastWeekFollowUp: "无遗留",
  hazardsFound: [],
  noHazardStatement: "本周排查未发现风险隐患",
  managementEvaluation: "总体受控",
  nextWeekPriorities: "继续按日检查",
  signature: drawnSignature,
});

describe("the daily record is signed by an officer appointed for that site on that day", () => {
  it("refuses an officer by membership only, with the register's message, and writes nothing signed", async () => {
    const unappointed = await member("walk-in", "officer");
    const r = await refused(unappointed.caller.routines.daily.signAllOk(allOk("2026-10-09")));
    expect(r).toMatchObject({ code: "FORBIDDEN", appCode: "DAILY_SIGNER_NOT_APPOINTED" });
    expect(await t.db.dailyCheckRun.count({ where: { officerUserId: unappointed.id, status: { not: "draft" } } })).toBe(
      0,
    );
  });

  it("refuses an officer appointed for another site, or only from a later day", async () => {
    const other = await t.db.site.create({
      data: { organizationId: a.id, name: "二号仓库", type: "warehouse", address: "常州" },
    });
    // One item is checked at the main site by name, so the sheet there exists for everyone.
    await t.db.riskControlItem.updateMany({ where: { id: a.daily[0] ?? "" }, data: { siteId: a.siteId } });
    const elsewhere = await member("elsewhere", "officer");
    await appoint(t.db, a.id, elsewhere.id, "officer", { siteIds: [other.id] });
    expect((await refused(elsewhere.caller.routines.daily.signAllOk(allOk("2026-10-09")))).appCode).toBe(
      "DAILY_SIGNER_NOT_APPOINTED",
    );
    const newcomer = await member("newcomer", "officer");
    await appoint(t.db, a.id, newcomer.id, "officer", { appointedOn: "2026-10-09" });
    expect((await refused(newcomer.caller.routines.daily.signAllOk(allOk("2026-10-08")))).appCode).toBe(
      "DAILY_SIGNER_NOT_APPOINTED",
    );
    await expect(newcomer.caller.routines.daily.signAllOk(allOk("2026-10-09"))).resolves.toMatchObject({
      zeroRisk: true,
    });
  });

  it("accepts the appointed officer", async () => {
    await expect(a.as("officer").routines.daily.signAllOk(allOk("2026-10-08"))).resolves.toMatchObject({
      zeroRisk: true,
      late: true,
    });
  });

  it("the refusal reads in the user's language", async () => {
    const stranger = await member("stranger", "officer");
    const error = await stranger.caller.routines.daily.signAllOk(allOk("2026-10-07")).catch((e: unknown) => e);
    expect(formErrorOf(error, "zh-CN").message).toContain("人员任命");
    expect(formErrorOf(error, "en").message).toContain("appointed in the register");
  });
});

describe("read-signing (阅)", () => {
  it("the director 阅 the unread daily records in one tap; an officer cannot; the first 阅 stays", async () => {
    const unread = await a.as("director").routines.daily.unread();
    expect(unread.length).toBeGreaterThanOrEqual(1);
    expect((await refused(a.as("officer").routines.daily.readSign({ ids: [unread[0]?.id ?? ""] }))).code).toBe(
      "FORBIDDEN",
    );
    const res = await a.as("director").routines.daily.readSign({ ids: unread.map((u) => u.id) });
    expect(res.signed).toBe(unread.length);
    expect(await a.as("director").routines.daily.unread()).toEqual([]);
    const run = await a.as("officer").routines.daily.get({ runId: unread[0]?.id ?? "" });
    expect(run).toMatchObject({ reviewedByName: "a-director", reviewedAt: clock.now });
    clock.now = sh("2026-10-09T11:00:00");
    expect(await a.as("director").routines.daily.readSign({ ids: [unread[0]?.id ?? ""] })).toEqual({ signed: 0 });
    expect((await t.db.dailyCheckRun.findUniqueOrThrow({ where: { id: unread[0]?.id ?? "" } })).reviewedAt).toEqual(
      sh("2026-10-09T10:00:00"),
    );
    expect(await t.db.auditEvent.count({ where: { organizationId: a.id, action: "daily_check.read_sign" } })).toBe(
      unread.length,
    );
  });

  it("a director by membership only cannot 阅", async () => {
    const director = await member("acting-director", "director");
    const [run] = await t.db.dailyCheckRun.findMany({ where: { organizationId: a.id }, take: 1 });
    expect((await refused(director.caller.routines.daily.readSign({ ids: [run?.id ?? ""] }))).appCode).toBe(
      "READ_SIGN_NOT_APPOINTED",
    );
  });
});

describe("the list version in force is the approved one", () => {
  it("a director's change is a draft (待批准): checks keep the approved version, the principal is told", async () => {
    const { version } = await a.as("director").riskList.retireItem({ itemId: a.daily[2] ?? "", reason: "工艺调整" });
    expect(version).toBe(2);
    const doc = await a.as("officer").riskList.get();
    expect(doc).toMatchObject({ currentVersion: 2, inForceVersion: 1 });
    expect(doc.versions.map((v) => [v.version, v.state, v.preparedBy.role])).toEqual([
      [2, "pending", "director"],
      [1, "in_force", "director"],
    ]);
    const day = await a.as("officer").routines.daily.day({ date: "2026-09-30" });
    expect(day.sheets[0]?.items.some((i) => i.riskItemId === a.daily[2])).toBe(true);
    const told = await t.db.notification.findMany({ where: { organizationId: a.id, kind: "risk_list_pending" } });
    expect(told.map((n) => [n.userId, n.title, n.readAt])).toEqual([
      [a.ids.principal, "风险管控清单第 2 版待批准", null],
    ]);
    expect((await a.as("principal").routines.reminders.list()).items.map((r) => r.kind)).toContain("risk_list_pending");
  });

  it("only the appointed principal approves; the version then comes into force and the reminder is settled", async () => {
    const acting = await member("acting-principal", "principal");
    expect((await refused(acting.caller.riskList.approve({ version: 2 }))).appCode).toBe(
      "RISK_LIST_APPROVER_NOT_APPOINTED",
    );
    await a.as("principal").riskList.approve({ version: 2 });
    const doc = await a.as("officer").riskList.get();
    expect(doc.versions.map((v) => [v.version, v.state])).toEqual([
      [2, "in_force"],
      [1, "approved"],
    ]);
    const day = await a.as("officer").routines.daily.day({ date: "2026-09-30" });
    expect(day.sheets[0]?.items.some((i) => i.riskItemId === a.daily[2])).toBe(false);
    expect(
      await t.db.notification.count({ where: { organizationId: a.id, kind: "risk_list_pending", readAt: null } }),
    ).toBe(0);
  });

  it("a version by the appointed principal is in force at once, and names the principal as its author", async () => {
    const { version } = await a.as("principal").riskList.retireItem({ itemId: a.daily[1] ?? "", reason: "合并检查项" });
    const doc = await a.as("officer").riskList.get();
    expect(doc.inForceVersion).toBe(version);
    expect(doc.version).toMatchObject({ state: "in_force", preparedBy: { name: "a-principal", role: "principal" } });
  });
});

describe("the weekly report is signed by the appointed director, else the principal where the size allows", () => {
  it("refuses a director by membership only, and the principal while a director is appointed", async () => {
    clock.now = sh("2026-10-10T16:00:00");
    const director = await member("self-styled", "director");
    expect((await refused(director.caller.routines.weekly.file(weekly("2026-W41", "2026-10-10")))).appCode).toBe(
      "WEEKLY_SIGNER_NOT_APPOINTED",
    );
    expect((await refused(a.as("principal").routines.weekly.file(weekly("2026-W41", "2026-10-10")))).appCode).toBe(
      "WEEKLY_DIRECTOR_SIGNS",
    );
    const filed = await a.as("director").routines.weekly.file(weekly("2026-W41", "2026-10-10"));
    expect(await a.as("principal").routines.weekly.get({ id: filed.id })).toMatchObject({ signedAsRole: "director" });
  });

  it("with no director and a small prior year, the principal signs and the record says so; the principal 阅", async () => {
    await t.db.roleAssignment.updateMany({
      where: { organizationId: a.id, role: "director" },
      data: { endedOn: "2026-10-11", endReason: "离职" },
    });
    clock.now = sh("2026-10-17T16:00:00");
    const filed = await a.as("principal").routines.weekly.file(weekly("2026-W42", "2026-10-17"));
    const report = await a.as("principal").routines.weekly.get({ id: filed.id });
    expect(report).toMatchObject({ signedAsRole: "principal", signedByName: "a-principal", ackAt: null });
    expect((await a.as("principal").routines.weekly.unread()).map((w) => w.week)).toEqual(["2026-W42", "2026-W41"]);
    expect((await refused(a.as("director").routines.weekly.readSign({ ids: [filed.id] }))).code).toBe("FORBIDDEN");
    expect(await a.as("principal").routines.weekly.readSign({ ids: [filed.id] })).toEqual({ signed: 1 });
    expect(await a.as("officer").routines.weekly.get({ id: filed.id })).toMatchObject({ ackByName: "a-principal" });
  });

  it("once the prior year's figures make the unit medium and it makes XK products, a director is required", async () => {
    await a.as("principal").profile.sizeFigures.record({ year: 2025, employeeCount: 420, annualRevenueWanYuan: 9000 });
    await t.db.product.create({
      data: {
        organizationId: a.id,
        name: "安全帽",
        model: "ABS",
        productGroupId: "custom",
        isCustom: true,
        scopeRoutesJson: JSON.stringify(["xk"]),
      },
    });
    const standing = await a.as("viewer").profile.standing();
    expect(standing).toMatchObject({
      year: 2026,
      figures: { year: 2025, employeeCount: 420 },
      sizeClass: "medium",
      routes: ["xk"],
      directorRequired: true,
      directorAppointed: false,
      missing: ["director"],
    });
    clock.now = sh("2026-10-24T16:00:00");
    expect((await refused(a.as("principal").routines.weekly.file(weekly("2026-W43", "2026-10-24")))).appCode).toBe(
      "WEEKLY_DIRECTOR_REQUIRED",
    );
  });
});

describe("the minutes are signed by the appointed principal", () => {
  it("refuses a principal by membership only", async () => {
    const principal = await member("co-principal", "principal");
    clock.now = sh("2026-10-30T16:00:00");
    const r = await refused(
      principal.caller.routines.monthly.sign({
        month: "2026-10",
        meetingAt: "2026-10-30T15:00:00+08:00",
        place: "会议室",
        chairUserId: principal.id,
        recorder: "王记录",
        attendeeUserIds: [principal.id],
        directorReport: "本月总体受控",
        mainProblems: "无",
        rectificationProgress: "无",
        unresolvedIssues: "无",
        decisions: [{ content: "继续执行日管控" }],
        nextMonthPlan: "继续按日检查",
        signature: drawnSignature,
      }),
    );
    expect(r).toMatchObject({ code: "FORBIDDEN", appCode: "MONTHLY_SIGNER_NOT_APPOINTED" });
  });
});

describe("size figures per year", () => {
  it("keeps history: a correction of a year needs a reason, the latest row counts, only principals and admins record", async () => {
    expect(
      (
        await refused(
          a.as("director").profile.sizeFigures.record({ year: 2025, employeeCount: 1, annualRevenueWanYuan: 1 }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const noReason = await refused(
      a.as("principal").profile.sizeFigures.record({ year: 2025, employeeCount: 120, annualRevenueWanYuan: 1500 }),
    );
    expect(noReason).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["reason"] });
    await a.as("principal").profile.sizeFigures.record({
      year: 2025,
      employeeCount: 120,
      annualRevenueWanYuan: 1500,
      reason: "年报审计后更正",
    });
    const rows = await a.as("viewer").profile.sizeFigures.list();
    expect(rows.map((r) => [r.year, r.employeeCount, r.current])).toEqual([
      [2025, 120, true],
      [2025, 420, false],
    ]);
    expect(await a.as("viewer").profile.standing()).toMatchObject({ sizeClass: "small", directorRequired: false });
  });
});
