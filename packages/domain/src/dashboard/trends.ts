// The dashboard's trends, each by the definitions the indicators already use (ADR 015, ADR 036):
// - daily completion per working day over the 30 working days of the 日管控 indicator's window
//   (the enterprise calendar, in its time zone): each day is `dailyIndicatorOf` for that one day,
//   so the 30 days add up to the indicator the regulator sees;
// - hazards opened and closed per ISO week over the last 12 weeks (this week included), by the
//   local day of createdAt / closedAt;
// - open overdue hazards by how many days they are past their due date.
// A fixed number of statements whatever the data: one ledger read for the window, one hazard read
// bounded by the 12 weeks, one for the overdue ones, all scoped to the organisation.
import { addDays, dayNumber, isoWeekKey, isoWeekOf, localDate, startOfLocalDayUtc } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { COUNTED_HAZARDS } from "../hazards/ledger.ts";
import { loadDuties } from "../periods/duty.ts";
import { WEEKLY_WINDOW, dailyIndicatorOf, dailyWindow } from "../periods/indicators.ts";
import { dailyLedger } from "../routines/daily-read.ts";
import { orgClock } from "../routines/items.ts";
import { AGE_BUCKETS, ageBucket, type AgeBucket } from "./dashboard.ts";

export interface DailyTrendDay {
  date: string;
  due: number;
  completed: number;
  /** floor(completed / due × 100); null when nothing was due that day. */
  rate: number | null;
}

export interface HazardWeek {
  /** "2026-W48" */
  week: string;
  /** Monday of the week */
  start: string;
  opened: number;
  closed: number;
}

export interface DashboardTrends {
  daily: DailyTrendDay[];
  hazardWeeks: HazardWeek[];
  overdueByAge: Record<AgeBucket, number>;
}

export async function dashboardTrends(db: Db, clock: { organizationId: string; now: Date }): Promise<DashboardTrends> {
  const { organizationId, now } = clock;
  const org = await orgClock(db, organizationId, now);
  const days = dailyWindow(org);
  const firstMonday = addDays(isoWeekOf(org.today).start, -7 * (WEEKLY_WINDOW - 1));
  const since = startOfLocalDayUtc(firstMonday, org.timeZone);
  const [duties, ledger, changed, overdue] = await Promise.all([
    loadDuties(db, organizationId),
    days.length > 0
      ? dailyLedger(db, organizationId, { from: days[0] ?? "", to: days.at(-1) ?? "" }, now)
      : Promise.resolve([]),
    db.hazard.findMany({
      where: { organizationId, ...COUNTED_HAZARDS, OR: [{ createdAt: { gte: since } }, { closedAt: { gte: since } }] },
      select: { createdAt: true, closedAt: true },
    }),
    db.hazard.findMany({
      where: { organizationId, status: { not: "closed" }, dueDate: { lt: org.today }, ...COUNTED_HAZARDS },
      select: { dueDate: true },
    }),
  ]);

  const daily = days.map((date) => {
    const one = dailyIndicatorOf([date], ledger, duties);
    return { date, due: one.due, completed: one.completed, rate: one.rate };
  });

  const hazardWeeks: HazardWeek[] = Array.from({ length: WEEKLY_WINDOW }, (_, i) => {
    const start = addDays(firstMonday, 7 * i);
    return { week: isoWeekKey(start), start, opened: 0, closed: 0 };
  });
  const weekIndex = (instant: Date): number | null => {
    const i = Math.floor((dayNumber(localDate(instant, org.timeZone)) - dayNumber(firstMonday)) / 7);
    return i >= 0 && i < WEEKLY_WINDOW ? i : null;
  };
  for (const h of changed) {
    const opened = weekIndex(h.createdAt);
    if (opened !== null) (hazardWeeks[opened] as HazardWeek).opened += 1;
    const closed = h.closedAt ? weekIndex(h.closedAt) : null;
    if (closed !== null) (hazardWeeks[closed] as HazardWeek).closed += 1;
  }

  const overdueByAge = Object.fromEntries(AGE_BUCKETS.map((b) => [b, 0])) as Record<AgeBucket, number>;
  for (const h of overdue) overdueByAge[ageBucket(dayNumber(org.today) - dayNumber(h.dueDate))] += 1;

  return { daily, hazardWeeks, overdueByAge };
}
