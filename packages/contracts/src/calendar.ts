// Working-day calendar: China's statutory holidays and 调休 make-up working days, plus the
// enterprise's own production calendar on top.
//
// Data: the `chinese-days` package (MIT, github.com/vsme/chinese-days), which transcribes the
// State Council General Office's yearly 部分节假日安排 notices from 2004 on. We read its JSON
// data file directly and do the weekday math ourselves, so no host time zone is involved.
// For a year the data does not cover yet (the notice for year N appears around November of N-1),
// only the fixed-date statutory holidays of 《全国年节及纪念日放假办法》 (as amended by State
// Council Order No. 795, in force 2025-01-01: 元旦 1 Jan, 劳动节 1–2 May, 国庆节 1–3 Oct) are
// applied, and `statutoryDayInfo` reports `source: "fallback"` so a UI can say so.
import chineseDays from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { z } from "zod";
import { eachDay, isoWeekOf, isoWeekday, LocalDateSchema, monthOf } from "./periods";

const holidays: Readonly<Record<string, string>> = chineseDays.holidays;
const makeUpWorkdays: Readonly<Record<string, string>> = chineseDays.workdays;

const publishedYears = Object.keys(holidays).map((date) => Number(date.slice(0, 4)));

/** Years for which the published holiday arrangement is in the data set. */
export const statutoryCalendarCoverage = {
  firstYear: Math.min(...publishedYears),
  lastYear: Math.max(...publishedYears),
} as const;

const FIXED_HOLIDAYS: Readonly<Record<string, string>> = {
  "01-01": "元旦",
  "05-01": "劳动节",
  "05-02": "劳动节",
  "10-01": "国庆节",
  "10-02": "国庆节",
  "10-03": "国庆节",
};

export interface StatutoryDayInfo {
  date: string;
  workday: boolean;
  kind: "holiday" | "make_up_workday" | "weekend" | "weekday";
  /** Holiday name in Chinese, e.g. "国庆节" (also for the make-up working day it belongs to). */
  name: string | null;
  source: "published" | "fallback";
}

/** Why a date is or is not a statutory working day. */
export function statutoryDayInfo(localDate: string): StatutoryDayInfo {
  const year = Number(localDate.slice(0, 4));
  const weekend = isoWeekday(localDate) >= 6;
  const plain = { date: localDate, workday: !weekend, kind: weekend ? "weekend" : "weekday", name: null } as const;
  if (year < statutoryCalendarCoverage.firstYear || year > statutoryCalendarCoverage.lastYear) {
    const name = FIXED_HOLIDAYS[localDate.slice(5)];
    return name
      ? { date: localDate, workday: false, kind: "holiday", name, source: "fallback" }
      : { ...plain, source: "fallback" };
  }
  const makeUp = makeUpWorkdays[localDate];
  if (makeUp !== undefined) {
    return { date: localDate, workday: true, kind: "make_up_workday", name: holidayName(makeUp), source: "published" };
  }
  const holiday = holidays[localDate];
  if (holiday !== undefined) {
    return { date: localDate, workday: false, kind: "holiday", name: holidayName(holiday), source: "published" };
  }
  return { ...plain, source: "published" };
}

/** Entries look like "National Day,国庆节,3". */
function holidayName(entry: string): string {
  return entry.split(",")[1] ?? entry;
}

/** Statutory working day: Mon–Fri unless a holiday, plus 调休 make-up Saturdays/Sundays. */
export function isStatutoryWorkday(localDate: string): boolean {
  return statutoryDayInfo(localDate).workday;
}

/** The enterprise's own production calendar, layered over the statutory one. */
export const WorkingCalendarOverridesSchema = z.strictObject({
  /** Days the enterprise works although the statutory calendar says rest. */
  extraWorkingDays: z.array(LocalDateSchema).max(400).optional(),
  /** Days the enterprise rests although the statutory calendar says work. Wins over extraWorkingDays. */
  extraRestDays: z.array(LocalDateSchema).max(400).optional(),
  /** Normal production weekdays, ISO numbering (1 = Monday … 7 = Sunday); default 1–5. */
  weekdays: z.array(z.int().min(1).max(7)).max(7).optional(),
  /** Continuous-process plants that run through public holidays set this to false. Default true. */
  observeStatutoryHolidays: z.boolean().optional(),
  /**
   * Earlier weekly patterns (ADR 015): each one rules the days before its `until`, so a change of
   * the weekdays or of the holiday rule never rewrites a closed period. The earliest `until` after
   * a day wins; days on or after the last `until` follow `weekdays` / `observeStatutoryHolidays`.
   */
  history: z
    .array(
      z.strictObject({
        until: LocalDateSchema,
        weekdays: z.array(z.int().min(1).max(7)).max(7),
        observeStatutoryHolidays: z.boolean(),
      }),
    )
    .max(200)
    .optional(),
});
export type WorkingCalendarOverrides = z.infer<typeof WorkingCalendarOverridesSchema>;

const MONDAY_TO_FRIDAY: ReadonlySet<number> = new Set([1, 2, 3, 4, 5]);

/** Precomputes the override sets once, for loops over many days. */
function workingDayPredicate(overrides: WorkingCalendarOverrides = {}): (localDate: string) => boolean {
  const extraWork = new Set(overrides.extraWorkingDays ?? []);
  const extraRest = new Set(overrides.extraRestDays ?? []);
  const current = {
    weekdays: overrides.weekdays ? new Set(overrides.weekdays) : MONDAY_TO_FRIDAY,
    observeHolidays: overrides.observeStatutoryHolidays ?? true,
  };
  const history = [...(overrides.history ?? [])]
    .sort((a, b) => a.until.localeCompare(b.until))
    .map((h) => ({ until: h.until, weekdays: new Set(h.weekdays), observeHolidays: h.observeStatutoryHolidays }));
  const patternOn = (localDate: string) => history.find((h) => localDate < h.until) ?? current;
  return (localDate) => {
    if (extraRest.has(localDate)) return false;
    if (extraWork.has(localDate)) return true;
    const { weekdays, observeHolidays } = patternOn(localDate);
    if (observeHolidays) {
      const { kind } = statutoryDayInfo(localDate);
      if (kind === "holiday") return false;
      if (kind === "make_up_workday") return true;
    }
    return weekdays.has(isoWeekday(localDate));
  };
}

/**
 * Is the enterprise expected to operate on this day? Order of precedence: its extra rest days,
 * its extra working days, then — unless it does not observe the statutory calendar — holidays
 * (rest) and 调休 make-up days (work), then its normal weekdays.
 */
export function isWorkingDay(localDate: string, overrides?: WorkingCalendarOverrides): boolean {
  return workingDayPredicate(overrides)(localDate);
}

/** Working days from start to end inclusive. */
export function workingDaysIn(start: string, end: string, overrides?: WorkingCalendarOverrides): string[] {
  return eachDay(start, end).filter(workingDayPredicate(overrides));
}

function lastWorkingDay(days: string[], overrides?: WorkingCalendarOverrides): string | null {
  const isWorking = workingDayPredicate(overrides);
  for (let i = days.length - 1; i >= 0; i--) {
    const day = days[i];
    if (day !== undefined && isWorking(day)) return day;
  }
  return null;
}

/** Last working day of the ISO week containing `localDate`; null when the whole week is rest. */
export function lastWorkingDayOfIsoWeek(localDate: string, overrides?: WorkingCalendarOverrides): string | null {
  const week = isoWeekOf(localDate);
  return lastWorkingDay(eachDay(week.start, week.end), overrides);
}

/** Last working day of the month containing `localDate`; null when the whole month is rest. */
export function lastWorkingDayOfMonth(localDate: string, overrides?: WorkingCalendarOverrides): string | null {
  const month = monthOf(localDate);
  return lastWorkingDay(eachDay(month.start, month.end), overrides);
}
