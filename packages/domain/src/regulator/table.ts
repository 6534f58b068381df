// The tabular form of a ledger shared by the portal's read-only view and the XLSX/CSV exports:
// column keys (translated by the web app) with their Chinese statutory headers, and cells that are
// the enterprise's own text or a stored code (ADR 037): the portal words a code in the reader's
// language, the statutory exports print its Chinese label (`cellText`).
import { attendeesZh, localDate, YES_NO_ZH, type AttendeeResult } from "@anzhi/contracts";

export interface Column {
  key: string;
  zh: string;
}

/**
 * A stored code in a cell: the portal shows `regulator.values.<group>.<value>` in the reader's
 * language, the exports `zh`; a `detail` (a version, a name) follows in parentheses.
 */
export interface CodedCell {
  group: string;
  value: string;
  zh: string;
  detail?: string;
}

/**
 * The people a training or an assessment covered with their results (issue 14): the portal words the
 * score and the passed flag in the reader's language, the exports print `attendeesZh`.
 */
export interface AttendeesCell {
  attendees: AttendeeResult[];
}

export type LedgerCell = string | CodedCell | AttendeesCell;

export interface LedgerRow {
  id: string;
  /** False for a row that is not a record (a missed day, a calendar amendment): nothing to open. */
  record?: false;
  cells: LedgerCell[];
}

export interface LedgerTable {
  columns: Column[];
  rows: LedgerRow[];
}

export { LedgerFilterSchema, type LedgerFilter } from "@anzhi/contracts";

export function cols(spec: Array<[string, string]>): Column[] {
  return spec.map(([key, zh]) => ({ key, zh }));
}

export function when(d: Date | null | undefined, timeZone: string): string {
  if (!d) return "";
  const time = d.toLocaleTimeString("zh-CN", { timeZone, hour12: false, hour: "2-digit", minute: "2-digit" });
  return `${localDate(d, timeZone)} ${time}`;
}

/** A code of `group` worded by `map` in Chinese; "" for no value. */
export function coded(
  group: string,
  map: Readonly<Record<string, string>>,
  value: string | null | undefined,
  detail?: string,
): LedgerCell {
  if (!value) return "";
  return { group, value, zh: map[value] ?? value, ...(detail ? { detail } : {}) };
}

export function yesNo(v: boolean | null | undefined): LedgerCell {
  if (v === null || v === undefined) return "";
  return coded("yesNo", YES_NO_ZH, v ? "yes" : "no");
}

/** A cell as the Chinese statutory exports print it. */
export function cellText(c: LedgerCell): string {
  if (typeof c === "string") return c;
  if ("attendees" in c) return attendeesZh(c.attendees);
  return c.detail ? `${c.zh}（${c.detail}）` : c.zh;
}
