// The one error pipeline of the app router, the v1 router (tRPC and REST) and server-rendered
// forms:
//   whatever was thrown → AppError (`toAppError`): its code, and through the code its kind
//   → TRPCError with the kind's tRPC code (`toTRPCError`, in each router's first middleware)
//   → one wire shape (`formatError`, each router's errorFormatter): the stable `appCode`, the
//     message and the field issues in the caller's language, `requestId`, and the HTTP status of
//     the code from @anzhi/contracts — the only status table, used by every transport.
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";
import {
  DEFAULT_LOCALE,
  ErrorKind,
  genericCodeOf,
  httpStatusOfCode,
  illFormedTextPath,
  kindOfHttpStatus,
  type ErrorCode,
  type Locale,
} from "@anzhi/contracts";
import { AppError, invalidInput, localizeAppError, localizeFieldIssue, type FieldIssue } from "@anzhi/domain/errors";

/** The tRPC code of each kind. tRPC's status for it equals contracts' `httpStatusOf(kind)` (tested). */
export const TRPC_CODE_OF_KIND: Record<ErrorKind, TRPC_ERROR_CODE_KEY> = {
  invalid: "BAD_REQUEST",
  unauthenticated: "UNAUTHORIZED",
  payment_required: "PAYMENT_REQUIRED",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  rate_limited: "TOO_MANY_REQUESTS",
  internal: "INTERNAL_SERVER_ERROR",
};

/** The kind of a TRPCError raised by tRPC itself (no route, wrong method …): by code, else by status. */
function kindOfTRPCError(error: TRPCError): ErrorKind {
  return (
    ErrorKind.options.find((kind) => TRPC_CODE_OF_KIND[kind] === error.code) ??
    kindOfHttpStatus(getHTTPStatusCodeFromError(error)) ??
    "internal"
  );
}

/** Input that is not JSON at all; `field` is where it travelled ("input" for tRPC, "body" for REST). */
function malformedJson(field: string, cause: unknown): AppError {
  const position = cause instanceof Error ? /position (\d+)/.exec(cause.message)?.[1] : undefined;
  const issue: FieldIssue = position
    ? { path: field, message: "field.malformed_json_at", params: { position: Number(position) } }
    : { path: field, message: "field.malformed_json" };
  return new AppError("VALIDATION_FAILED", { message: "Malformed JSON", issues: [issue], cause });
}

/** The error as an AppError: its own, the one inside a TRPCError, a schema failure, or a redacted INTERNAL. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // A procedure's .input() schema failed: the same AppError a service's own parse raises.
  if (error instanceof ZodError) return invalidInput(error);
  if (error instanceof TRPCError) {
    const cause = error.cause;
    if (cause instanceof AppError || cause instanceof ZodError) return toAppError(cause);
    // trpc-to-openapi could not parse the REST body (tRPC's own JSON failures are caught in readInput).
    if (error.code === "PARSE_ERROR") return malformedJson("body", cause);
    if (error.code === "INTERNAL_SERVER_ERROR")
      return new AppError("INTERNAL", { message: "Internal server error", cause: cause ?? error });
    return new AppError(genericCodeOf(kindOfTRPCError(error)), { message: error.message, cause: error });
  }
  return new AppError("INTERNAL", { message: "Internal server error", cause: error });
}

/** The error as the TRPCError a router answers with (the AppError as its cause). */
export function toTRPCError(error: unknown): TRPCError {
  const app = toAppError(error);
  return new TRPCError({ code: TRPC_CODE_OF_KIND[app.kind], message: app.message, cause: app });
}

/**
 * What the caller sent, checked before any schema sees it: unreadable JSON and strings with an
 * unpaired UTF-16 surrogate (which the database cannot store) are refused with the field named.
 */
export async function readInput(getRawInput: () => Promise<unknown>): Promise<void> {
  let raw: unknown;
  try {
    raw = await getRawInput();
  } catch (cause) {
    // tRPC reads the body or ?input= lazily and wraps JSON.parse's SyntaxError in a BAD_REQUEST.
    const inner = cause instanceof TRPCError ? cause.cause : cause;
    if (inner instanceof SyntaxError) throw toTRPCError(malformedJson("input", inner));
    throw cause;
  }
  const path = illFormedTextPath(raw);
  if (path !== null)
    throw toTRPCError(
      new AppError("VALIDATION_FAILED", {
        message: "Ill-formed Unicode",
        issues: [{ path, message: "field.ill_formed_unicode" }],
      }),
    );
}

/** A failed call's error after conversion; unexpected ones (500) are logged with their cause. */
export function convertFailure(error: TRPCError, label: string): TRPCError {
  const converted = toTRPCError(error);
  if (converted.code === "INTERNAL_SERVER_ERROR") console.error(`[${label}] unexpected error`, error.cause ?? error);
  return converted;
}

export interface ErrorIssue {
  path: string;
  message: string;
}

export function issuesOf(error: AppError, locale: Locale): ErrorIssue[] | null {
  if (error.issues.length === 0) return null;
  return error.issues.map((i) => ({ path: i.path, message: localizeFieldIssue(i, locale) }));
}

/**
 * The user-facing message: the code's sentence in the caller's language. Which fields were wrong,
 * and why, travel in `issues` (a form shows each beside its field), so the message never shows
 * an internal field path to a person.
 */
export function messageOf(error: AppError, locale: Locale): string {
  return localizeAppError(error, locale);
}

export interface ErrorData {
  code: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  path: string | null;
  appCode: ErrorCode;
  requestId: string | null;
  issues: ErrorIssue[] | null;
}

export interface ErrorShape {
  message: string;
  code: (typeof TRPC_ERROR_CODES_BY_KEY)[TRPC_ERROR_CODE_KEY];
  data: ErrorData;
}

/** The one error shape of both routers (their errorFormatter) and of the v1 handler's own refusals. */
export function formatError(opts: {
  error: unknown;
  ctx?: { locale: Locale; requestId: string } | undefined;
  path?: string | undefined;
}): ErrorShape {
  const app = toAppError(opts.error);
  const locale = opts.ctx?.locale ?? DEFAULT_LOCALE;
  const code = TRPC_CODE_OF_KIND[app.kind];
  return {
    message: messageOf(app, locale),
    code: TRPC_ERROR_CODES_BY_KEY[code],
    data: {
      code,
      httpStatus: httpStatusOfCode(app.code),
      path: opts.path ?? null,
      appCode: app.code,
      requestId: opts.ctx?.requestId ?? null,
      issues: issuesOf(app, locale),
    },
  };
}

/** Status and code of an error, for the web's error pages (`throw errorPage(…)`). */
export function httpErrorOf(error: unknown): { status: number; code: ErrorCode; details: AppError["details"] } {
  const app = toAppError(error);
  return { status: httpStatusOfCode(app.code), code: app.code, details: app.details };
}
