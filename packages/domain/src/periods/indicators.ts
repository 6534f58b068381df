// The routine and hazard indicators, defined once and used by the enterprise dashboard and the
// regulator portal alike (ADR 015).
// - 日管控完成率（近30个工作日）: the last 30 working days of the enterprise calendar before today;
//   each officer-day due on them (periods/duty.ts: on/after the 启用日期, inside the officer's
//   appointment) counts once; a day is completed when a record was submitted for it (on time,
//   late or "not operating"). Rate = floor(completed / due × 100), so 100 % means every due day
//   was submitted; null when nothing was due. Late and missed officer-days are counted alongside.
// - Missed weekly reports / monthly minutes: the last 12 ISO weeks / 6 months that fell due on or
//   after the 启用日期 and are still unsigned after their last working day.
// - Open hazards (not closed) by severity; overdue: open with a due date before today.
import { addDays, workingDaysIn, type HazardSeverity } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { dailyLedger } from "../routines/daily-read.ts";
import { orgClock } from "../routines/items.ts";
import { loadDuties, officerDueOn } from "./duty.ts";
import { listMonths } from "../routines/monthly-read.ts";
import { listWeeks } from "../routines/weekly.ts";
import { COUNTED_HAZARDS } from "../hazards/ledger.ts";

export const DAILY_WINDOW_WORKING_DAYS = 30;
export const WEEKLY_WINDOW = 12;
export const MONTHLY_WINDOW = 6;

export interface DailyIndicator {
  /** The window's first and last working day (null when the calendar has none in reach). */
  from: string | null;
  to: string | null;
  due: number;
  completed: number;
  late: number;
  notOperating: number;
  missed: number;
  /** floor(completed / due × 100); null when nothing was due. */
  rate: number | null;
}

export async function dailyIndicator(db: Db, organizationId: string, now: Date): Promise<DailyIndicator> {
  const clock = await orgClock(db, organizationId, now);
  // 30 working days fit in 120 calendar days even around the Spring Festival.
  const days = workingDaysIn(addDays(clock.today, -120), addDays(clock.today, -1), clock.calendar).slice(
    -DAILY_WINDOW_WORKING_DAYS,
  );
  const from = days[0] ?? null;
  const to = days.at(-1) ?? null;
  const empty = { from, to, due: 0, completed: 0, late: 0, notOperating: 0, missed: 0, rate: null };
  if (from === null || to === null) return empty;
  const inWindow = new Set(days);
  const [ledger, duties] = await Promise.all([
    dailyLedger(db, organizationId, { from, to }, now),
    loadDuties(db, organizationId),
  ]);
  // A record submitted for a day that was not due (before an appointment) is shown, never counted.
  const rows = ledger.filter((r) => inWindow.has(r.date) && officerDueOn(duties, r.officerUserId, r.date));
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const late = count("late");
  const notOperating = count("not_operating");
  const completed = count("done") + late + notOperating;
  const due = rows.length;
  return {
    from,
    to,
    due,
    completed,
    late,
    notOperating,
    missed: count("missed"),
    rate: due === 0 ? null : Math.floor((completed * 100) / due),
  };
}

export interface PeriodIndicator {
  /** Unsigned after the period's last working day. */
  missing: number;
  /** Signed after the period's last working day. */
  late: number;
}

export async function weeklyIndicator(db: Db, organizationId: string, now: Date): Promise<PeriodIndicator> {
  const weeks = await listWeeks(db, organizationId, now, WEEKLY_WINDOW);
  return {
    missing: weeks.filter((w) => w.status === "overdue").length,
    late: weeks.filter((w) => w.status === "signed_late").length,
  };
}

export async function monthlyIndicator(db: Db, organizationId: string, now: Date): Promise<PeriodIndicator> {
  const months = await listMonths(db, organizationId, now, MONTHLY_WINDOW);
  return {
    missing: months.filter((m) => m.status === "overdue").length,
    late: months.filter((m) => m.status === "signed_late").length,
  };
}

export interface HazardIndicator {
  open: number;
  bySeverity: Record<HazardSeverity, number>;
  overdue: number;
}

export async function hazardIndicator(db: Db, organizationId: string, today: string): Promise<HazardIndicator> {
  const [groups, overdue] = await Promise.all([
    db.hazard.groupBy({
      by: ["severity"],
      where: { organizationId, status: { not: "closed" }, ...COUNTED_HAZARDS },
      _count: { _all: true },
    }),
    db.hazard.count({
      where: { organizationId, status: { not: "closed" }, dueDate: { lt: today }, ...COUNTED_HAZARDS },
    }),
  ]);
  const bySeverity: Record<HazardSeverity, number> = { general: 0, significant: 0, major: 0 };
  for (const g of groups) if (g.severity in bySeverity) bySeverity[g.severity as HazardSeverity] = g._count._all;
  return { open: bySeverity.general + bySeverity.significant + bySeverity.major, bySeverity, overdue };
}

export interface RoutineIndicators {
  daily: DailyIndicator;
  weekly: PeriodIndicator;
  monthly: PeriodIndicator;
  hazards: HazardIndicator;
}

/** Every routine and hazard indicator of one organisation at `now` (the dashboard's set). */
export async function routineIndicators(db: Db, organizationId: string, now: Date): Promise<RoutineIndicators> {
  const clock = await orgClock(db, organizationId, now);
  const [daily, weekly, monthly, hazards] = await Promise.all([
    dailyIndicator(db, organizationId, now),
    weeklyIndicator(db, organizationId, now),
    monthlyIndicator(db, organizationId, now),
    hazardIndicator(db, organizationId, clock.today),
  ]);
  return { daily, weekly, monthly, hazards };
}
