// The /app dashboard's figures: today's daily records across officers (the routines' ledger), this week's report and
// this month's meeting, open hazards by severity and age, overdue hazards, proposals waiting
// for the principal and major-risk reports still in draft.
import {
  dayNumber,
  isOverdue,
  isWorkingDay,
  isoWeekKey,
  isoWeekOf,
  localDate,
  monthOf,
  type HazardSeverity,
  type HazardStatus,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { loadCalendar } from "../routines/calendar.ts";
import { periodRecordStatus, type PeriodRecordStatus } from "../routines/due.ts";
import { dailyLedger } from "../routines/daily-read.ts";
import {
  dailyIndicator,
  hazardIndicator,
  monthlyIndicator,
  weeklyIndicator,
  type RoutineIndicators,
} from "../periods/indicators.ts";
import { COUNTED_HAZARDS } from "../hazards/ledger.ts";

export const AGE_BUCKETS = ["d0_7", "d8_30", "d31_90", "d90_plus"] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export function ageBucket(ageDays: number): AgeBucket {
  if (ageDays <= 7) return "d0_7";
  if (ageDays <= 30) return "d8_30";
  if (ageDays <= 90) return "d31_90";
  return "d90_plus";
}

export interface OfficerToday {
  userId: string;
  name: string;
  due: boolean;
  submitted: boolean;
  late: boolean;
}

export interface DashboardData {
  today: string;
  workingDay: boolean;
  daily: { due: number; submitted: number; officers: OfficerToday[] };
  week: { key: string; status: PeriodRecordStatus; dueDate: string | null };
  month: { key: string; status: PeriodRecordStatus; dueDate: string | null };
  hazards: {
    open: number;
    bySeverity: Record<HazardSeverity, number>;
    byAge: Record<AgeBucket, number>;
    overdue: number;
    overdueList: Array<{
      id: string;
      hazardNo: string;
      title: string;
      severity: HazardSeverity;
      dueDate: string;
      daysOverdue: number;
      ownerName: string | null;
    }>;
  };
  proposals: { pending: number; oldestPendingHours: number | null };
  majorReportDrafts: number;
  /** The indicators the regulator sees, by the same definitions (periods/indicators.ts). */
  indicators: Pick<RoutineIndicators, "daily" | "weekly" | "monthly">;
}

/** Today's daily records per officer, by the routines' own day rules (missed, late, not operating). */
async function dailyToday(db: Db, organizationId: string, today: string, now: Date): Promise<DashboardData["daily"]> {
  const days = await dailyLedger(db, organizationId, { from: today, to: today }, now);
  const rows: OfficerToday[] = days
    .map((d) => ({
      userId: d.officerUserId,
      name: d.officerName,
      due: true,
      submitted: DONE.has(d.status),
      late: d.status === "late",
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  return { due: rows.length, submitted: rows.filter((r) => r.submitted).length, officers: rows };
}

const DONE: ReadonlySet<string> = new Set(["done", "late", "not_operating"]);

export async function dashboardData(
  db: Db,
  clock: { organizationId: string; timeZone: string; now: Date },
): Promise<DashboardData> {
  const orgId = clock.organizationId;
  const now = clock.now;
  const today = localDate(now, clock.timeZone);
  const cal = await loadCalendar(db, orgId);
  const workingDay = isWorkingDay(today, cal);
  const week = isoWeekOf(today);
  const month = monthOf(today);
  const [weekly, meeting, openHazards, pending, drafts, hazardCounts, dailyWindow, weeks, months] = await Promise.all([
    db.weeklyReport.findFirst({
      where: { organizationId: orgId, isoYear: week.isoYear, isoWeek: week.isoWeek },
      select: { signedAt: true },
    }),
    db.monthlyMeeting.findFirst({ where: { organizationId: orgId, month: month.month }, select: { signedAt: true } }),
    db.hazard.findMany({
      where: { organizationId: orgId, status: { not: "closed" }, ...COUNTED_HAZARDS },
      select: {
        id: true,
        hazardNo: true,
        title: true,
        severity: true,
        status: true,
        dueDate: true,
        createdAt: true,
        owner: { select: { name: true } },
      },
    }),
    db.staffProposal.findMany({ where: { organizationId: orgId, status: "pending" }, select: { proposedAt: true } }),
    db.majorRiskReport.count({ where: { organizationId: orgId, status: "draft" } }),
    hazardIndicator(db, orgId, today),
    dailyIndicator(db, orgId, now),
    weeklyIndicator(db, orgId, now),
    monthlyIndicator(db, orgId, now),
  ]);
  const byAge: Record<AgeBucket, number> = { d0_7: 0, d8_30: 0, d31_90: 0, d90_plus: 0 };
  const overdueList: DashboardData["hazards"]["overdueList"] = [];
  for (const h of openHazards) {
    const severity = h.severity as HazardSeverity;
    byAge[ageBucket(dayNumber(today) - dayNumber(localDate(h.createdAt, clock.timeZone)))] += 1;
    if (isOverdue({ status: h.status as HazardStatus, dueDate: h.dueDate }, today)) {
      overdueList.push({
        id: h.id,
        hazardNo: h.hazardNo,
        title: h.title,
        severity,
        dueDate: h.dueDate,
        daysOverdue: dayNumber(today) - dayNumber(h.dueDate),
        ownerName: h.owner?.name ?? null,
      });
    }
  }
  overdueList.sort((a, b) => b.daysOverdue - a.daysOverdue);
  const oldest = pending.reduce<Date | null>((m, p) => (m === null || p.proposedAt < m ? p.proposedAt : m), null);
  return {
    today,
    workingDay,
    daily: await dailyToday(db, orgId, today, now),
    week: {
      key: isoWeekKey(today),
      ...periodRecordStatus("weekly", today, today, cal, weekly?.signedAt ?? null, clock.timeZone),
    },
    month: {
      key: month.month,
      ...periodRecordStatus("monthly", today, today, cal, meeting?.signedAt ?? null, clock.timeZone),
    },
    hazards: {
      open: hazardCounts.open,
      bySeverity: hazardCounts.bySeverity,
      byAge,
      overdue: hazardCounts.overdue,
      overdueList: overdueList.slice(0, 10),
    },
    proposals: {
      pending: pending.length,
      oldestPendingHours: oldest ? Math.round((now.getTime() - oldest.getTime()) / 3_600_000) : null,
    },
    majorReportDrafts: drafts,
    indicators: { daily: dailyWindow, weekly: weeks, monthly: months },
  };
}
