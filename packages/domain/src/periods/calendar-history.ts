// History is closed (ADR 015). A calendar day is CLOSED when it is past (before the
// organisation's today) or lies in an ISO week whose weekly report, or a month whose minutes, is
// signed. A closed day's working/rest status is what the records and the indicators were computed
// with, so:
// - the weekly pattern (weekdays, public-holiday rule) changes only from the first open day on:
//   the old pattern is kept in the calendar's `history` for the days before it;
// - an own working/rest day in a closed period changes only through `amendCalendarDay`: the
//   principal's reasoned amendment (CalendarAmendment, audited), shown to the regulator in the
//   daily ledger on its date;
// - the 启用日期 moves only earlier, never after today, with a reason (audited).
import { isWorkingDay, localDate, type ActivationDate, type CalendarDayAmend } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { loadCalendar, parseStoredOverrides } from "../routines/calendar.ts";
import { closedPeriods } from "./closed.ts";

export interface CalendarAmendmentView {
  id: string;
  day: string;
  wasWorking: boolean;
  nowWorking: boolean;
  reason: string;
  amendedByName: string;
  at: Date;
}

export interface CalendarHistory {
  activatedOn: string | null;
  today: string;
  /** Days before this one are closed for plain edits (closed signed periods may reach further). */
  firstOpenDay: string;
  amendments: CalendarAmendmentView[];
}

export async function calendarHistory(db: Db, organizationId: string, now: Date): Promise<CalendarHistory> {
  const [org, closed, rows] = await Promise.all([
    db.organization.findUnique({ where: { id: organizationId }, select: { activatedOn: true } }),
    closedPeriods(db, organizationId, now),
    db.calendarAmendment.findMany({
      where: { organizationId },
      orderBy: { at: "desc" },
      take: 100,
      select: {
        id: true,
        day: true,
        wasWorking: true,
        nowWorking: true,
        reason: true,
        at: true,
        amendedBy: { select: { name: true } },
      },
    }),
  ]);
  if (!org) throw new AppError("ORG_NOT_FOUND");
  return {
    activatedOn: org.activatedOn,
    today: closed.today,
    firstOpenDay: closed.firstOpenDay,
    amendments: rows.map(({ amendedBy, ...r }) => ({ ...r, amendedByName: amendedBy.name })),
  };
}

/** The principal changes one closed day to a working or a rest day, with the reason. */
export async function amendCalendarDay(
  db: Db,
  actor: { organizationId: string; userId: string },
  input: CalendarDayAmend,
  now: Date,
): Promise<CalendarAmendmentView> {
  const organizationId = actor.organizationId;
  return db.$transaction(async (tx) => {
    const closed = await closedPeriods(tx, organizationId, now);
    if (!closed.isClosed(input.day))
      throw new AppError("VALIDATION_FAILED", { issues: [{ path: "day", message: "calendar.day_open" }] });
    const wasWorking = isWorkingDay(input.day, await loadCalendar(tx, organizationId));
    if (wasWorking === input.working)
      throw new AppError("VALIDATION_FAILED", { issues: [{ path: "working", message: "calendar.day_unchanged" }] });
    const org = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { calendarOverridesJson: true },
    });
    const stored = parseStoredOverrides(org.calendarOverridesJson);
    const others = (days: string[]) => days.filter((d) => d !== input.day);
    const next = {
      ...stored,
      workingDays: [...others(stored.workingDays), ...(input.working ? [input.day] : [])].sort(),
      restDays: [...others(stored.restDays), ...(input.working ? [] : [input.day])].sort(),
    };
    await tx.organization.update({
      where: { id: organizationId },
      data: { calendarOverridesJson: JSON.stringify(next) },
    });
    const row = await tx.calendarAmendment.create({
      data: {
        organizationId,
        day: input.day,
        wasWorking,
        nowWorking: input.working,
        reason: input.reason,
        amendedByUserId: actor.userId,
        at: now,
      },
      select: { id: true, amendedBy: { select: { name: true } } },
    });
    await recordAudit(tx, {
      organizationId,
      actor: { kind: "user", userId: actor.userId },
      action: "calendar.amend_day",
      entityType: "organization",
      entityId: organizationId,
      data: {
        amendmentId: row.id,
        day: input.day,
        reason: input.reason,
        from: wasWorking ? "working" : "rest",
        to: input.working ? "working" : "rest",
      },
    });
    return {
      id: row.id,
      day: input.day,
      wasWorking,
      nowWorking: input.working,
      reason: input.reason,
      amendedByName: row.amendedBy.name,
      at: now,
    };
  });
}

/** Moves the 启用日期 earlier (admin or principal), never after today; audited with the reason. */
export async function setActivationDate(
  db: Db,
  actor: { organizationId: string; userId: string },
  input: ActivationDate,
  now: Date,
): Promise<{ activatedOn: string }> {
  const organizationId = actor.organizationId;
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({
      where: { id: organizationId },
      select: { activatedOn: true, timeZone: true },
    });
    if (!org) throw new AppError("ORG_NOT_FOUND");
    if (input.activatedOn > localDate(now, org.timeZone))
      throw new AppError("VALIDATION_FAILED", { issues: [{ path: "activatedOn", message: "activation.after_today" }] });
    if (org.activatedOn !== null && input.activatedOn > org.activatedOn)
      throw new AppError("VALIDATION_FAILED", { issues: [{ path: "activatedOn", message: "activation.not_earlier" }] });
    await tx.organization.update({ where: { id: organizationId }, data: { activatedOn: input.activatedOn } });
    await recordAudit(tx, {
      organizationId,
      actor: { kind: "user", userId: actor.userId },
      action: "organization.activation_date",
      entityType: "organization",
      entityId: organizationId,
      data: { from: org.activatedOn, to: input.activatedOn, reason: input.reason },
    });
    return { activatedOn: input.activatedOn };
  });
}
