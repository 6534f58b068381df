// Risk indicators per granted enterprise for the regulator's list. An indicator is computed only
// when the grant opens the ledger it is drawn from; otherwise it is null ("not granted").
import { addDays, localDate, type Ledger } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { alertLevel, certificateAlerts } from "../certificates/alerts.ts";
import {
  dailyIndicatorsForSet,
  dutiesForSet,
  earliestToday,
  hazardIndicatorsForSet,
  monthlyIndicatorsForSet,
  must,
  weeklyIndicatorsForSet,
  type OrgIndicatorColumns,
  type OrgSet,
} from "../periods/indicators-set.ts";
import {
  dailyIndicator,
  hazardIndicator,
  monthlyIndicator,
  weeklyIndicator,
  type DailyIndicator,
} from "../periods/indicators.ts";

/** Failed supervision samplings count within this many days before today. */
const SAMPLING_LOOKBACK_DAYS = 730;

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
        where: {
          organizationId: orgId,
          conclusion: "fail",
          samplingDate: { gt: addDays(today, -SAMPLING_LOOKBACK_DAYS) },
        },
      })
    : null;
  return {
    daily: ledgers.has("daily") ? await dailyIndicator(db, orgId, now) : null,
    weeklyMissing: ledgers.has("weekly") ? (await weeklyIndicator(db, orgId, now)).missing : null,
    monthlyMissing: ledgers.has("monthly") ? (await monthlyIndicator(db, orgId, now)).missing : null,
    openHazards: hazards?.bySeverity ?? null,
    overdueHazards: hazards?.overdue ?? null,
    majorHazards: hazards?.bySeverity.major ?? null,
    certificatesExpired: alerts ? certificateCounts(alerts.map((a) => a.level)).expired : null,
    certificatesExpiring: alerts ? certificateCounts(alerts.map((a) => a.level)).expiring : null,
    failedSamplings2y: failedSamplings,
    samplingTrigger: failedSamplings === null ? null : failedSamplings >= 2,
    majorReportsOpen: await db.majorRiskReport.count({
      where: { organizationId: orgId, status: "submitted", OR: [{ agencyId: null }, { agencyId }] },
    }),
  };
}

/** Expired/invalid and expiring (≤ 90 days) certificates among alerts' levels. */
function certificateCounts(levels: ReadonlyArray<string>): { expired: number; expiring: number } {
  return {
    expired: levels.filter((l) => l === "expired" || l === "invalid").length,
    expiring: levels.filter((l) => l === "within_30" || l === "within_90").length,
  };
}

/**
 * `indicatorsFor` for a set of organisations: one statement per indicator input for the whole set
 * (periods/indicators-set.ts plus certificates, samplings and major-risk reports here), whatever
 * its size. `ledgers` holds each organisation's granted ledgers; an organisation absent from it
 * has none. Equal to `indicatorsFor` organisation by organisation (indicators.integration.test.ts).
 */
export async function indicatorsForMany(
  db: Db,
  set: OrgSet,
  orgs: readonly OrgIndicatorColumns[],
  ledgers: ReadonlyMap<string, ReadonlySet<Ledger>>,
  agencyId: string,
  now: Date,
): Promise<Map<string, Indicators>> {
  const out = new Map<string, Indicators>();
  if (orgs.length === 0) return out;
  const wants = (l: Ledger) => orgs.some((o) => ledgers.get(o.id)?.has(l));
  const needsDuties = wants("daily") || wants("weekly") || wants("monthly");
  const duties = needsDuties ? await dutiesForSet(db, set, orgs) : new Map();
  const todays = new Map(orgs.map((o) => [o.id, localDate(now, o.timeZone)]));
  const maxToday = [...todays.values()].reduce((a, b) => (b > a ? b : a));
  const none = Promise.resolve(null);
  const [daily, weekly, monthly, hazards, licences, cccs, samplings, reports] = await Promise.all([
    wants("daily") ? dailyIndicatorsForSet(db, set, orgs, now, duties) : none,
    wants("weekly") ? weeklyIndicatorsForSet(db, set, orgs, now, duties) : none,
    wants("monthly") ? monthlyIndicatorsForSet(db, set, orgs, now, duties) : none,
    wants("hazards") ? hazardIndicatorsForSet(db, set, orgs, now) : none,
    // Only rows alertLevel can flag: not valid, or expiring within 90 days of the latest today.
    wants("certificates")
      ? db.productionLicence.findMany({
          where: {
            ...set,
            retiredAt: null,
            OR: [{ status: { not: "valid" } }, { expiryDate: { lte: addDays(maxToday, 90) } }],
          },
          select: { organizationId: true, status: true, expiryDate: true },
        })
      : none,
    wants("certificates")
      ? db.cccCertificate.findMany({
          where: {
            ...set,
            retiredAt: null,
            OR: [{ status: { not: "valid" } }, { expiryDate: { lte: addDays(maxToday, 90) } }],
          },
          select: { organizationId: true, status: true, expiryDate: true },
        })
      : none,
    wants("sampling")
      ? db.samplingResult.findMany({
          where: {
            ...set,
            conclusion: "fail",
            samplingDate: { gt: earliestToday(orgs, now, SAMPLING_LOOKBACK_DAYS) },
          },
          select: { organizationId: true, samplingDate: true },
        })
      : none,
    db.majorRiskReport.groupBy({
      by: ["organizationId"],
      where: { ...set, status: "submitted", OR: [{ agencyId: null }, { agencyId }] },
      _count: { _all: true },
    }),
  ]);
  const certLevels = new Map<string, string[]>();
  for (const c of [...(licences ?? []), ...(cccs ?? [])]) {
    const a = alertLevel(c.status, c.expiryDate, todays.get(c.organizationId) ?? maxToday);
    if (!a) continue;
    const list = certLevels.get(c.organizationId) ?? [];
    list.push(a.level);
    certLevels.set(c.organizationId, list);
  }
  const reportsByOrg = new Map(reports.map((r) => [r.organizationId, r._count._all]));
  const failedByOrg = new Map<string, string[]>();
  for (const r of samplings ?? [])
    failedByOrg.set(r.organizationId, [...(failedByOrg.get(r.organizationId) ?? []), r.samplingDate]);
  for (const o of orgs) {
    const granted = ledgers.get(o.id) ?? new Set<Ledger>();
    const today = must(todays.get(o.id));
    const h = granted.has("hazards") ? (hazards?.get(o.id) ?? null) : null;
    const certs = granted.has("certificates") ? certificateCounts(certLevels.get(o.id) ?? []) : null;
    const failed = granted.has("sampling")
      ? (failedByOrg.get(o.id) ?? []).filter((d) => d > addDays(today, -SAMPLING_LOOKBACK_DAYS)).length
      : null;
    out.set(o.id, {
      daily: granted.has("daily") ? (daily?.get(o.id) ?? null) : null,
      weeklyMissing: granted.has("weekly") ? (weekly?.get(o.id)?.missing ?? null) : null,
      monthlyMissing: granted.has("monthly") ? (monthly?.get(o.id)?.missing ?? null) : null,
      openHazards: h?.bySeverity ?? null,
      overdueHazards: h?.overdue ?? null,
      majorHazards: h?.bySeverity.major ?? null,
      certificatesExpired: certs?.expired ?? null,
      certificatesExpiring: certs?.expiring ?? null,
      failedSamplings2y: failed,
      samplingTrigger: failed === null ? null : failed >= 2,
      majorReportsOpen: reportsByOrg.get(o.id) ?? 0,
    });
  }
  return out;
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

/** The ledger each sort key and flag reads (null: the major-risk reports, always computed). */
const INDICATOR_LEDGER: Record<Exclude<SortKey, "name"> | FlagKey, Ledger | null> = {
  dailyCompletion: "daily",
  dailyBelow90: "daily",
  weeklyMissing: "weekly",
  monthlyMissing: "monthly",
  openHazards: "hazards",
  overdueHazards: "hazards",
  majorHazards: "hazards",
  certificates: "certificates",
  failedSamplings: "sampling",
  samplingTrigger: "sampling",
  majorReports: null,
};

/** The ledgers a sort and a set of flags need: only these are evaluated for every granted enterprise. */
export function ledgersToRank(sort: SortKey, flags: readonly FlagKey[]): Set<Ledger> {
  const keys = [...(sort === "name" ? [] : [sort]), ...flags];
  return new Set(keys.flatMap((k) => INDICATOR_LEDGER[k] ?? []));
}

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
