// Which calendar days are closed (ADR 015): past days (before the organisation's today) and the
// days of an ISO week whose weekly report, or a month whose minutes, is signed. Their working/rest
// status is what the records and the indicators were computed with.
import { addDays, isoWeekOf, localDate, monthOf } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { AppError } from "../errors.ts";

type ClosedDb = Pick<Db | Tx, "organization" | "weeklyReport" | "monthlyMeeting">;

export interface ClosedPeriods {
  today: string;
  isClosed: (day: string) => boolean;
  /** The first day on or after today that is not closed (where a new weekly pattern starts). */
  firstOpenDay: string;
}

export async function closedPeriods(db: ClosedDb, organizationId: string, now: Date): Promise<ClosedPeriods> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { timeZone: true } });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  const today = localDate(now, org.timeZone);
  // Only signed periods reaching today or later matter: everything before today is closed anyway.
  const [weeks, months] = await Promise.all([
    db.weeklyReport.findMany({
      where: { organizationId, status: { not: "draft" }, periodEnd: { gte: today } },
      select: { periodStart: true, periodEnd: true },
    }),
    db.monthlyMeeting.findMany({
      where: { organizationId, status: { not: "draft" }, month: { gte: monthOf(today).month } },
      select: { month: true },
    }),
  ]);
  const signedWeeks = new Set(weeks.map((w) => w.periodStart));
  const signedMonths = new Set(months.map((m) => m.month));
  const isClosed = (day: string) =>
    day < today || signedWeeks.has(isoWeekOf(day).start) || signedMonths.has(monthOf(day).month);
  let firstOpenDay = today;
  while (isClosed(firstOpenDay)) firstOpenDay = addDays(firstOpenDay, 1);
  return { today, isClosed, firstOpenDay };
}
