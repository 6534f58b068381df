// Helpers for the routine routes: trimmed text fields and times in the organisation's zone.
import type { AmendmentRow } from "./api-types.ts";

/** Text fields of a form, trimmed; empty strings become undefined. */
export function text(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  if (typeof v !== "string") return undefined;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** "2026-11-27 09:05" in the organisation's time zone. */
export function formatAt(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/** A signed record's amendments with their times in the organisation's zone, as the record sheets show them. */
export function amendmentsAt(
  rows: ReadonlyArray<Omit<AmendmentRow, "at"> & { at: Date }>,
  timeZone: string,
): AmendmentRow[] {
  return rows.map((a) => ({ ...a, at: formatAt(a.at, timeZone) }));
}
