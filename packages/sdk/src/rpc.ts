// The tRPC client for the v1 router and the conversion of its errors into typed Anzhi errors.
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { z } from "zod";
import type { V1Router } from "@anzhi/api/v1/router";
import { AnzhiAbortError, AnzhiConfigError, AnzhiError, errorForStatus, type AnzhiIssue } from "./errors";
import { RequestOptionsSchema, type RequestOptions } from "./options";
import { CALL_RETRIES_HEADER, CALL_TIMEOUT_HEADER, retryAfterSeconds } from "./transport";

export type V1Client = ReturnType<typeof createTRPCClient<V1Router>>;

/** What a resource passes to a tRPC query/mutation: the call's signal and its options as context. */
export interface CallOptions {
  signal?: AbortSignal;
  context: { anzhi: z.output<typeof RequestOptionsSchema> };
}

export function createV1Client(baseUrl: string, fetchImpl: typeof fetch): V1Client {
  return createTRPCClient<V1Router>({
    links: [
      httpLink({
        url: `${baseUrl}/api/v1/trpc`,
        fetch: fetchImpl,
        headers: ({ op }) => {
          const o = (op.context as Partial<CallOptions["context"]>).anzhi;
          const headers: Record<string, string> = {};
          if (o?.idempotencyKey !== undefined && op.type === "mutation") headers["idempotency-key"] = o.idempotencyKey;
          if (o?.timeoutMs !== undefined) headers[CALL_TIMEOUT_HEADER] = String(o.timeoutMs);
          if (o?.maxRetries !== undefined) headers[CALL_RETRIES_HEADER] = String(o.maxRetries);
          return headers;
        },
      }),
    ],
  });
}

/** Checks a call's options (AnzhiConfigError naming the wrong one) and shapes them for tRPC. */
export function callOptions(options: RequestOptions | undefined): CallOptions {
  const parsed = RequestOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AnzhiConfigError(`${first?.path.join(".") || "options"}: ${first?.message ?? "invalid"}`);
  }
  return { ...(parsed.data.signal ? { signal: parsed.data.signal } : {}), context: { anzhi: parsed.data } };
}

interface ErrorData {
  appCode?: unknown;
  requestId?: unknown;
  issues?: unknown;
  httpStatus?: unknown;
}

function issuesOf(raw: unknown): AnzhiIssue[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.map((i: { path?: unknown; message?: unknown }) => ({
    path: String(i.path ?? ""),
    message: String(i.message ?? ""),
  }));
}

export function toAnzhiError(error: unknown): AnzhiError {
  if (error instanceof AnzhiError) return error;
  if (error instanceof TRPCClientError) {
    if (error.cause instanceof AnzhiError) return error.cause;
    const data = (error.data ?? {}) as ErrorData;
    const meta = error.meta as { response?: Response } | undefined;
    const status = typeof data.httpStatus === "number" ? data.httpStatus : (meta?.response?.status ?? 500);
    const code = typeof data.appCode === "string" ? data.appCode : status >= 500 ? "INTERNAL" : "UNKNOWN";
    return errorForStatus(status, error.message, {
      code,
      status,
      requestId:
        typeof data.requestId === "string" ? data.requestId : (meta?.response?.headers.get("x-request-id") ?? null),
      issues: issuesOf(data.issues),
      retryAfterSeconds: meta?.response ? retryAfterSeconds(meta.response) : null,
      cause: error,
    });
  }
  return new AnzhiError(error instanceof Error ? error.message : String(error), { code: "UNKNOWN", cause: error });
}

/** Runs one tRPC call with `options`, turning whatever it throws into a typed AnzhiError. */
export async function call<T>(options: RequestOptions | undefined, fn: (o: CallOptions) => Promise<T>): Promise<T> {
  const o = callOptions(options);
  if (o.signal?.aborted) throw new AnzhiAbortError(o.signal.reason);
  try {
    return await fn(o);
  } catch (error) {
    if (o.signal?.aborted && !(error instanceof TRPCClientError && error.cause instanceof AnzhiError)) {
      throw new AnzhiAbortError(o.signal.reason);
    }
    throw toAnzhiError(error);
  }
}
