// The routine and hazard indicators of periods/indicators.ts for a SET of organisations at once:
// one statement per input (officers, appointments, submitted runs, weekly reports, monthly
// minutes, open hazards, overdue hazards) for the whole set, whatever its size, then the very same
// in-memory definitions per organisation (officerDayStatuses, dailyIndicatorOf, weekStatuses,
// monthStatuses, periodIndicatorOf, hazardIndicatorOf). The regulator's enterprise list uses it;
// indicators-set.integration.test.ts holds it equal to the per-organisation functions.
//
// The set is a where fragment on organizationId: a short id list (one page) or a relation filter
// (e.g. "has a live grant to this agency"), which SQLite runs as a subquery — never an id list as
// long as the set, so a thousand organisations cannot hit the bind-variable limit.
import { addDays, localDate, type WorkingCalendarOverrides } from "@anzhi/contracts";
import type { Db, Prisma } from "@anzhi/db";
import { calendarOf, type OrgCalendarColumns } from "../routines/calendar.ts";
import { officerDayStatuses, officersOf } from "../routines/daily-read.ts";
import { monthStatuses, monthsBack } from "../routines/monthly-read.ts";
import { weekStatuses, weeksFrom } from "../routines/weekly.ts";
import { dutiesOf, type Duties } from "./duty.ts";
import {
  dailyIndicatorOf,
  dailyWindow,
  hazardIndicatorOf,
  MONTHLY_WINDOW,
  periodIndicatorOf,
  WEEKLY_WINDOW,
  type DailyIndicator,
  type HazardIndicator,
  type PeriodIndicator,
} from "./indicators.ts";

/** Which organisations a set-based read covers. */
export type OrgSet = { organizationId: { in: string[] } } | { organization: Prisma.OrganizationWhereInput };

/** The organisation columns the indicators need (loaded once by the caller with its list). */
export interface OrgIndicatorColumns extends OrgCalendarColumns {
  id: string;
  timeZone: string;
  activatedOn: string | null;
}

export interface SetClock {
  today: string;
  timeZone: string;
  calendar: WorkingCalendarOverrides;
}

export function setClock(org: OrgIndicatorColumns, now: Date): SetClock {
  return { today: localDate(now, org.timeZone), timeZone: org.timeZone, calendar: calendarOf(org) };
}

/** Organisations with equal keys have equal clocks (and calendar-only results) at `now`. */
function calendarKey(o: OrgIndicatorColumns): string {
  return `${o.timeZone}|${o.workingWeekdays}|${o.followsPublicHolidays}|${o.calendarOverridesJson}`;
}

/**
 * The calendar work (working days, due dates) costs ~1 ms per organisation and is the same for
 * organisations sharing a calendar, so results that depend only on the calendar and the records
 * are memoised per set evaluation by calendar key plus a signature of the inputs.
 */
function memo<T>(): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  return (key, compute) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    cache.set(key, value);
    return value;
  };
}

function clocksOf(orgs: readonly OrgIndicatorColumns[], now: Date): Map<string, SetClock> {
  const byKey = memo<SetClock>();
  return new Map(orgs.map((o) => [o.id, byKey(calendarKey(o), () => setClock(o, now))]));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** A value the evaluation put there itself (every organisation of the set has its entry). */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("set evaluation: missing entry");
  return value;
}

const minOf = (values: string[]): string => values.reduce((a, b) => (b < a ? b : a));
const maxOf = (values: string[]): string => values.reduce((a, b) => (b > a ? b : a));

/** Officer appointments of every organisation of the set, as duties per organisation. */
export async function dutiesForSet(
  db: Pick<Db, "roleAssignment">,
  set: OrgSet,
  orgs: readonly OrgIndicatorColumns[],
): Promise<Map<string, Duties>> {
  const appointments = await db.roleAssignment.findMany({
    where: { ...set, role: "officer", userId: { not: null } },
    select: {
      organizationId: true,
      userId: true,
      appointedOn: true,
      endedOn: true,
      scopes: { select: { siteId: true } },
    },
  });
  const byOrg = groupBy(appointments, (a) => a.organizationId);
  return new Map(
    orgs.map((o) => [
      o.id,
      dutiesOf(
        o.activatedOn,
        (byOrg.get(o.id) ?? []).map((a) => ({
          ...a,
          siteIds: a.scopes.flatMap((s) => (s.siteId ? [s.siteId] : [])),
        })),
      ),
    ]),
  );
}

/** 日管控 of every organisation of the set: three statements (officers, appointments, submitted runs). */
export async function dailyIndicatorsForSet(
  db: Pick<Db, "membership" | "roleAssignment" | "dailyCheckRun">,
  set: OrgSet,
  orgs: readonly OrgIndicatorColumns[],
  now: Date,
  duties?: Map<string, Duties>,
): Promise<Map<string, DailyIndicator>> {
  const out = new Map<string, DailyIndicator>();
  if (orgs.length === 0) return out;
  const clocks = clocksOf(orgs, now);
  const windowOf = memo<string[]>();
  const windows = new Map(orgs.map((o) => [o.id, windowOf(calendarKey(o), () => dailyWindow(must(clocks.get(o.id))))]));
  const bounds = [...windows.values()].filter((d) => d.length > 0);
  const dutyMap = duties ?? (await dutiesForSet(db, set, orgs));
  if (bounds.length === 0) {
    for (const o of orgs) out.set(o.id, dailyIndicatorOf([], [], must(dutyMap.get(o.id))));
    return out;
  }
  const from = minOf(bounds.map((d) => must(d[0])));
  const to = maxOf(bounds.map((d) => must(d.at(-1))));
  const [members, runs] = await Promise.all([
    db.membership.findMany({
      where: { ...set, status: "active" },
      select: { organizationId: true, userId: true, rolesJson: true },
    }),
    // Only submitted records decide a day's status; (checkDate, id) is dailyLedger's order.
    db.dailyCheckRun.findMany({
      where: { ...set, checkDate: { gte: from, lte: to }, submittedAt: { not: null } },
      select: { organizationId: true, officerUserId: true, checkDate: true, operatingStatus: true, submittedAt: true },
      orderBy: [{ checkDate: "asc" }, { id: "asc" }],
    }),
  ]);
  const membersByOrg = groupBy(members, (m) => m.organizationId);
  const runsByOrg = groupBy(runs, (r) => r.organizationId);
  for (const o of orgs) {
    const days = must(windows.get(o.id));
    const orgDuties = must(dutyMap.get(o.id));
    const first = days[0];
    const last = days.at(-1);
    if (first === undefined || last === undefined) {
      out.set(o.id, dailyIndicatorOf(days, [], orgDuties));
      continue;
    }
    const officerIds = officersOf(membersByOrg.get(o.id) ?? []).map((m) => m.userId);
    const officerSet = new Set(officerIds);
    const mine = (runsByOrg.get(o.id) ?? []).filter(
      (r) => officerSet.has(r.officerUserId) && r.checkDate >= first && r.checkDate <= last,
    );
    const statuses =
      officerIds.length === 0
        ? []
        : officerDayStatuses(must(clocks.get(o.id)), orgDuties, officerIds, mine, { from: first, to: last });
    out.set(o.id, dailyIndicatorOf(days, statuses, orgDuties));
  }
  return out;
}

/** Missed/late weekly reports of every organisation of the set: one statement. */
export async function weeklyIndicatorsForSet(
  db: Pick<Db, "weeklyReport">,
  set: OrgSet,
  orgs: readonly OrgIndicatorColumns[],
  now: Date,
  duties: Map<string, Duties>,
): Promise<Map<string, PeriodIndicator>> {
  const out = new Map<string, PeriodIndicator>();
  if (orgs.length === 0) return out;
  const clocks = clocksOf(orgs, now);
  const reach = minOf([...clocks.values()].map((c) => weeksFrom(c.today, WEEKLY_WINDOW)));
  const reports = await db.weeklyReport.findMany({
    where: { ...set, periodStart: { gte: reach } },
    select: { organizationId: true, periodStart: true, isoYear: true, isoWeek: true, status: true, signedAt: true },
  });
  const byOrg = groupBy(reports, (r) => r.organizationId);
  const statusesOf = memo<PeriodIndicator>();
  for (const o of orgs) {
    const clock = must(clocks.get(o.id));
    const since = weeksFrom(clock.today, WEEKLY_WINDOW);
    const mine = (byOrg.get(o.id) ?? []).filter((r) => r.periodStart >= since);
    const orgDuties = must(duties.get(o.id));
    const key = [
      calendarKey(o),
      orgDuties.activatedOn,
      ...mine.map((r) => `${r.isoYear}-${r.isoWeek}:${r.status}:${r.signedAt?.getTime()}`),
    ].join("|");
    out.set(
      o.id,
      statusesOf(key, () => periodIndicatorOf(weekStatuses(clock, orgDuties, mine, WEEKLY_WINDOW))),
    );
  }
  return out;
}

/** Missed/late monthly minutes of every organisation of the set: one statement. */
export async function monthlyIndicatorsForSet(
  db: Pick<Db, "monthlyMeeting">,
  set: OrgSet,
  orgs: readonly OrgIndicatorColumns[],
  now: Date,
  duties: Map<string, Duties>,
): Promise<Map<string, PeriodIndicator>> {
  const out = new Map<string, PeriodIndicator>();
  if (orgs.length === 0) return out;
  const clocks = clocksOf(orgs, now);
  const monthsOf = memo<ReturnType<typeof monthsBack>>();
  const windows = new Map(
    orgs.map((o) => {
      const today = must(clocks.get(o.id)).today;
      return [o.id, monthsOf(today, () => monthsBack(today, MONTHLY_WINDOW))];
    }),
  );
  const months = [...new Set([...windows.values()].flatMap((ms) => ms.map((m) => m.month)))];
  const meetings = await db.monthlyMeeting.findMany({
    where: { ...set, month: { in: months } },
    select: { organizationId: true, month: true, signedAt: true },
  });
  const byOrg = groupBy(meetings, (m) => m.organizationId);
  const statusesOf = memo<PeriodIndicator>();
  for (const o of orgs) {
    const window = must(windows.get(o.id));
    const inWindow = new Set(window.map((m) => m.month));
    const mine = (byOrg.get(o.id) ?? []).filter((m) => inWindow.has(m.month));
    const orgDuties = must(duties.get(o.id));
    const key = [calendarKey(o), orgDuties.activatedOn, ...mine.map((m) => `${m.month}:${m.signedAt?.getTime()}`)].join(
      "|",
    );
    out.set(
      o.id,
      statusesOf(key, () => periodIndicatorOf(monthStatuses(must(clocks.get(o.id)), orgDuties, window, mine))),
    );
  }
  return out;
}

/** Open hazards by severity and overdue hazards of every organisation of the set: two statements. */
export async function hazardIndicatorsForSet(
  db: Pick<Db, "hazard">,
  set: OrgSet,
  orgs: readonly OrgIndicatorColumns[],
  now: Date,
): Promise<Map<string, HazardIndicator>> {
  const out = new Map<string, HazardIndicator>();
  if (orgs.length === 0) return out;
  const todays = new Map(orgs.map((o) => [o.id, localDate(now, o.timeZone)]));
  const latest = maxOf([...todays.values()]);
  const [groups, dated] = await Promise.all([
    db.hazard.groupBy({
      by: ["organizationId", "severity"],
      where: { ...set, status: { not: "closed" } },
      _count: { _all: true },
    }),
    // Overdue is "due before the organisation's own today": grouped by due date, compared below.
    db.hazard.groupBy({
      by: ["organizationId", "dueDate"],
      where: { ...set, status: { not: "closed" }, dueDate: { lt: latest } },
      _count: { _all: true },
    }),
  ]);
  const groupsByOrg = groupBy(groups, (g) => g.organizationId);
  const datedByOrg = groupBy(dated, (g) => g.organizationId);
  for (const o of orgs) {
    const today = must(todays.get(o.id));
    const overdue = (datedByOrg.get(o.id) ?? [])
      .filter((g) => g.dueDate < today)
      .reduce((n, g) => n + g._count._all, 0);
    out.set(
      o.id,
      hazardIndicatorOf(
        (groupsByOrg.get(o.id) ?? []).map((g) => ({ severity: g.severity, count: g._count._all })),
        overdue,
      ),
    );
  }
  return out;
}

/** The earliest day any organisation of the set could need (e.g. for a lookback of `days`). */
export function earliestToday(orgs: readonly OrgIndicatorColumns[], now: Date, days = 0): string {
  return addDays(minOf(orgs.map((o) => localDate(now, o.timeZone))), -days);
}
