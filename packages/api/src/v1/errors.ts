// One error body per transport, both built from the shared error shape (trpc/errors.ts). REST:
// `{ error: { type, code, message, param?, requestId, issues? } }` (contracts ApiErrorBody). tRPC:
// the tRPC envelope carrying the same appCode, requestId and issues, so the SDK turns both into
// the same typed errors. Every status is the code's, from contracts.
import { kindOf, type ApiErrorBody, type Locale } from "@anzhi/contracts";
import type { AppError } from "@anzhi/domain/errors";
import { formatError, type ErrorShape } from "../trpc/errors.ts";

export type Transport = "rest" | "trpc";

/** An error answer on either transport: the handler's own refusals and REST's failed calls. */
export function errorResponse(
  transport: Transport,
  error: AppError,
  opts: {
    locale: Locale;
    requestId: string;
    path?: string | undefined;
    headers?: Headers | Record<string, string> | undefined;
  },
): Response {
  const shape = formatError({ error, ctx: { locale: opts.locale, requestId: opts.requestId }, path: opts.path });
  const headers = new Headers(opts.headers);
  headers.set("content-type", "application/json");
  headers.set("x-request-id", opts.requestId);
  const body = transport === "rest" ? restErrorBody(shape, opts.requestId) : { error: shape };
  return new Response(JSON.stringify(body), { status: shape.data.httpStatus, headers });
}

export function restErrorBody(shape: ErrorShape, fallbackRequestId: string): ApiErrorBody {
  const issues = shape.data.issues ?? undefined;
  const param = issues?.[0]?.path || undefined;
  return {
    error: {
      type: kindOf(shape.data.appCode),
      code: shape.data.appCode,
      message: shape.message,
      ...(param ? { param } : {}),
      requestId: shape.data.requestId ?? fallbackRequestId,
      ...(issues ? { issues } : {}),
    },
  };
}
