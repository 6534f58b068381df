// For server-rendered forms: an error from an in-process call, as the text and per-field messages
// to show next to each input (in the caller's language). Unexpected errors are re-thrown.
import { issuesOf, messageOf, toAppError } from "./trpc/errors.ts";
import type { Locale } from "@anzhi/contracts";

export interface FormError {
  code: string;
  message: string;
  /** field path → message; the first issue per field wins. */
  fields: Record<string, string>;
}

export function formErrorOf(error: unknown, locale: Locale): FormError {
  const app = toAppError(error);
  if (app.kind === "internal") throw error;
  const fields: Record<string, string> = {};
  for (const issue of issuesOf(app, locale) ?? []) {
    const key = issue.path || "_";
    fields[key] ??= issue.message;
  }
  return { code: app.code, message: messageOf(app, locale), fields };
}
