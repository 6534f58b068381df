// Periods start when duties start, and history is closed: a new organisation owes nothing before
// its sign-up day; the 启用日期 moves only earlier (admin/principal, reasoned, audited); calendar days
// of a past or signed period change only by the principal's reasoned amendment, which the
// regulator's daily ledger shows; a new weekly pattern never rewrites a closed period.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { isWorkingDay } from "@anzhi/contracts";
import { loadCalendar } from "@anzhi/domain/routines/calendar";
import { dailyTable } from "@anzhi/domain/regulator/ledgers-routines";
import { cellText } from "@anzhi/domain/regulator/table";
import { testClock } from "../testing/clock.ts";
import { createOrgWithPeople, refusal, type OrgPeople } from "../testing/org-people.ts";
import { signUpOrg } from "../testing/sessions.ts";

let t: TestDb;
// Wednesday 2 December 2026, 10:00 in Shanghai.
const clock = testClock("2026-12-02 10:00");
let org: OrgPeople;

beforeAll(async () => {
  t = await createTestDb("anzhi-periods-");
  org = await createOrgWithPeople(t.db, "a", "producer", { clock });
  await t.db.organization.update({ where: { id: org.id }, data: { activatedOn: "2026-11-02" } });
});
afterAll(async () => t?.cleanup());

describe("a new organisation", () => {
  it("owes nothing before its sign-up day: no missed day, week or month", async () => {
    const { caller, organizationId } = await signUpOrg(t.db, 7, {}, { clock });
    const row = await t.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
    expect(row.activatedOn).toBe("2026-12-02");
    const weeks = await caller.routines.weekly.list();
    const months = await caller.routines.monthly.list();
    expect(weeks.map((w) => w.status)).toEqual(["open"]);
    expect(months.map((m) => m.status)).toEqual(["open"]);
    const dash = await caller.dashboard.overview();
    expect(dash.indicators.daily).toMatchObject({ due: 0, missed: 0, rate: null });
    expect(dash.indicators.weekly.missing).toBe(0);
    expect(dash.indicators.monthly.missing).toBe(0);
  });
});

describe("the 启用日期", () => {
  it("moves only earlier and never after today, by an admin or the principal, with the reason audited", async () => {
    expect(
      await refusal(org.as("director").routines.calendar.setActivation({ activatedOn: "2026-10-01", reason: "补录" })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await refusal(org.as("principal").routines.calendar.setActivation({ activatedOn: "2026-12-03", reason: "x" })),
    ).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["activatedOn"] });
    expect(
      await refusal(org.as("principal").routines.calendar.setActivation({ activatedOn: "2026-11-09", reason: "x" })),
    ).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["activatedOn"] });
    await org
      .as("principal")
      .routines.calendar.setActivation({ activatedOn: "2026-10-26", reason: "10月26日起已按制度运行" });
    expect((await org.as("viewer").routines.calendar.history()).activatedOn).toBe("2026-10-26");
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { organizationId: org.id, action: "organization.activation_date" },
    });
    expect(JSON.parse(audit.dataJson)).toEqual({
      from: "2026-11-02",
      to: "2026-10-26",
      reason: "10月26日起已按制度运行",
    });
  });
});

describe("closed calendar history", () => {
  const base = { weekdays: [1, 2, 3, 4, 5], followsPublicHolidays: true, workingDays: [], restDays: [] };

  it("refuses a plain edit of a past day but takes a future one", async () => {
    expect(
      await refusal(org.as("director").routines.calendar.update({ ...base, restDays: ["2026-11-27"] })),
    ).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["restDays"] });
    await org.as("director").routines.calendar.update({ ...base, restDays: ["2026-12-04"] });
    expect((await org.as("director").routines.calendar.get()).restDays).toEqual(["2026-12-04"]);
  });

  it("closes the days of a week whose report is signed, even those still ahead", async () => {
    await t.db.weeklyReport.create({
      data: {
        organizationId: org.id,
        isoYear: 2026,
        isoWeek: 49,
        periodStart: "2026-11-30",
        periodEnd: "2026-12-06",
        status: "submitted",
        signedAt: clock(),
        submittedAt: clock(),
      },
    });
    // 4 Dec (Friday of the signed week) is closed now: taking it back is refused.
    expect(await refusal(org.as("director").routines.calendar.update(base))).toMatchObject({ paths: ["restDays"] });
    expect((await org.as("viewer").routines.calendar.history()).firstOpenDay).toBe("2026-12-07");
  });

  it("applies a new weekly pattern from the first open day only", async () => {
    await org
      .as("director")
      .routines.calendar.update({ ...base, weekdays: [1, 2, 3, 4, 5, 6], restDays: ["2026-12-04"] });
    const cal = await loadCalendar(t.db, org.id);
    // Saturday 28 Nov (past) and Saturday 5 Dec (in the signed week) stay rest days; 12 Dec works.
    expect(["2026-11-28", "2026-12-05", "2026-12-12"].map((d) => isWorkingDay(d, cal))).toEqual([false, false, true]);
  });

  it("lets only the principal amend a closed day, with the reason, and shows it to the regulator", async () => {
    const amend = { day: "2026-11-27", working: false, reason: "全厂停电检修（供电公司通知）" };
    expect(await refusal(org.as("director").routines.calendar.amendDay(amend))).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await refusal(org.as("principal").routines.calendar.amendDay({ ...amend, day: "2026-12-08" })),
    ).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["day"] });
    expect(await refusal(org.as("principal").routines.calendar.amendDay({ ...amend, working: true }))).toMatchObject({
      appCode: "VALIDATION_FAILED",
      paths: ["working"],
    });
    await org.as("principal").routines.calendar.amendDay(amend);
    expect(isWorkingDay("2026-11-27", await loadCalendar(t.db, org.id))).toBe(false);
    const history = await org.as("viewer").routines.calendar.history();
    expect(history.amendments.map((a) => [a.day, a.wasWorking, a.nowWorking, a.reason])).toEqual([
      ["2026-11-27", true, false, amend.reason],
    ]);
    const table = await dailyTable(t.db, org.id, { from: "2026-11-27", to: "2026-11-27" }, "Asia/Shanghai", clock());
    const row = table.rows.find((r) => r.id.startsWith("calendar:"));
    expect(row?.cells[0]).toBe("2026-11-27");
    expect(row?.cells[2]).toMatchObject({ group: "role", value: "principal" });
    expect(row?.cells[3]).toEqual({ group: "calendarChange", value: "to_rest", zh: "日历更正：工作日→休息日" });
    expect(row?.cells).toContain(amend.reason);
  });

  it("lists missed days in the regulator's daily ledger, not only submitted ones", async () => {
    // Thursday 26 Nov: both officers (no appointment: due from the 启用日期) missed it.
    const table = await dailyTable(t.db, org.id, { from: "2026-11-26", to: "2026-11-26" }, "Asia/Shanghai", clock());
    expect(table.rows.map((r) => [r.cells[0], cellText(r.cells[3] ?? ""), r.record])).toEqual([
      ["2026-11-26", "缺失", false],
      ["2026-11-26", "缺失", false],
    ]);
  });
});
