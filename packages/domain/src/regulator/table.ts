// The tabular form of a ledger shared by the portal's read-only view and the XLSX/CSV exports:
// column keys (translated by the web app) with their Chinese statutory headers, and string cells.
import { localDate } from "@anzhi/contracts";

export interface Column {
  key: string;
  zh: string;
}

export interface LedgerRow {
  id: string;
  /** False for a row that is not a record (a missed day, a calendar amendment): nothing to open. */
  record?: false;
  cells: string[];
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

export function yesNo(v: boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  return v ? "是" : "否";
}

export function zh(map: Record<string, string>, v: string | null | undefined): string {
  return v ? (map[v] ?? v) : "";
}
