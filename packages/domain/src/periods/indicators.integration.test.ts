// Every indicator counted by hand on one seeded scenario — gaps, late days, a "not operating" day,
// an own rest day, an own working Saturday, a voluntary rest-day record, a 启用日期 inside the
// window and an officer appointed mid-period — and compared with what the domain computes for the
// enterprise dashboard and for the regulator portal (the same numbers, by one definition).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { Ledger, localInstant } from "@anzhi/contracts";
import { dashboardData } from "../dashboard/dashboard.ts";
import { indicatorsFor, indicatorsForMany } from "../regulator/indicators.ts";
import { dailyLedger } from "../routines/daily-read.ts";
import { listMonths } from "../routines/monthly-read.ts";
import { listWeeks } from "../routines/weekly.ts";
import { dutyStart } from "./duty.ts";
import { routineIndicators } from "./indicators.ts";

// Tuesday 1 December 2026, 10:00 in Shanghai. No statutory holiday or 调休 day from October's
// National Day make-up days (last: Saturday 10 October) to the end of December.
const NOW = localInstant("2026-12-01 10:00");
const at = (day: string, time = "17:30") => localInstant(`${day} ${time}`);

let t: TestDb;
let org: string;
let site: string;
const users: Record<string, string> = {};

async function run(officer: string, checkDate: string, submittedOn: string, operating = true) {
  await t.db.dailyCheckRun.create({
    data: {
      organizationId: org,
      siteId: site,
      officerUserId: users[officer] ?? "",
      checkDate,
      listVersion: 1,
      status: "submitted",
      operatingStatus: operating ? "operating" : "not_operating",
      signedAt: at(submittedOn),
      submittedAt: at(submittedOn),
      late: submittedOn > checkDate,
    },
  });
}

async function weekly(isoWeek: number, periodStart: string, periodEnd: string, signedOn: string, late: boolean) {
  await t.db.weeklyReport.create({
    data: {
      organizationId: org,
      isoYear: 2026,
      isoWeek,
      periodStart,
      periodEnd,
      status: "submitted",
      signedAt: at(signedOn),
      submittedAt: at(signedOn),
      late,
    },
  });
}

beforeAll(async () => {
  t = await createTestDb("anzhi-indicators-");
  org = (
    await t.db.organization.create({
      data: {
        slug: "ind",
        kind: "producer",
        name: "指标公司",
        uscc: "91350100M000100Y43",
        regionCode: "320411",
        address: "常州",
        employeeCount: 10,
        annualRevenueWanYuan: 100,
        sizeClass: "micro",
        // 启用日期 Monday 2 November; own rest day Friday 13 November, own working Saturday 21 November.
        activatedOn: "2026-11-02",
        calendarOverridesJson: JSON.stringify({ workingDays: ["2026-11-21"], restDays: ["2026-11-13"] }),
      },
    })
  ).id;
  site = (await t.db.site.create({ data: { organizationId: org, name: "一号厂区", type: "factory", address: "常州" } }))
    .id;
  for (const [who, role] of [
    ["director", "director"],
    ["a", "officer"],
    ["b", "officer"],
  ] as const) {
    const u = await t.db.user.create({ data: { email: `${who}@ind.test`, name: who, passwordHash: "x" } });
    await t.db.membership.create({ data: { userId: u.id, organizationId: org, rolesJson: JSON.stringify([role]) } });
    users[who] = u.id;
  }
  // A was appointed before the 启用日期 (the 启用日期 bounds her); B on Monday 16 November.
  for (const [who, appointedOn] of [
    ["a", "2026-10-01"],
    ["b", "2026-11-16"],
  ] as const) {
    await t.db.roleAssignment.create({
      data: {
        organizationId: org,
        role: "officer",
        personName: who,
        userId: users[who] ?? "",
        employment: "full_time",
        phoneEnc: "x",
        appointedOn,
        scopes: { create: { organizationId: org, siteId: site } },
      },
    });
  }
  // Officer A: every working day from 2 Nov to 30 Nov except 5, 18 and 30 Nov (missed); 9 Nov signed
  // on 10 Nov (late); 25 Nov "not operating"; plus a voluntary record on Sunday 15 Nov.
  const aDays = [
    ["2026-11-02"],
    ["2026-11-03"],
    ["2026-11-04"],
    ["2026-11-06"],
    ["2026-11-09", "2026-11-10"],
    ["2026-11-10"],
    ["2026-11-11"],
    ["2026-11-12"],
    ["2026-11-15"],
    ["2026-11-16"],
    ["2026-11-17"],
    ["2026-11-19"],
    ["2026-11-20"],
    ["2026-11-21"],
    ["2026-11-23"],
    ["2026-11-24"],
    ["2026-11-25", "2026-11-25", "not_operating"],
    ["2026-11-26"],
    ["2026-11-27"],
  ];
  for (const [day, signed, op] of aDays) await run("a", day ?? "", signed ?? day ?? "", op === undefined);
  // Officer B: a record on 12 Nov before her appointment (still shown, never counted as due); from
  // 16 Nov every working day except 23 Nov (missed); 26 Nov signed on 27 Nov (late).
  for (const [day, signed] of [
    ["2026-11-12"],
    ["2026-11-16"],
    ["2026-11-17"],
    ["2026-11-18"],
    ["2026-11-19"],
    ["2026-11-20"],
    ["2026-11-21"],
    ["2026-11-24"],
    ["2026-11-25"],
    ["2026-11-26", "2026-11-27"],
    ["2026-11-27"],
    ["2026-11-30"],
  ])
    await run("b", day ?? "", signed ?? day ?? "");
  // Weekly reports: W45 on time (due Fri 6 Nov), W46 none (due Thu 12 Nov, the 13th is a rest day),
  // W47 signed Monday 23 Nov (due Sat 21 Nov: late), W48 none (due Fri 27 Nov).
  await weekly(45, "2026-11-02", "2026-11-08", "2026-11-06", false);
  await weekly(47, "2026-11-16", "2026-11-22", "2026-11-23", true);
  // Hazards: one general open (due 5 Dec), one major overdue (due 20 Nov), one closed long overdue.
  for (const [no, severity, status, dueDate] of [
    ["YH-2026-0001", "general", "open", "2026-12-05"],
    ["YH-2026-0002", "major", "rectifying", "2026-11-20"],
    ["YH-2026-0003", "significant", "closed", "2026-11-03"],
  ] as const)
    await t.db.hazard.create({
      data: {
        organizationId: org,
        hazardNo: no,
        source: "manual",
        title: no,
        description: no,
        severity,
        status,
        dueDate,
      },
    });
});
afterAll(async () => t?.cleanup());

describe("indicators counted by hand", () => {
  it("bounds each officer's duty by the 启用日期 and the appointment", async () => {
    expect(await dutyStart(t.db, org, users.a ?? "")).toBe("2026-11-02");
    expect(await dutyStart(t.db, org, users.b ?? "")).toBe("2026-11-16");
    const ledger = await dailyLedger(t.db, org, { from: "2026-10-26", to: "2026-11-13" }, NOW, users.b);
    // B's only row before 16 Nov is the record she did submit on 12 Nov; nothing is missed.
    expect(ledger.map((d) => [d.date, d.status])).toEqual([["2026-11-12", "done"]]);
  });

  it("computes the 30-working-day completion, late and missed officer-days", async () => {
    // The last 30 working days before 1 Dec reach back into October; only 2 Nov onwards is due.
    // Working days 2–30 Nov: 2,3,4,5,6 | 9,10,11,12 (13 rest) | 16,17,18,19,20,21(Sat) | 23,24,25,26,27 | 30
    //   = 5 + 4 + 6 + 5 + 1 = 21.
    // A: due 21; missed 5, 18, 30 → 3; submitted 18 (of which late 9 Nov → 1, not operating 25 Nov → 1).
    //    (the Sunday 15 Nov record is not a working day of the window: not counted.)
    // B: due from 16 Nov: 16–21 (6) + 23–27 (5) + 30 (1) = 12; missed 23 → 1; submitted 11, late 26 Nov → 1.
    // Total: due 21 + 12 = 33; completed 18 + 11 = 29; late 2; not operating 1; missed 4;
    // rate floor(29 × 100 / 33) = floor(87.87…) = 87.
    const expected = { due: 33, completed: 29, late: 2, notOperating: 1, missed: 4, rate: 87 };
    const mine = await routineIndicators(t.db, org, NOW);
    expect(mine.daily).toMatchObject(expected);
    const regulator = await indicatorsFor(t.db, org, new Set(["daily", "weekly", "monthly", "hazards"]), "none", NOW);
    expect(regulator.daily).toMatchObject(expected);
    const dashboard = await dashboardData(t.db, { organizationId: org, timeZone: "Asia/Shanghai", now: NOW });
    expect(dashboard.indicators.daily).toMatchObject(expected);
  });

  it("counts missed and late weekly reports and monthly minutes only from the 启用日期", async () => {
    // Weeks listed: W49 (current, open), W48 (overdue), W47 (signed late), W46 (overdue), W45 (signed).
    // W44 (26 Oct–1 Nov) fell due on 30 Oct, before the 启用日期: not listed, not missed.
    // → missing 2, late 1.
    const weeks = await listWeeks(t.db, org, NOW, 12);
    expect(weeks.map((w) => [w.week, w.status])).toEqual([
      ["2026-W49", "open"],
      ["2026-W48", "overdue"],
      ["2026-W47", "signed_late"],
      ["2026-W46", "overdue"],
      ["2026-W45", "signed"],
    ]);
    // Months: December open; November (due Mon 30 Nov) unsigned → overdue; October fell due on
    // 30 Oct, before the 启用日期: not listed. → missing 1, late 0.
    const months = await listMonths(t.db, org, NOW, 6);
    expect(months.map((m) => [m.month, m.status])).toEqual([
      ["2026-12", "open"],
      ["2026-11", "overdue"],
    ]);
    const mine = await routineIndicators(t.db, org, NOW);
    expect(mine.weekly).toEqual({ missing: 2, late: 1 });
    expect(mine.monthly).toEqual({ missing: 1, late: 0 });
    const regulator = await indicatorsFor(t.db, org, new Set(["daily", "weekly", "monthly", "hazards"]), "none", NOW);
    expect([regulator.weeklyMissing, regulator.monthlyMissing]).toEqual([2, 1]);
  });

  it("counts open hazards by severity and the overdue ones the same way for both", async () => {
    // Open: YH-0001 general, YH-0002 major (YH-0003 is closed) → 2; overdue (open, due before
    // 1 Dec): YH-0002 → 1.
    const mine = await routineIndicators(t.db, org, NOW);
    expect(mine.hazards).toEqual({ open: 2, bySeverity: { general: 1, significant: 0, major: 1 }, overdue: 1 });
    const regulator = await indicatorsFor(t.db, org, new Set(["hazards"]), "none", NOW);
    expect([regulator.openHazards, regulator.overdueHazards, regulator.majorHazards]).toEqual([
      { general: 1, significant: 0, major: 1 },
      1,
      1,
    ]);
    const dashboard = await dashboardData(t.db, { organizationId: org, timeZone: "Asia/Shanghai", now: NOW });
    expect([dashboard.hazards.open, dashboard.hazards.overdue]).toEqual([2, 1]);
  });
});

describe("the set-based evaluator (regulator list)", () => {
  let other: string;
  const all = new Set(Ledger.options);

  beforeAll(async () => {
    // A second enterprise in the same set: no 启用日期, a six-day week with an own rest day, one
    // officer without any appointment who has gaps and a late day, and an overdue hazard — so
    // grouping by organisation and each organisation's own calendar both count.
    other = (
      await t.db.organization.create({
        data: {
          slug: "ind2",
          kind: "producer",
          name: "指标二公司",
          uscc: "91350100M000200Y43",
          regionCode: "320411",
          address: "常州",
          employeeCount: 10,
          annualRevenueWanYuan: 100,
          sizeClass: "micro",
          workingWeekdays: 63,
          calendarOverridesJson: JSON.stringify({ workingDays: [], restDays: ["2026-11-18"] }),
        },
      })
    ).id;
    const otherSite = (
      await t.db.site.create({ data: { organizationId: other, name: "二号厂区", type: "factory", address: "常州" } })
    ).id;
    const u = await t.db.user.create({ data: { email: "c@ind.test", name: "c", passwordHash: "x" } });
    await t.db.membership.create({ data: { userId: u.id, organizationId: other, rolesJson: '["officer"]' } });
    for (const [day, signed] of [
      ["2026-11-20", "2026-11-20"],
      ["2026-11-21", "2026-11-23"],
      ["2026-11-24", "2026-11-24"],
      ["2026-11-28", "2026-11-28"],
    ] as const)
      await t.db.dailyCheckRun.create({
        data: {
          organizationId: other,
          siteId: otherSite,
          officerUserId: u.id,
          checkDate: day,
          listVersion: 1,
          status: "submitted",
          operatingStatus: "operating",
          signedAt: at(signed),
          submittedAt: at(signed),
          late: signed > day,
        },
      });
    await t.db.hazard.create({
      data: {
        organizationId: other,
        hazardNo: "YH-2026-0001",
        source: "manual",
        title: "t",
        description: "d",
        severity: "significant",
        status: "open",
        dueDate: "2026-11-30",
      },
    });
  });

  it("gives each enterprise exactly what the per-enterprise indicators give", async () => {
    const orgs = await t.db.organization.findMany({
      where: { id: { in: [org, other] } },
      select: {
        id: true,
        timeZone: true,
        activatedOn: true,
        workingWeekdays: true,
        followsPublicHolidays: true,
        calendarOverridesJson: true,
      },
    });
    const otherLedgers = new Set(["daily", "hazards"] as const);
    const ledgers = new Map([
      [org, all],
      [other, otherLedgers],
    ]);
    for (const set of [{ organizationId: { in: [org, other] } }, { organization: { slug: { in: ["ind", "ind2"] } } }]) {
      const many = await indicatorsForMany(t.db, set, orgs, ledgers, "none", NOW);
      expect(many.get(org)).toEqual(await indicatorsFor(t.db, org, all, "none", NOW));
      expect(many.get(other)).toEqual(await indicatorsFor(t.db, other, otherLedgers, "none", NOW));
    }
    // And the numbers are the hand-counted ones, not two equal wrong answers.
    const many = await indicatorsForMany(t.db, { organizationId: { in: [org, other] } }, orgs, ledgers, "none", NOW);
    expect(many.get(org)?.daily).toMatchObject({
      due: 33,
      completed: 29,
      late: 2,
      notOperating: 1,
      missed: 4,
      rate: 87,
    });
    // Other: Mon–Sat working, no 启用日期, so the window is the last 30 working days before 1 Dec;
    // only the 4 records exist: 21 Nov late; every other due day missed.
    expect(many.get(other)?.daily).toMatchObject({ due: 30, completed: 4, late: 1, missed: 26, rate: 13 });
    expect(many.get(other)?.weeklyMissing).toBeNull();
    expect(many.get(other)?.overdueHazards).toBe(1);
  });
});
