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

async function notify(
  db: Db,
  orgId: string,
  userId: string,
  kind: ReminderKind,
  ref: string,
  dueAt: Date | null,
): Promise<boolean> {
  const dedupeKey = `${kind}:${ref}`;
  const existing = await db.notification.findUnique({
    where: { userId_dedupeKey: { userId, dedupeKey } },
    select: { id: true },
  });
  if (existing) return false;
  await db.notification.createMany({
    data: [
      { organizationId: orgId, userId, kind, title: TITLES[kind], refsJson: JSON.stringify({ ref }), dedupeKey, dueAt },
    ],
  });
  return true;
}

/** The last working day before `day` within a fortnight, or null. */
function previousWorkingDay(clock: OrgClock, day: string): string | null {
  for (let i = 1; i <= 14; i++) {
    const d = addDays(day, -i);
    if (isWorkingDay(d, clock.calendar)) return d;
  }
  return null;
}

async function officerReminders(db: Db, clock: OrgClock, duties: Duties, m: Member): Promise<number> {
  let created = 0;
  const submittedOn = async (day: string) =>
    (await db.dailyCheckRun.count({
      where: { organizationId: clock.id, officerUserId: m.userId, checkDate: day, submittedAt: { not: null } },
    })) > 0;
  const hasDue = async (day: string) =>
    (await db.$transaction((tx) => planSheets(tx, clock, m.userId, m.roles, day))).some((s) =>
      s.items.some((i) => i.state === "due_today"),
    );
  if (
    isWorkingDay(clock.today, clock.calendar) &&
    officerDueOn(duties, m.userId, clock.today) &&
    !(await submittedOn(clock.today)) &&
    (await hasDue(clock.today))
  ) {
    if (await notify(db, clock.id, m.userId, "daily_due", clock.today, endOfLocalDayUtc(clock.today, clock.timeZone)))
      created++;
  }
  const prev = previousWorkingDay(clock, clock.today);
  if (prev && officerDueOn(duties, m.userId, prev) && !(await submittedOn(prev)) && (await hasDue(prev))) {
    if (await notify(db, clock.id, m.userId, "daily_missing", prev, null)) created++;
  }
  return created;
}

async function periodReminders(db: Db, clock: OrgClock, duties: Duties, m: Member): Promise<number> {
  let created = 0;
  if (m.roles.includes("director")) {
    const lastWeekDay = addDays(clock.today, -7);
    for (const [day, dueKind, overdueKind] of [
      [clock.today, "weekly_due", "weekly_overdue"],
      [lastWeekDay, "weekly_due", "weekly_overdue"],
    ] as const) {
      const key = isoWeekKey(day);
      const [y, w] = key.split("-W").map(Number);
      const report = await db.weeklyReport.findFirst({
        where: { organizationId: clock.id, isoYear: y, isoWeek: w, status: { not: "draft" } },
        select: { signedAt: true },
      });
      const s = periodRecordStatus(
        "weekly",
        day,
        clock.today,
        clock.calendar,
        report?.signedAt ?? null,
        clock.timeZone,
      );
      if (
        s.status === "due_today" &&
        (await notify(db, clock.id, m.userId, dueKind, key, endOfLocalDayUtc(clock.today, clock.timeZone)))
      )
        created++;
      if (
        s.status === "overdue" &&
        orgDueOn(duties, s.dueDate ?? day) &&
        (await notify(db, clock.id, m.userId, overdueKind, key, null))
      )
        created++;
    }
  }
  if (m.roles.includes("principal")) {
    const thisMonth = monthOf(clock.today);
    for (const month of [thisMonth, monthOf(addDays(thisMonth.start, -1))]) {
      const meeting = await db.monthlyMeeting.findUnique({
        where: { organizationId_month: { organizationId: clock.id, month: month.month } },
        select: { signedAt: true },
      });
      const s = periodRecordStatus(
        "monthly",
        month.start,
        clock.today,
        clock.calendar,
        meeting?.signedAt ?? null,
        clock.timeZone,
      );
      if (
        s.status === "due_today" &&
        (await notify(
          db,
          clock.id,
          m.userId,
          "monthly_due",
          month.month,
          endOfLocalDayUtc(clock.today, clock.timeZone),
        ))
      )
        created++;
      if (
        s.status === "overdue" &&
        orgDueOn(duties, s.dueDate ?? month.end) &&
        (await notify(db, clock.id, m.userId, "monthly_overdue", month.month, null))
      )
        created++;
    }
  }
  return created;
}

/** One organisation's reminders at `now`; returns how many new reminders were written. */
export async function remindOrganization(db: Db, organizationId: string, now: Date): Promise<number> {
  const [clock, duties] = await Promise.all([orgClock(db, organizationId, now), loadDuties(db, organizationId)]);
  const members = await db.membership.findMany({
    where: { organizationId, status: "active" },
    select: { userId: true, rolesJson: true },
  });
  let created = 0;
  for (const row of members) {
    const m: Member = { userId: row.userId, roles: parseRolesJson(row.rolesJson) };
    if (m.roles.includes("officer")) created += await officerReminders(db, clock, duties, m);
    created += await periodReminders(db, clock, duties, m);
  }
  return created;
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
