// Small helpers shared by the seed files: a seeded PRNG, ids, China-time calendar arithmetic,
// USCC check characters and content hashes. Self-contained on purpose: the seed must not break
// when a shared helper elsewhere changes shape.
import { createHash, randomBytes } from "node:crypto";

// ─── Deterministic randomness (mulberry32) ───

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** Float in [min, max) rounded to `digits`. */
  float(min: number, max: number, digits: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max, digits) => Number((min + next() * (max - min)).toFixed(digits)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => at(items, Math.floor(next() * items.length)),
  };
}

/** Element `i` of a list (negative counts from the end); throws instead of returning undefined. */
export function at<T>(items: readonly T[], i: number): T {
  const item = items.at(i);
  if (item === undefined) throw new Error(`seed: index ${i} out of range (length ${items.length})`);
  return item;
}

// ─── Ids: cuid-shaped, generated up front so rows can be linked before createMany ───

let counter = 0;
export function newId(): string {
  counter = (counter + 1) % 1679616;
  // Random rather than time-based: the seed's ids must not depend on the wall clock either.
  const count = counter.toString(36).padStart(4, "0");
  const rand = BigInt(`0x${randomBytes(16).toString("hex")}`)
    .toString(36)
    .padStart(25, "0")
    .slice(0, 20);
  return `c${count}${rand}`;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function json(value: unknown): string {
  return JSON.stringify(value);
}

// ─── Calendar (Asia/Shanghai is UTC+8 all year, no DST) ───

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The China-time calendar date of an instant, "YYYY-MM-DD". */
export function localDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(dayNumber(date) + n);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function isWorkingDay(date: string): boolean {
  return weekday(date) <= 5;
}

/** The instant of China-time `hh:mm` on `date`. */
export function atLocal(date: string, hh: number, mm = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS + (hh * 60 + mm) * 60_000);
}

export function mondayOf(date: string): string {
  return addDays(date, 1 - weekday(date));
}

export function isoWeekOf(date: string): { isoYear: number; isoWeek: number } {
  const thursday = addDays(date, 4 - weekday(date));
  const isoYear = Number(thursday.slice(0, 4));
  const isoWeek = Math.floor(daysBetween(`${isoYear}-01-01`, thursday) / 7) + 1;
  return { isoYear, isoWeek };
}

export function monthKey(date: string): string {
  return date.slice(0, 7);
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  if (y === undefined || m === undefined) throw new Error(`seed: bad month ${month}`);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function nextMonth(month: string): string {
  return monthKey(addDays(lastDayOfMonth(month), 1));
}

export function eachDay(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  return days;
}

// ─── 统一社会信用代码 (identifiers.md §1.2, §1.5) ───

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17.charAt(i)) * at(USCC_WEIGHTS, i);
  return USCC_CHARS.charAt((31 - (sum % 31)) % 31);
}

function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ORG_CHARS.indexOf(body8.charAt(i)) * at(ORG_WEIGHTS, i);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/**
 * A valid USCC for an enterprise ("91") registered in `region`, from an 8-character subject body
 * (USCC charset). When the organisation-code check would be "X" (not in the USCC charset) the
 * body's last character is bumped until it is not.
 */
export function makeUscc(region: string, body8: string): string {
  let body = body8;
  while (orgCodeCheckChar(body) === "X") {
    const last = USCC_CHARS.indexOf(body.charAt(7));
    body = body.slice(0, 7) + USCC_CHARS.charAt((last + 1) % USCC_CHARS.length);
  }
  const first17 = `91${region}${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

export function isValidUscc(code: string): boolean {
  return (
    /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code) &&
    usccCheckChar(code.slice(0, 17)) === code.charAt(17)
  );
}
