// Period math for the statutory cadences. A "local date" is a calendar day in the
// organisation's time zone, carried as "YYYY-MM-DD"; calendar arithmetic on it is pure and never
// depends on the host's time zone. Only the instant <-> local-day conversions take a zone.
import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "zod";

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** Message key for a missing value vs a malformed one. */
const missingOr =
  (key: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? "field.required" : key;

/** Any day on the calendar, for period arithmetic (inputs use LocalDateSchema, which is bounded). */
const CalendarDateSchema = z.iso.date({ error: missingOr("date.invalid") });

/** The days a record may carry: anything else is a typo (year 0000 or 9999), not a plausible date. */
export const EARLIEST_DATE = "2000-01-01";
export const LATEST_DATE = "2099-12-31";

/**
 * "YYYY-MM-DD" that exists on the calendar (2026-02-30 and 2025-02-29 are rejected) and lies
 * between EARLIEST_DATE and LATEST_DATE.
 */
export const LocalDateSchema = CalendarDateSchema.refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, {
  error: "date.out_of_range",
});
export type LocalDate = z.infer<typeof LocalDateSchema>;

const DAY_MS = 86_400_000;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(localDate: string): [number, number, number] {
  const m = LOCAL_DATE_RE.exec(localDate);
  if (!m || !CalendarDateSchema.safeParse(localDate).success) {
    throw new RangeError(`Not a local date (YYYY-MM-DD): "${localDate}"`);
  }
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Epoch day of y-m-d; setUTCFullYear, unlike Date.UTC, does not remap years 0–99. */
function utcDay(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime() / DAY_MS;
}

/** Days since 1970-01-01 (the epoch day number of a calendar date). */
export function dayNumber(localDate: string): number {
  const [y, m, d] = parts(localDate);
  return utcDay(y, m, d);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(localDate: string): number {
  return ((((dayNumber(localDate) + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

export function addDays(localDate: string, n: number): string {
  return fromDayNumber(dayNumber(localDate) + n);
}

/** -1, 0 or 1 (lexical order equals calendar order for "YYYY-MM-DD"). */
export function compareLocalDate(a: string, b: string): -1 | 0 | 1 {
  const diff = dayNumber(a) - dayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** Every date from start to end inclusive; empty when end is before start. */
export function eachDay(start: string, end: string): string[] {
  const first = dayNumber(start);
  const last = dayNumber(end);
  const days: string[] = [];
  for (let day = first; day <= last; day++) days.push(fromDayNumber(day));
  return days;
}

// ---- time zones and instants <-> local days ------------------------------------------------------------

/** Canonical IANA name ("asia/shanghai" → "Asia/Shanghai"), or null if Intl does not know it. */
export function canonicalTimeZone(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return null; // no bare offsets like "+08:00"
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isValidTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

/** IANA time zone checked against the runtime's Intl data, stored in canonical spelling. */
export const TimeZoneSchema = z
  .string({ error: missingOr("timezone.invalid") })
  .overwrite((name) => canonicalTimeZone(name.trim()) ?? name)
  .refine(isValidTimeZone, { error: "timezone.invalid" });

/** The local calendar day an instant falls on in `timeZone`. */
export function localDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return format(instant, "yyyy-MM-dd", { in: tz(timeZone) });
}

/** First instant of the local day (local midnight, or the first existing instant after a DST gap). */
export function startOfLocalDayUtc(localDay: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const [y, m, d] = parts(localDay);
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, timeZone).getTime());
}

/**
 * The instant of a wall-clock time in a time zone: `localInstant("2027-01-04 00:30", "Asia/Shanghai")`
 * is 2027-01-03T16:30:00Z. Seconds are optional; a malformed value throws.
 */
export function localInstant(localDateTime: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(localDateTime);
  if (!m) throw new Error(`localInstant: expected "YYYY-MM-DD HH:mm[:ss]", got ${JSON.stringify(localDateTime)}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(new TZDate(y, mo - 1, d, h, mi, s, 0, timeZone).getTime());
}

/**
 * Last millisecond of the local day (inclusive bound; days may be 23 or 25 hours long under
 * DST). For queries prefer the half-open `[start, startOfLocalDayUtc(addDays(day, 1)))`.
 */
export function endOfLocalDayUtc(localDay: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  return new Date(startOfLocalDayUtc(addDays(localDay, 1), timeZone).getTime() - 1);
}

// ---- ISO weeks ------------------------------------------------------------------------------

export interface IsoWeek {
  isoYear: number;
  isoWeek: number;
  /** Monday */
  start: string;
  /** Sunday */
  end: string;
}

export function isoWeekOf(localDay: string): IsoWeek {
  const day = dayNumber(localDay);
  const monday = day - (isoWeekday(localDay) - 1);
  const thursday = monday + 3; // the ISO year is the year of the week's Thursday
  const isoYear = Number(fromDayNumber(thursday).slice(0, 4));
  const jan1 = utcDay(isoYear, 1, 1);
  return {
    isoYear,
    isoWeek: Math.floor((thursday - jan1) / 7) + 1,
    start: fromDayNumber(monday),
    end: fromDayNumber(monday + 6),
  };
}

/** "2026-W05" */
export function isoWeekKey(localDay: string): string {
  const { isoYear, isoWeek } = isoWeekOf(localDay);
  return `${isoYear}-W${String(isoWeek).padStart(2, "0")}`;
}

/** 52 or 53: the ISO week of 28 December. */
export function isoWeeksInYear(isoYear: number): number {
  return isoWeekOf(`${String(isoYear).padStart(4, "0")}-12-28`).isoWeek;
}

export const WeekKeySchema = z
  .string({ error: missingOr("week_key.invalid") })
  .regex(/^\d{4}-W\d{2}$/, { error: "week_key.invalid", abort: true })
  .refine((key) => parseWeekKey(key) !== null, { error: "week_key.invalid" });

/** "2026-W05" → the week, or null when malformed or past the year's last week. */
export function parseWeekKey(key: string): IsoWeek | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return null;
  const isoYear = Number(m[1]);
  const isoWeek = Number(m[2]);
  if (isoYear < 1 || isoWeek < 1 || isoWeek > isoWeeksInYear(isoYear)) return null;
  // 4 January is always in ISO week 1.
  const week1Monday = isoWeekOf(`${m[1]}-01-04`).start;
  return isoWeekOf(addDays(week1Monday, (isoWeek - 1) * 7));
}

// ---- months ---------------------------------------------------------------------------------

export interface MonthPeriod {
  /** "YYYY-MM" */
  month: string;
  start: string;
  end: string;
}

export function monthOf(localDay: string): MonthPeriod {
  const [y, m] = parts(localDay);
  const month = localDay.slice(0, 7);
  const lastDay = fromDayNumber(utcDay(y, m + 1, 0)).slice(8);
  return { month, start: `${month}-01`, end: `${month}-${lastDay}` };
}

export const MonthKeySchema = z
  .string({ error: missingOr("month_key.invalid") })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "month_key.invalid" });

/** "2026-03" → the month, or null when malformed. */
export function parseMonthKey(key: string): MonthPeriod | null {
  return MonthKeySchema.safeParse(key).success ? monthOf(`${key}-01`) : null;
}

/** Local dates as a validated, ordered pair (end may equal start). */
export const LocalDateRangeSchema = z
  .strictObject({ start: LocalDateSchema, end: LocalDateSchema })
  .refine((r) => r.start <= r.end, { error: "date.range_order", path: ["end"] });
export type LocalDateRange = z.infer<typeof LocalDateRangeSchema>;
