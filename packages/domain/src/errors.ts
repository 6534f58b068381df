// Domain errors. Services throw AppError with a stable code from @anzhi/contracts; its kind
// (not_found, conflict, invalid, …) follows from the code, and each transport maps the kind to its
// own status. Domain code never throws transport errors (tRPC, HTTP).
import type { z } from "zod";
import {
  isMessageKey,
  kindOf,
  localizeIssue,
  t,
  type ErrorCode,
  type ErrorKind,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "@anzhi/contracts";

export type { ErrorCode, ErrorKind } from "@anzhi/contracts";

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "lines.3.result". */
  path: string;
  /** A message key from @anzhi/contracts (localised at the edge) or a ready sentence. */
  message: MessageKey | (string & {});
  params?: MessageParams;
  /** The zod issue behind it, so edges can localise it with its own parameters. */
  zodIssue?: z.core.$ZodIssue;
}

export interface AppErrorOptions {
  /** Developer-facing detail; users see the localised text of the code. */
  message?: string;
  issues?: FieldIssue[];
  /** Parameters for the code's message and safe extra data for clients. */
  details?: MessageParams;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly issues: FieldIssue[];
  readonly details: MessageParams;

  constructor(code: ErrorCode, opts: AppErrorOptions = {}) {
    super(opts.message ?? code, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.kind = kindOf(code);
    this.issues = opts.issues ?? [];
    this.details = opts.details ?? {};
  }
}

/** A field-level validation failure (kind invalid) pointing at one field. */
export function fieldError(
  code: ErrorCode,
  path: string,
  message: FieldIssue["message"],
  params?: MessageParams,
): AppError {
  return new AppError(code, { issues: [{ path, message, ...(params ? { params } : {}) }] });
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/**
 * Parses input with a contracts schema; failures become one AppError (VALIDATION_FAILED, or the
 * given code) listing every field and its reason, and nothing is written.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: ErrorCode = "VALIDATION_FAILED",
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(result.error, code);
}

/** A schema's failure as one AppError listing every field and its reason (procedure inputs and parseInput alike). */
export function invalidInput(error: z.ZodError, code: ErrorCode = "VALIDATION_FAILED"): AppError {
  return new AppError(code, {
    message: error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    issues: error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message, zodIssue: i })),
    cause: error,
  });
}

/** One field issue as text in the caller's language. */
export function localizeFieldIssue(issue: FieldIssue, locale: Locale): string {
  if (issue.zodIssue) return localizeIssue(issue.zodIssue, locale);
  return isMessageKey(issue.message) ? t(issue.message, locale, issue.params ?? {}) : issue.message;
}

/** The error's own message in the caller's language. */
export function localizeAppError(error: AppError, locale: Locale): string {
  return t(error.code, locale, error.details);
}
