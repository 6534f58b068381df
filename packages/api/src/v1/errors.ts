// One error body per transport. REST: `{ error: { type, code, message, param?, requestId } }`
// (contracts ApiErrorBody). tRPC: the tRPC envelope carrying the same appCode and requestId,
// so the SDK turns both into the same typed errors.
import { httpStatusOf, kindOf, t, type ApiErrorBody, type ErrorCode, type Locale } from "@anzhi/contracts";

export type Transport = "rest" | "trpc";

const TRPC_CODE: Record<number, { name: string; num: number }> = {
  400: { name: "BAD_REQUEST", num: -32600 },
  401: { name: "UNAUTHORIZED", num: -32001 },
  403: { name: "FORBIDDEN", num: -32003 },
  404: { name: "NOT_FOUND", num: -32004 },
  409: { name: "CONFLICT", num: -32009 },
  429: { name: "TOO_MANY_REQUESTS", num: -32029 },
  500: { name: "INTERNAL_SERVER_ERROR", num: -32603 },
};

export function errorResponse(
  transport: Transport,
  code: ErrorCode,
  opts: { locale: Locale; requestId: string; path?: string; headers?: Record<string, string>; params?: Record<string, string> },
): Response {
  const status = httpStatusOf(kindOf(code));
  const message = t(code, opts.locale, opts.params ?? {});
  const headers = new Headers(opts.headers);
  headers.set("content-type", "application/json");
  headers.set("x-request-id", opts.requestId);
  if (transport === "rest") {
    const body: ApiErrorBody = { error: { type: kindOf(code), code, message, requestId: opts.requestId } };
    return new Response(JSON.stringify(body), { status, headers });
  }
  const trpc = TRPC_CODE[status] ?? { name: "INTERNAL_SERVER_ERROR", num: -32603 };
  const body = {
    error: {
      message,
      code: trpc.num,
      data: { code: trpc.name, httpStatus: status, path: opts.path ?? null, appCode: code, requestId: opts.requestId, issues: null },
    },
  };
  return new Response(JSON.stringify(body), { status, headers });
}

interface TrpcShapedError {
  message?: unknown;
  data?: { appCode?: unknown; requestId?: unknown; issues?: unknown; httpStatus?: unknown };
}

/** Rewrites trpc-to-openapi's error body (the tRPC error shape) into the REST contract shape. */
export function restErrorBody(raw: unknown, fallbackRequestId: string, status: number): ApiErrorBody {
  const e = (typeof raw === "object" && raw !== null ? raw : {}) as TrpcShapedError;
  const appCode = typeof e.data?.appCode === "string" ? e.data.appCode : status === 404 ? "NOT_FOUND" : "INTERNAL";
  const issues = Array.isArray(e.data?.issues)
    ? (e.data.issues as { path?: unknown; message?: unknown }[]).map((i) => ({ path: String(i.path ?? ""), message: String(i.message ?? "") }))
    : undefined;
  const param = issues?.[0]?.path || undefined;
  const type = kindOfStatus(status);
  return {
    error: {
      type,
      code: appCode,
      message: typeof e.message === "string" ? e.message : appCode,
      ...(param ? { param } : {}),
      requestId: typeof e.data?.requestId === "string" ? e.data.requestId : fallbackRequestId,
      ...(issues ? { issues } : {}),
    },
  };
}

function kindOfStatus(status: number): ApiErrorBody["error"]["type"] {
  switch (status) {
    case 400:
    case 415:
      return "invalid";
    case 401:
      return "unauthenticated";
    case 402:
      return "payment_required";
    case 403:
      return "forbidden";
    case 404:
    case 405:
      return "not_found";
    case 409:
      return "conflict";
    case 429:
      return "rate_limited";
    default:
      return "internal";
  }
}
