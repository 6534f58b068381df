// Client-side validation with the server's own schemas and messages: a bad record fails
// before anything is sent, with the same issue shape (path + localised reason) the server gives.
import { localizeIssue, type Locale, type RecordPushResult } from "@anzhi/contracts";
import type { z } from "zod";
import { AnzhiValidationError, type AnzhiIssue } from "./errors";

export function issuesOf(error: z.ZodError, locale: Locale): AnzhiIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join("."),
    message: localizeIssue(i, locale),
    code: "VALIDATION_FAILED",
  }));
}

export function validateOrThrow<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = issuesOf(parsed.error, locale);
  const first = issues[0];
  throw new AnzhiValidationError(first ? `${first.path || "record"}: ${first.message}` : "Invalid input", {
    code: "VALIDATION_FAILED",
    status: 400,
    issues,
  });
}

/** Splits records into those to send and local `rejected` results (index = position in `records`). */
export function partition<S extends z.ZodType>(
  schema: S,
  records: readonly unknown[],
  keyField: string,
  locale: Locale,
): { send: { index: number; record: z.output<S> }[]; rejected: RecordPushResult[] } {
  const send: { index: number; record: z.output<S> }[] = [];
  const rejected: RecordPushResult[] = [];
  records.forEach((input, index) => {
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      send.push({ index, record: parsed.data });
      return;
    }
    const key = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[keyField] : undefined;
    rejected.push({
      index,
      externalId: typeof key === "string" ? key : null,
      status: "rejected",
      issues: issuesOf(parsed.error, locale).map((i) => ({
        path: i.path,
        message: i.message,
        code: "VALIDATION_FAILED",
      })),
    });
  });
  return { send, rejected };
}
