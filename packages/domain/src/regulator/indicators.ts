// Risk indicators per granted enterprise for the regulator's list. An indicator is computed only
// when the grant opens the ledger it is drawn from; otherwise it is null ("not granted").
import { addDays, localDate, type Ledger } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { certificateAlerts } from "../certificates/alerts.ts";
import {
  dailyIndicator,
  hazardIndicator,
  monthlyIndicator,
  weeklyIndicator,
  type DailyIndicator,
} from "../periods/indicators.ts";

export interface Indicators {
  /** 日管控 over the last 30 working days (periods/indicators.ts: due, completed, late, missed, rate). */
  daily: DailyIndicator | null;
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

export async function indicatorsFor(
  db: Db,
  orgId: string,
  ledgers: ReadonlySet<Ledger>,
  agencyId: string,
  now: Date,
): Promise<Indicators> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  const today = localDate(now, org.timeZone);
  const hazards = ledgers.has("hazards") ? await hazardIndicator(db, orgId, today) : null;
  const alerts = ledgers.has("certificates") ? await certificateAlerts(db, orgId, today) : null;
  const failedSamplings = ledgers.has("sampling")
    ? await db.samplingResult.count({
        where: { organizationId: orgId, conclusion: "fail", samplingDate: { gt: addDays(today, -730) } },
      })
    : null;
  return {
    daily: ledgers.has("daily") ? await dailyIndicator(db, orgId, now) : null,
    weeklyMissing: ledgers.has("weekly") ? (await weeklyIndicator(db, orgId, now)).missing : null,
    monthlyMissing: ledgers.has("monthly") ? (await monthlyIndicator(db, orgId, now)).missing : null,
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
      return i.daily === null || i.daily.rate === null ? -1 : 100 - i.daily.rate;
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
      return i.daily !== null && i.daily.rate !== null && i.daily.rate < 90;
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
