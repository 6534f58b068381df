// Helpers for the routine routes: trimmed text fields and times in the organisation's zone.
import type { AmendmentRow } from "./api-types.ts";
import { formatInstant } from "./format.ts";

/** Text fields of a form, trimmed; empty strings become undefined. */
export function text(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  if (typeof v !== "string") return undefined;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A signed record's amendments with their times in the organisation's zone, as the record sheets show them. */
export function amendmentsAt(
  rows: ReadonlyArray<Omit<AmendmentRow, "at"> & { at: Date }>,
  timeZone: string,
): AmendmentRow[] {
  return rows.map((a) => ({ ...a, at: formatInstant(a.at, timeZone) }));
}
