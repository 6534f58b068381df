// Runs a mutation for a form action and turns a user-facing failure (bad input, wrong password,
// lock, conflict …) into `{ error }` with per-field messages in the user's language, so the
// route can re-render the form with the values kept. Unexpected errors still throw.
import { formErrorOf, type FormError } from "@anzhi/api";
import { getLocale } from "./locale.server.ts";

export type FormResult<T> = { ok: true; value: T } | { ok: false; error: FormError };

export async function attempt<T>(request: Request, run: () => Promise<T>): Promise<FormResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: formErrorOf(error, getLocale(request)) };
  }
}

/** Form fields as plain strings (files and repeated keys aside). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !(key in values)) values[key] = value;
  }
  return values;
}

/** The text fields a `TextFieldAmendments` form changed: `{ field: newValue }` for each edit. */
export function changedTextFields(form: FormData, fields: readonly string[]): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const f of fields) {
    const v = form.get(f);
    if (typeof v === "string" && form.get(`orig-${f}`) !== v) changes[f] = v;
  }
  return changes;
}
