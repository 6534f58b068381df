// In-app reminders for the routines. `remindersTick` is pure apart from the database: given
// `now` it writes each due/overdue reminder once (Notification.dedupeKey), so running it every
// few minutes from the scheduler, or twice at once, never duplicates a reminder.
import { addDays, endOfLocalDayUtc, isWorkingDay, isoWeekKey, monthOf, type Role } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { parseRolesJson } from "../members/roles.ts";
import { periodRecordStatus } from "./due.ts";
import { orgClock, planSheets, type OrgClock } from "./items.ts";
import { loadDuties, officerDueOn, orgDueOn, type Duties } from "../periods/duty.ts";

export const REMINDER_KINDS = [
  "daily_due",
  "daily_missing",
  "weekly_due",
  "weekly_overdue",
  "monthly_due",
  "monthly_overdue",
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const TITLES: Record<ReminderKind, string> = {
  daily_due: "今日检查待完成",
  daily_missing: "每日检查记录缺失",
  weekly_due: "本周排查报告今日到期",
  weekly_overdue: "周排查报告已逾期",
  monthly_due: "本月调度会议纪要今日到期",
  monthly_overdue: "月调度会议纪要已逾期",
};

interface Member {
  userId: string;
  roles: Role[];
}

/** A reminder the tick would write unless one with the same person and dedupe key exists. */
interface Candidate {
  userId: string;
  kind: ReminderKind;
  ref: string;
  dueAt: Date | null;
}

/** Writes the candidates not written before (Notification's unique (userId, dedupeKey)): one read
 * of the existing keys and one insert for the organisation, however many members it has. */
async function notifyAll(db: Db, orgId: string, candidates: Candidate[]): Promise<number> {
  if (candidates.length === 0) return 0;
  const keyOf = (c: Candidate) => `${c.kind}:${c.ref}`;
  const existing = await db.notification.findMany({
    // Not scoped to the organisation: the key is unique per person (as the insert below is).
    where: {
      userId: { in: [...new Set(candidates.map((c) => c.userId))] },
      dedupeKey: { in: [...new Set(candidates.map(keyOf))] },
    },
    select: { userId: true, dedupeKey: true },
  });
  const written = new Set(existing.map((n) => `${n.userId} ${n.dedupeKey}`));
  const fresh = candidates.filter((c) => !written.has(`${c.userId} ${keyOf(c)}`));
  if (fresh.length === 0) return 0;
  await db.notification.createMany({
    data: fresh.map((c) => ({
      organizationId: orgId,
      userId: c.userId,
      kind: c.kind,
      title: TITLES[c.kind],
      refsJson: JSON.stringify({ ref: c.ref }),
      dedupeKey: keyOf(c),
      dueAt: c.dueAt,
    })),
  });
  return fresh.length;
}

/** The last working day before `day` within a fortnight, or null. */
function previousWorkingDay(clock: OrgClock, day: string): string | null {
  for (let i = 1; i <= 14; i++) {
    const d = addDays(day, -i);
    if (isWorkingDay(d, clock.calendar)) return d;
  }
  return null;
}

async function officerReminders(
  db: Db,
  clock: OrgClock,
  duties: Duties,
  m: Member,
  submitted: Set<string>,
): Promise<Candidate[]> {
  const out: Candidate[] = [];
  const hasDue = async (day: string) =>
    (await db.$transaction((tx) => planSheets(tx, clock, m.userId, m.roles, day))).some((s) =>
      s.items.some((i) => i.state === "due_today"),
    );
  if (
    isWorkingDay(clock.today, clock.calendar) &&
    officerDueOn(duties, m.userId, clock.today) &&
    !submitted.has(`${m.userId} ${clock.today}`) &&
    (await hasDue(clock.today))
  )
    out.push({
      userId: m.userId,
      kind: "daily_due",
      ref: clock.today,
      dueAt: endOfLocalDayUtc(clock.today, clock.timeZone),
    });
  const prev = previousWorkingDay(clock, clock.today);
  if (prev && officerDueOn(duties, m.userId, prev) && !submitted.has(`${m.userId} ${prev}`) && (await hasDue(prev)))
    out.push({ userId: m.userId, kind: "daily_missing", ref: prev, dueAt: null });
  return out;
}

type RoleReminder = Omit<Candidate, "userId">;

/** The weekly and monthly reminders due at the organisation's today, by the role they go to: the
 * same for every director (weekly) and every principal (monthly), so read once per organisation. */
async function periodReminders(
  db: Db,
  clock: OrgClock,
  duties: Duties,
): Promise<{ director: RoleReminder[]; principal: RoleReminder[] }> {
  const director: RoleReminder[] = [];
  const endOfToday = endOfLocalDayUtc(clock.today, clock.timeZone);
  const weeks = [clock.today, addDays(clock.today, -7)].map((day) => {
    const key = isoWeekKey(day);
    const [y, w] = key.split("-W").map(Number);
    return { day, key, isoYear: y ?? 0, isoWeek: w ?? 0 };
  });
  const reports = await db.weeklyReport.findMany({
    where: {
      organizationId: clock.id,
      status: { not: "draft" },
      OR: weeks.map((w) => ({ isoYear: w.isoYear, isoWeek: w.isoWeek })),
    },
    select: { isoYear: true, isoWeek: true, signedAt: true },
  });
  for (const week of weeks) {
    const report = reports.find((r) => r.isoYear === week.isoYear && r.isoWeek === week.isoWeek);
    const s = periodRecordStatus(
      "weekly",
      week.day,
      clock.today,
      clock.calendar,
      report?.signedAt ?? null,
      clock.timeZone,
    );
    if (s.status === "due_today") director.push({ kind: "weekly_due", ref: week.key, dueAt: endOfToday });
    if (s.status === "overdue" && orgDueOn(duties, s.dueDate ?? week.day))
      director.push({ kind: "weekly_overdue", ref: week.key, dueAt: null });
  }
  const principal: RoleReminder[] = [];
  const thisMonth = monthOf(clock.today);
  const months = [thisMonth, monthOf(addDays(thisMonth.start, -1))];
  const meetings = await db.monthlyMeeting.findMany({
    where: { organizationId: clock.id, month: { in: months.map((m) => m.month) } },
    select: { month: true, signedAt: true },
  });
  for (const month of months) {
    const meeting = meetings.find((r) => r.month === month.month);
    const s = periodRecordStatus(
      "monthly",
      month.start,
      clock.today,
      clock.calendar,
      meeting?.signedAt ?? null,
      clock.timeZone,
    );
    if (s.status === "due_today") principal.push({ kind: "monthly_due", ref: month.month, dueAt: endOfToday });
    if (s.status === "overdue" && orgDueOn(duties, s.dueDate ?? month.end))
      principal.push({ kind: "monthly_overdue", ref: month.month, dueAt: null });
  }
  return { director, principal };
}

/** One organisation's reminders at `now`; returns how many new reminders were written. A fixed
 * number of statements for the organisation, plus the plan of each officer who has not submitted. */
export async function remindOrganization(db: Db, organizationId: string, now: Date): Promise<number> {
  const [clock, duties] = await Promise.all([orgClock(db, organizationId, now), loadDuties(db, organizationId)]);
  const members = await db.membership.findMany({
    where: { organizationId, status: "active" },
    select: { userId: true, rolesJson: true },
  });
  const prev = previousWorkingDay(clock, clock.today);
  const runs = await db.dailyCheckRun.findMany({
    where: {
      organizationId,
      checkDate: { in: prev ? [clock.today, prev] : [clock.today] },
      submittedAt: { not: null },
    },
    select: { officerUserId: true, checkDate: true },
  });
  const submitted = new Set(runs.map((r) => `${r.officerUserId} ${r.checkDate}`));
  const periods = await periodReminders(db, clock, duties);
  const candidates: Candidate[] = [];
  for (const row of members) {
    const m: Member = { userId: row.userId, roles: parseRolesJson(row.rolesJson) };
    if (m.roles.includes("officer")) candidates.push(...(await officerReminders(db, clock, duties, m, submitted)));
    if (m.roles.includes("director")) candidates.push(...periods.director.map((c) => ({ ...c, userId: m.userId })));
    if (m.roles.includes("principal")) candidates.push(...periods.principal.map((c) => ({ ...c, userId: m.userId })));
  }
  return notifyAll(db, organizationId, candidates);
}

export interface ReminderView {
  id: string;
  kind: string;
  title: string;
  ref: string | null;
  /** The record the reminder is about (hazard, staff_proposal, daily_check_run, …), when it names one. */
  entityType: string | null;
  entityId: string | null;
  dueAt: Date | null;
  readAt: Date | null;
  createdAt: Date;
}

export async function listReminders(
  db: Db,
  organizationId: string,
  userId: string,
  limit = 30,
): Promise<{ unread: number; items: ReminderView[] }> {
  const rows = await db.notification.findMany({
    where: { organizationId, userId },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  const unread = await db.notification.count({ where: { organizationId, userId, readAt: null } });
  return {
    unread,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      ref: (JSON.parse(r.refsJson) as { ref?: string }).ref ?? null,
      entityType: r.entityType,
      entityId: r.entityId,
      dueAt: r.dueAt,
      readAt: r.readAt,
      createdAt: r.createdAt,
    })),
  };
}

export async function markReminderRead(
  db: Db,
  organizationId: string,
  userId: string,
  id: string,
  now: Date,
): Promise<void> {
  const updated = await db.notification.updateMany({
    where: { id, organizationId, userId, readAt: null },
    data: { readAt: now },
  });
  if (updated.count === 0 && (await db.notification.count({ where: { id, organizationId, userId } })) === 0)
    throw new AppError("RECORD_NOT_FOUND");
}
