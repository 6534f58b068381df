// Per-record rejections: zod issues and domain codes become { path, code, message } in the
// caller's language, the same shape the SDK produces client-side.
import { localizeIssue, t, type ErrorCode, type Locale, type MessageParams, type RecordIssue } from "@anzhi/contracts";
import type { z } from "zod";

export function zodRecordIssues(error: z.ZodError, locale: Locale): RecordIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join("."),
    code: "VALIDATION_FAILED",
    message: localizeIssue(i, locale),
  }));
}

export function codeIssue(path: string, code: ErrorCode, locale: Locale, params: MessageParams = {}): RecordIssue {
  return { path, code, message: t(code, locale, params) };
}
