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
import { orgClock, type OrgClock } from "../routines/items.ts";
import { loadDuties, officerDueOn, type Duties } from "./duty.ts";
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

/** The indicator's window: the last 30 working days of the enterprise calendar before today. */
export function dailyWindow(clock: Pick<OrgClock, "today" | "calendar">): string[] {
  // 30 working days fit in 120 calendar days even around the Spring Festival.
  return workingDaysIn(addDays(clock.today, -120), addDays(clock.today, -1), clock.calendar).slice(
    -DAILY_WINDOW_WORKING_DAYS,
  );
}

/** The earliest day `dailyWindow` can start at (what a set-based read must reach back to). */
export function dailyWindowReach(today: string): string {
  return addDays(today, -120);
}

/** The 日管控 indicator from the window's officer-day statuses (daily-read.ts officerDayStatuses). */
export function dailyIndicatorOf(
  days: readonly string[],
  statuses: ReadonlyArray<{ date: string; officerUserId: string; status: string }>,
  duties: Duties,
): DailyIndicator {
  const from = days[0] ?? null;
  const to = days.at(-1) ?? null;
  if (from === null || to === null)
    return { from, to, due: 0, completed: 0, late: 0, notOperating: 0, missed: 0, rate: null };
  const inWindow = new Set(days);
  // A record submitted for a day that was not due (before an appointment) is shown, never counted.
  const rows = statuses.filter((r) => inWindow.has(r.date) && officerDueOn(duties, r.officerUserId, r.date));
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

export async function dailyIndicator(db: Db, organizationId: string, now: Date): Promise<DailyIndicator> {
  const clock = await orgClock(db, organizationId, now);
  const days = dailyWindow(clock);
  const from = days[0];
  const to = days.at(-1);
  const duties = await loadDuties(db, organizationId);
  if (from === undefined || to === undefined) return dailyIndicatorOf(days, [], duties);
  const ledger = await dailyLedger(db, organizationId, { from, to }, now);
  return dailyIndicatorOf(days, ledger, duties);
}

export interface PeriodIndicator {
  /** Unsigned after the period's last working day. */
  missing: number;
  /** Signed after the period's last working day. */
  late: number;
}

/** Missed and late periods among the listed weeks or months. */
export function periodIndicatorOf(rows: ReadonlyArray<{ status: string }>): PeriodIndicator {
  return {
    missing: rows.filter((r) => r.status === "overdue").length,
    late: rows.filter((r) => r.status === "signed_late").length,
  };
}

export async function weeklyIndicator(db: Db, organizationId: string, now: Date): Promise<PeriodIndicator> {
  return periodIndicatorOf(await listWeeks(db, organizationId, now, WEEKLY_WINDOW));
}

export async function monthlyIndicator(db: Db, organizationId: string, now: Date): Promise<PeriodIndicator> {
  return periodIndicatorOf(await listMonths(db, organizationId, now, MONTHLY_WINDOW));
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
  return hazardIndicatorOf(
    groups.map((g) => ({ severity: g.severity, count: g._count._all })),
    overdue,
  );
}

/** Open hazards by severity (unknown severities ignored) and the overdue count. */
export function hazardIndicatorOf(
  groups: ReadonlyArray<{ severity: string; count: number }>,
  overdue: number,
): HazardIndicator {
  const bySeverity: Record<HazardSeverity, number> = { general: 0, significant: 0, major: 0 };
  for (const g of groups) if (g.severity in bySeverity) bySeverity[g.severity as HazardSeverity] += g.count;
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
