// For server-rendered forms: an error from an in-process call, as the text and per-field messages
// to show next to each input (in the caller's language). Unexpected errors are re-thrown.
import { TRPCError } from "@trpc/server";
import { toTRPCError } from "./trpc/errors.ts";
import { appCodeOf, issuesOf, messageOf } from "./trpc/init.ts";
import type { Locale } from "@anzhi/contracts";

export interface FormError {
  code: string;
  message: string;
  /** field path → message; the first issue per field wins. */
  fields: Record<string, string>;
}

export function formErrorOf(error: unknown, locale: Locale): FormError {
  const trpc = error instanceof TRPCError ? error : toTRPCError(error);
  if (trpc.code === "INTERNAL_SERVER_ERROR") throw error;
  const fields: Record<string, string> = {};
  for (const issue of issuesOf(trpc, locale) ?? []) {
    const key = issue.path || "_";
    fields[key] ??= issue.message;
  }
  return { code: appCodeOf(trpc), message: messageOf(trpc, locale), fields };
}
