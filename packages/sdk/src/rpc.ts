// The tRPC client for the v1 router and the conversion of its errors into typed Anzhi errors.
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { V1Router } from "@anzhi/api/v1/router";
import { AnzhiError, errorForStatus, type AnzhiIssue } from "./errors";
import { retryAfterSeconds } from "./transport";

export type V1Client = ReturnType<typeof createTRPCClient<V1Router>>;

export function createV1Client(baseUrl: string, fetchImpl: typeof fetch): V1Client {
  return createTRPCClient<V1Router>({ links: [httpLink({ url: `${baseUrl}/api/v1/trpc`, fetch: fetchImpl })] });
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

export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toAnzhiError(error);
  }
}
