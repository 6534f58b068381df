// Risk indicators per granted enterprise for the regulator's list. An indicator is computed only
// when the grant opens the ledger it is drawn from; otherwise it is null ("not granted").
import { addDays, localDate, workingDaysIn, type Ledger } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { certificateAlerts } from "../certificates/alerts.ts";
import { loadCalendar } from "../routines/calendar.ts";
import { listMonths } from "../routines/monthly-read.ts";
import { listWeeks } from "../routines/weekly.ts";

export interface Indicators {
  /** Share (0–100) of the last 30 working days with a submitted daily record. */
  dailyCompletion: number | null;
  weeklyMissing: number | null;
  monthlyMissing: number | null;
  openHazards: { general: number; significant: number; major: number } | null;
  overdueHazards: number | null;
  majorHazards: number | null;
  certificatesExpired: number | null;
  certificatesExpiring: number | null;
  /** Failed supervision samplings within the last two years (≥2 triggers an on-site inspection). */
  failedSamplings2y: number | null;
  samplingTrigger: boolean | null;
  /** Submitted major-risk reports not yet acknowledged. */
  majorReportsOpen: number;
}

const WORKING_DAYS = 30;

async function dailyCompletion(db: Db, orgId: string, today: string): Promise<number> {
  const calendar = await loadCalendar(db, orgId);
  const days = workingDaysIn(addDays(today, -70), addDays(today, -1), calendar).slice(-WORKING_DAYS);
  if (days.length === 0) return 100;
  const first = days[0] ?? today;
  const runs = await db.dailyCheckRun.findMany({
    where: { organizationId: orgId, checkDate: { gte: first, lt: today }, status: { in: ["submitted", "amended"] } },
    select: { checkDate: true },
    distinct: ["checkDate"],
  });
  const done = new Set(runs.map((r) => r.checkDate));
  return Math.round((days.filter((d) => done.has(d)).length / days.length) * 100);
}

async function hazardCounts(db: Db, orgId: string, today: string) {
  const open = await db.hazard.groupBy({
    by: ["severity"],
    where: { organizationId: orgId, status: { not: "closed" } },
    _count: { _all: true },
  });
  const bySeverity = { general: 0, significant: 0, major: 0 };
  for (const g of open) if (g.severity in bySeverity) bySeverity[g.severity as keyof typeof bySeverity] = g._count._all;
  const overdue = await db.hazard.count({
    where: { organizationId: orgId, status: { not: "closed" }, dueDate: { lt: today } },
  });
  return { bySeverity, overdue };
}

export async function indicatorsFor(
  db: Db,
  orgId: string,
  ledgers: ReadonlySet<Ledger>,
  agencyId: string,
  now: Date,
): Promise<Indicators> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  const today = localDate(now, org.timeZone);
  const hazards = ledgers.has("hazards") ? await hazardCounts(db, orgId, today) : null;
  const alerts = ledgers.has("certificates") ? await certificateAlerts(db, orgId, today) : null;
  const failedSamplings = ledgers.has("sampling")
    ? await db.samplingResult.count({
        where: { organizationId: orgId, conclusion: "fail", samplingDate: { gt: addDays(today, -730) } },
      })
    : null;
  const weeks = ledgers.has("weekly") ? await listWeeks(db, orgId, now, 12) : null;
  const months = ledgers.has("monthly") ? await listMonths(db, orgId, now, 6) : null;
  return {
    dailyCompletion: ledgers.has("daily") ? await dailyCompletion(db, orgId, today) : null,
    weeklyMissing: weeks ? weeks.filter((w) => w.status === "overdue").length : null,
    monthlyMissing: months ? months.filter((m) => m.status === "overdue").length : null,
    openHazards: hazards?.bySeverity ?? null,
    overdueHazards: hazards?.overdue ?? null,
    majorHazards: hazards?.bySeverity.major ?? null,
    certificatesExpired: alerts ? alerts.filter((a) => a.level === "expired" || a.level === "invalid").length : null,
    certificatesExpiring: alerts
      ? alerts.filter((a) => a.level === "within_30" || a.level === "within_90").length
      : null,
    failedSamplings2y: failedSamplings,
    samplingTrigger: failedSamplings === null ? null : failedSamplings >= 2,
    majorReportsOpen: await db.majorRiskReport.count({
      where: { organizationId: orgId, status: "submitted", OR: [{ agencyId: null }, { agencyId }] },
    }),
  };
}

export const SORT_KEYS = [
  "name",
  "dailyCompletion",
  "weeklyMissing",
  "monthlyMissing",
  "openHazards",
  "overdueHazards",
  "majorHazards",
  "certificates",
  "failedSamplings",
  "majorReports",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const FLAG_KEYS = [
  "dailyBelow90",
  "weeklyMissing",
  "monthlyMissing",
  "overdueHazards",
  "majorHazards",
  "certificates",
  "samplingTrigger",
  "majorReports",
] as const;
export type FlagKey = (typeof FLAG_KEYS)[number];

/** Numeric value of an indicator for sorting ("worse" is larger; low completion sorts first). */
export function sortValue(i: Indicators, key: Exclude<SortKey, "name">): number {
  const n = (v: number | null) => v ?? -1;
  switch (key) {
    case "dailyCompletion":
      return i.dailyCompletion === null ? -1 : 100 - i.dailyCompletion;
    case "weeklyMissing":
      return n(i.weeklyMissing);
    case "monthlyMissing":
      return n(i.monthlyMissing);
    case "openHazards":
      return i.openHazards ? i.openHazards.general + i.openHazards.significant + i.openHazards.major : -1;
    case "overdueHazards":
      return n(i.overdueHazards);
    case "majorHazards":
      return n(i.majorHazards);
    case "certificates":
      return i.certificatesExpired === null ? -1 : i.certificatesExpired * 1000 + (i.certificatesExpiring ?? 0);
    case "failedSamplings":
      return n(i.failedSamplings2y);
    case "majorReports":
      return i.majorReportsOpen;
  }
}

export function hasFlag(i: Indicators, flag: FlagKey): boolean {
  switch (flag) {
    case "dailyBelow90":
      return i.dailyCompletion !== null && i.dailyCompletion < 90;
    case "weeklyMissing":
      return (i.weeklyMissing ?? 0) > 0;
    case "monthlyMissing":
      return (i.monthlyMissing ?? 0) > 0;
    case "overdueHazards":
      return (i.overdueHazards ?? 0) > 0;
    case "majorHazards":
      return (i.majorHazards ?? 0) > 0;
    case "certificates":
      return (i.certificatesExpired ?? 0) + (i.certificatesExpiring ?? 0) > 0;
    case "samplingTrigger":
      return i.samplingTrigger === true;
    case "majorReports":
      return i.majorReportsOpen > 0;
  }
}

export function sortAndFilter<T extends { name: string; indicators: Indicators }>(
  rows: readonly T[],
  sort: SortKey,
  flags: readonly FlagKey[],
): T[] {
  const kept = rows.filter((r) => flags.every((f) => hasFlag(r.indicators, f)));
  if (sort === "name") return [...kept].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  return [...kept].sort(
    (a, b) => sortValue(b.indicators, sort) - sortValue(a.indicators, sort) || a.name.localeCompare(b.name, "zh-CN"),
  );
}
