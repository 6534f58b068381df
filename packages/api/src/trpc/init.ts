// The single initTRPC of the server. Errors leave in one shape: tRPC's envelope plus
// `appCode` (stable code), `requestId` and `issues` (field path + reason) for bad input.
import { initTRPC, type TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { localizeIssue, t as translate, type Locale } from "@anzhi/contracts";
import { AppError, localizeAppError, localizeFieldIssue } from "@anzhi/domain/errors";
import type { ContextInner } from "./context.ts";

export interface ErrorIssue {
  path: string;
  message: string;
}

export function issuesOf(error: TRPCError, locale: Locale): ErrorIssue[] | undefined {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    return cause.issues.map((i) => ({ path: i.path.map(String).join("."), message: localizeIssue(i, locale) }));
  }
  if (cause instanceof AppError && cause.issues.length > 0) {
    return cause.issues.map((i) => ({ path: i.path, message: localizeFieldIssue(i, locale) }));
  }
  return undefined;
}

/** The user-facing message, in the caller's language. */
export function messageOf(error: TRPCError, locale: Locale): string {
  const cause = error.cause;
  if (cause instanceof AppError) return localizeAppError(cause, locale);
  if (cause instanceof ZodError) {
    const first = cause.issues[0];
    const text = translate("VALIDATION_FAILED", locale);
    return first ? `${text}: ${first.path.map(String).join(".") || "input"} — ${localizeIssue(first, locale)}` : text;
  }
  if (error.code === "INTERNAL_SERVER_ERROR") return translate("INTERNAL", locale);
  return error.message;
}

export function appCodeOf(error: TRPCError): string {
  const cause = error.cause;
  if (cause instanceof AppError) return cause.code;
  if (cause instanceof ZodError) return "VALIDATION_FAILED";
  switch (error.code) {
    case "UNAUTHORIZED":
      return "UNAUTHENTICATED";
    case "FORBIDDEN":
      return "FORBIDDEN";
    case "NOT_FOUND":
      return "NOT_FOUND";
    case "TOO_MANY_REQUESTS":
      return "RATE_LIMITED";
    case "BAD_REQUEST":
    case "PARSE_ERROR":
      return "VALIDATION_FAILED";
    case "INTERNAL_SERVER_ERROR":
      return "INTERNAL";
    default:
      return error.code;
  }
}

export const t = initTRPC.context<ContextInner>().create({
  errorFormatter({ shape, error, ctx }) {
    const locale: Locale = ctx?.locale ?? "zh-CN";
    return {
      ...shape,
      message: messageOf(error, locale),
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: appCodeOf(error),
        requestId: ctx?.requestId ?? null,
        issues: issuesOf(error, locale) ?? null,
      },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
