// Due-date rules of the statutory routines (pure; every date is a local "YYYY-MM-DD" in the
// organisation's time zone, Asia/Shanghai by default).
//
// The rule, one sentence per cadence:
// - A risk-list item of frequency f belongs to a period: the day (daily), the ISO week (weekly) or
//   the calendar month (monthly). It is due from the first working day of its period, FALLS DUE on
//   the period's last working day, and is carried on every working day of the period until a
//   submitted daily record of that period covers it. Before its due day it is "open" (the officer
//   may check it); on its due day it is "due_today" (the record cannot be submitted without it).
//   A period that ends without a check is missed; the next period starts afresh.
// - A daily record is expected for every working day of the enterprise calendar. A working day
//   with no submitted record by the end of that day is MISSED (never blank); a record submitted
//   on a later local day is accepted and marked LATE.
// - The weekly report falls due at the end of the ISO week's last working day, the monthly meeting
//   minutes at the end of the month's last working day; unsigned after that they are OVERDUE and a
//   later signature is marked late.
import {
  isWorkingDay,
  isoWeekKey,
  isoWeekOf,
  lastWorkingDayOfIsoWeek,
  lastWorkingDayOfMonth,
  localDate,
  monthOf,
  workingDaysIn,
  type Frequency,
  type WorkingCalendarOverrides,
} from "@anzhi/contracts";

export interface PeriodWindow {
  /** "2026-10-09", "2026-W41" or "2026-10". */
  key: string;
  start: string;
  end: string;
  /** First working day of the period (null when the period has none). */
  firstWorkingDay: string | null;
  /** Last working day of the period: the day the item falls due (null when none). */
  dueDate: string | null;
}

export function periodWindow(frequency: Frequency, day: string, cal: WorkingCalendarOverrides): PeriodWindow {
  if (frequency === "daily") {
    const working = isWorkingDay(day, cal);
    return { key: day, start: day, end: day, firstWorkingDay: working ? day : null, dueDate: working ? day : null };
  }
  if (frequency === "weekly") {
    const week = isoWeekOf(day);
    const days = workingDaysIn(week.start, week.end, cal);
    return {
      key: isoWeekKey(day),
      start: week.start,
      end: week.end,
      firstWorkingDay: days[0] ?? null,
      dueDate: lastWorkingDayOfIsoWeek(day, cal),
    };
  }
  const month = monthOf(day);
  const days = workingDaysIn(month.start, month.end, cal);
  return {
    key: month.month,
    start: month.start,
    end: month.end,
    firstWorkingDay: days[0] ?? null,
    dueDate: lastWorkingDayOfMonth(day, cal),
  };
}

export type ItemDueState = "not_working_day" | "done" | "open" | "due_today";

/**
 * Where an item stands on `today`. `lastCheckedOn` is the latest check date of the item in a
 * submitted daily record (any date; only one inside the current period counts).
 */
export function itemDueState(
  frequency: Frequency,
  today: string,
  cal: WorkingCalendarOverrides,
  lastCheckedOn: string | null,
): { state: ItemDueState; period: PeriodWindow } {
  const period = periodWindow(frequency, today, cal);
  if (lastCheckedOn !== null && lastCheckedOn >= period.start && lastCheckedOn <= period.end)
    return { state: "done", period };
  if (!isWorkingDay(today, cal)) return { state: "not_working_day", period };
  return { state: period.dueDate === today ? "due_today" : "open", period };
}

/** `not_due`: before the 启用日期 or outside the officer's appointment (periods/duty.ts). */
export type DayStatus = "rest" | "upcoming" | "pending" | "missed" | "done" | "late" | "not_operating" | "not_due";

export interface DayRecordFacts {
  checkDate: string;
  operatingStatus: string;
  /** Null while the record is a draft. */
  submittedAt: Date | null;
}

/** A submission is late when it happens on a local day after the record's date. */
export function isLateSubmission(checkDate: string, submittedAt: Date, timeZone: string): boolean {
  return localDate(submittedAt, timeZone) > checkDate;
}

/** Status of one officer's daily record for `day`, seen on `today`. */
export function dayStatus(
  day: string,
  today: string,
  cal: WorkingCalendarOverrides,
  record: DayRecordFacts | null,
  timeZone: string,
): DayStatus {
  if (record?.submittedAt) {
    if (record.operatingStatus === "not_operating") return "not_operating";
    return isLateSubmission(day, record.submittedAt, timeZone) ? "late" : "done";
  }
  if (!isWorkingDay(day, cal)) return "rest";
  if (day > today) return "upcoming";
  return day === today ? "pending" : "missed";
}

export type PeriodRecordStatus = "open" | "due_today" | "overdue" | "signed" | "signed_late" | "no_working_day";

/** Weekly report / monthly minutes status on `today`, by the period's last working day. */
export function periodRecordStatus(
  frequency: "weekly" | "monthly",
  periodDay: string,
  today: string,
  cal: WorkingCalendarOverrides,
  signedAt: Date | null,
  timeZone: string,
): { status: PeriodRecordStatus; dueDate: string | null } {
  const { dueDate } = periodWindow(frequency, periodDay, cal);
  if (signedAt) {
    const late = dueDate !== null && localDate(signedAt, timeZone) > dueDate;
    return { status: late ? "signed_late" : "signed", dueDate };
  }
  if (dueDate === null) return { status: "no_working_day", dueDate };
  if (today > dueDate) return { status: "overdue", dueDate };
  return { status: today === dueDate ? "due_today" : "open", dueDate };
}
