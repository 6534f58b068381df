// The dashboard trends against a hand count: an organisation activated mid-window with two
// officers, a few records, hazards around week and time-zone edges, and a second organisation
// whose data must not leak in.
import { localInstant } from "@anzhi/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { dailyIndicator } from "../periods/indicators.ts";
import { dashboardTrends } from "./trends.ts";

let t: TestDb;
const NOW = new Date("2026-11-25T02:00:00Z"); // Wednesday 10:00 in Shanghai, ISO week 2026-W48
const TZ = "Asia/Shanghai";
const ids = { org: "", other: "", o1: "", o2: "", site: "", otherSite: "" };
let seq = 0;

async function makeOrg(slug: string, uscc: string) {
  return (
    await t.db.organization.create({
      data: {
        slug,
        kind: "producer",
        name: slug,
        uscc,
        regionCode: "320411",
        address: "常州",
        employeeCount: 10,
        annualRevenueWanYuan: 100,
        sizeClass: "micro",
        followsPublicHolidays: false, // Monday to Friday, nothing else, so the count is by hand
        activatedOn: "2026-11-16",
      },
    })
  ).id;
}

const submitted = (organizationId: string, siteId: string, officerUserId: string, checkDate: string) =>
  t.db.dailyCheckRun.create({
    data: {
      organizationId,
      siteId,
      officerUserId,
      checkDate,
      listVersion: 1,
      status: "submitted",
      submittedAt: localInstant(`${checkDate} 17:00`, TZ),
    },
  });

const hazard = (organizationId: string, data: { createdAt: Date; closedAt?: Date; dueDate: string; source?: string }) =>
  t.db.hazard.create({
    data: {
      organizationId,
      hazardNo: `YH-2026-${String(++seq).padStart(4, "0")}`,
      source: data.source ?? "manual",
      title: "隐患",
      description: "描述",
      severity: "general",
      dueDate: data.dueDate,
      status: data.closedAt ? "closed" : "open",
      closedAt: data.closedAt ?? null,
      createdAt: data.createdAt,
    },
  });

beforeAll(async () => {
  t = await createTestDb("anzhi-trends-");
  ids.org = await makeOrg("trends", "91350100M000100Y43");
  ids.other = await makeOrg("trends-other", "91350100M000200Y44");
  for (const who of ["o1", "o2"] as const) {
    const u = await t.db.user.create({ data: { email: `${who}@trends.test`, name: who, passwordHash: "x" } });
    await t.db.membership.create({
      data: { userId: u.id, organizationId: ids.org, rolesJson: JSON.stringify(["officer"]) },
    });
    ids[who] = u.id;
  }
  await t.db.membership.create({
    data: { userId: ids.o1, organizationId: ids.other, rolesJson: JSON.stringify(["officer"]) },
  });
  ids.site = (
    await t.db.site.create({ data: { organizationId: ids.org, name: "厂区", type: "factory", address: "常州" } })
  ).id;
  ids.otherSite = (
    await t.db.site.create({ data: { organizationId: ids.other, name: "厂区", type: "factory", address: "常州" } })
  ).id;
  for (const d of ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-21"])
    await submitted(ids.org, ids.site, ids.o1, d);
  await submitted(ids.org, ids.site, ids.o2, "2026-11-16");
  await submitted(ids.other, ids.otherSite, ids.o1, "2026-11-19");

  // 01:00 on Monday in Shanghai is still Sunday in UTC: the week is the local one (W48).
  await hazard(ids.org, { createdAt: localInstant("2026-11-23 01:00", TZ), dueDate: "2026-11-24" });
  // Opened before the 12 weeks, closed in W47.
  await hazard(ids.org, {
    createdAt: localInstant("2026-09-06 10:00", TZ),
    closedAt: localInstant("2026-11-16 09:00", TZ),
    dueDate: "2026-09-30",
  });
  // The first of the 12 weeks (W37, from Monday 2026-09-07): opened and closed.
  await hazard(ids.org, {
    createdAt: localInstant("2026-09-07 00:30", TZ),
    closedAt: localInstant("2026-09-10 12:00", TZ),
    dueDate: "2026-09-20",
  });
  // Open and overdue, opened before the window: 116 and 10 days past due.
  await hazard(ids.org, { createdAt: localInstant("2026-07-20 09:00", TZ), dueDate: "2026-08-01" });
  await hazard(ids.org, { createdAt: localInstant("2026-08-15 09:00", TZ), dueDate: "2026-11-15" });
  // Not counted: a meeting decision's tracking hazard, and another organisation's hazard.
  await hazard(ids.org, {
    createdAt: localInstant("2026-11-24 09:00", TZ),
    dueDate: "2026-11-01",
    source: "monthly_meeting",
  });
  await hazard(ids.other, { createdAt: localInstant("2026-11-24 09:00", TZ), dueDate: "2026-11-01" });
});
afterAll(async () => t?.cleanup());

describe("dashboard trends", () => {
  it("gives each of the 30 working days its completion, by the indicator's own definition", async () => {
    const { daily } = await dashboardTrends(t.db, { organizationId: ids.org, now: NOW });
    expect(daily).toHaveLength(30);
    // Mon–Fri back from yesterday: 2026-10-14 … 2026-11-24, weekends absent.
    expect(daily[0]?.date).toBe("2026-10-14");
    expect(daily.at(-1)?.date).toBe("2026-11-24");
    expect(daily.some((d) => d.date === "2026-11-21" || d.date === "2026-11-22")).toBe(false);
    // Nothing due before the 启用日期.
    expect(daily.filter((d) => d.date < "2026-11-16").every((d) => d.due === 0 && d.rate === null)).toBe(true);
    const byDate = Object.fromEntries(daily.filter((d) => d.date >= "2026-11-16").map((d) => [d.date, d]));
    expect(byDate).toEqual({
      "2026-11-16": { date: "2026-11-16", due: 2, completed: 2, rate: 100 },
      "2026-11-17": { date: "2026-11-17", due: 2, completed: 1, rate: 50 },
      "2026-11-18": { date: "2026-11-18", due: 2, completed: 1, rate: 50 },
      "2026-11-19": { date: "2026-11-19", due: 2, completed: 0, rate: 0 },
      "2026-11-20": { date: "2026-11-20", due: 2, completed: 0, rate: 0 },
      "2026-11-23": { date: "2026-11-23", due: 2, completed: 0, rate: 0 },
      "2026-11-24": { date: "2026-11-24", due: 2, completed: 0, rate: 0 },
    });
    const indicator = await dailyIndicator(t.db, ids.org, NOW);
    expect([indicator.due, indicator.completed]).toEqual([
      daily.reduce((s, d) => s + d.due, 0),
      daily.reduce((s, d) => s + d.completed, 0),
    ]);
  });

  it("counts hazards opened and closed per local ISO week over the last 12 weeks", async () => {
    const { hazardWeeks } = await dashboardTrends(t.db, { organizationId: ids.org, now: NOW });
    expect(hazardWeeks.map((w) => w.week)).toEqual([
      "2026-W37",
      "2026-W38",
      "2026-W39",
      "2026-W40",
      "2026-W41",
      "2026-W42",
      "2026-W43",
      "2026-W44",
      "2026-W45",
      "2026-W46",
      "2026-W47",
      "2026-W48",
    ]);
    expect(hazardWeeks[0]).toEqual({ week: "2026-W37", start: "2026-09-07", opened: 1, closed: 1 });
    const nonZero = hazardWeeks.filter((w) => w.opened + w.closed > 0).map((w) => [w.week, w.opened, w.closed]);
    expect(nonZero).toEqual([
      ["2026-W37", 1, 1],
      ["2026-W47", 0, 1],
      ["2026-W48", 1, 0],
    ]);
  });

  it("buckets open overdue hazards by days past due", async () => {
    const { overdueByAge } = await dashboardTrends(t.db, { organizationId: ids.org, now: NOW });
    expect(overdueByAge).toEqual({ d0_7: 1, d8_30: 1, d31_90: 0, d90_plus: 1 });
  });

  it("reads only the caller's organisation", async () => {
    const other = await dashboardTrends(t.db, { organizationId: ids.other, now: NOW });
    expect(other.daily.find((d) => d.date === "2026-11-19")).toEqual({
      date: "2026-11-19",
      due: 1,
      completed: 1,
      rate: 100,
    });
    expect(other.hazardWeeks.at(-1)).toMatchObject({ opened: 1, closed: 0 });
    expect(other.overdueByAge.d8_30).toBe(1);
  });
});
