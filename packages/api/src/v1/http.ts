// HTTP entry of the public API: /api/v1/trpc/* (tRPC, for @anzhi/sdk), /api/v1/openapi.json and
// REST under /api/v1/*. In front of both transports: request id, locale, API-key resolution
// (Authorization: Bearer), per-key rate limit and Idempotency-Key replay.
//
// Idempotency is per API key: the stored response is found by (API key, Idempotency-Key), the
// key's scope is checked before anything is replayed, and refusals that depend on who is asking
// (401, 403) are never stored — only answers the same key would get again by re-running.
//
// A refusal sent before the body was read (bad key, rate limit, bad header) first reads and
// discards the rest of a small body, so the keep-alive connection can carry the next request;
// a larger one is answered with `Connection: close` instead of being read.
import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Locale } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { authenticateApiKey, type AuthenticatedKey } from "@anzhi/domain/api-keys/api-keys";
import { systemClock, type Clock } from "@anzhi/domain/clock";
import { AppError, fieldError } from "@anzhi/domain/errors";
import { findIdempotentResponse, requestHash, saveIdempotentResponse } from "@anzhi/domain/ingest/idempotency";
import type { V1Context } from "./context.ts";
import { toAppError } from "../trpc/errors.ts";
import { errorResponse, type Transport } from "./errors.ts";
import { openApiDocument } from "./openapi.ts";
import { RateLimiter } from "./rate-limit.ts";
import { handleRest } from "./rest.ts";
import { v1Router } from "./router.ts";
import { v1Services } from "./services.ts";

export const V1_BASE = "/api/v1";
const MAX_IDEMPOTENCY_KEY = 255;
/**
 * A refused request's unread body up to this size is read and discarded, chunk by chunk (memory
 * stays flat), so keep-alive survives; a larger one gets `Connection: close`. Above the largest
 * legal batch, so an ERP whose key was revoked mid-sync keeps its connection.
 */
export const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;
/** Every POST of v1 is a write (pushes); a key must hold this scope before a stored answer is replayed. */
const WRITE_SCOPE = "records:write";

/** Statuses kept for replay: not server failures, not "try later", not who-is-asking refusals. */
export function isReplayable(status: number): boolean {
  return status < 500 && status !== 401 && status !== 403 && status !== 408 && status !== 429;
}

/**
 * Reads and discards a request body nobody will read, so the connection's next request can be
 * parsed. Returns false (and stops reading) when the body is larger than `limit`: the caller then
 * answers with `Connection: close`.
 */
export async function discardBody(request: Request, limit = DRAIN_LIMIT_BYTES): Promise<boolean> {
  if (!request.body || request.bodyUsed) return true;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) return false;
  const reader = request.body.getReader();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      read += value.byteLength;
      if (read > limit) return false;
    }
  } catch {
    return false;
  } finally {
    reader.releaseLock();
  }
}

export interface V1HandlerOptions {
  db: Db;
  rateLimiter?: RateLimiter;
  /** Read once per request (default: the real time); tests run the API at a chosen instant. */
  clock?: Clock;
  /** Unread body a refusal drains before answering (default DRAIN_LIMIT_BYTES). */
  drainLimitBytes?: number;
}

function localeOf(request: Request): Locale {
  const cookie = /(?:^|;\s*)lng=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  if (cookie === "en") return "en";
  const lang = request.headers.get("accept-language") ?? "";
  return /^\s*en\b/i.test(lang) ? "en" : "zh-CN";
}

function bearer(request: Request): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return m?.[1] ?? null;
}

export function createV1Handler(opts: V1HandlerOptions): (request: Request) => Promise<Response> {
  const limiter = opts.rateLimiter ?? new RateLimiter();
  const services = v1Services(opts.db);
  const clock = opts.clock ?? systemClock;

  async function dispatch(request: Request, transport: Transport, ctx: V1Context): Promise<Response> {
    if (transport === "trpc") {
      return fetchRequestHandler({
        endpoint: `${V1_BASE}/trpc`,
        req: request,
        router: v1Router,
        allowBatching: false,
        createContext: ({ resHeaders }) => ({ ...ctx, resHeaders }),
      });
    }
    // trpc-to-openapi reports every failure to onError (body parsing included, which happens
    // before any context exists); the REST body is then built from that error in the caller's language.
    const { response, failure } = await handleRest(request, V1_BASE, ctx);
    if (response.status < 400 && failure === undefined) return response;
    await response.body?.cancel();
    return errorResponse("rest", toAppError(failure), {
      locale: ctx.locale,
      requestId: ctx.requestId,
      headers: response.headers,
    });
  }

  return async function handleV1(request: Request): Promise<Response> {
    const now = clock();
    const url = new URL(request.url);
    const requestId = request.headers.get("x-request-id")?.slice(0, 100) || randomUUID();
    const locale = localeOf(request);
    if (url.pathname === `${V1_BASE}/openapi.json` && request.method === "GET") {
      return Response.json(openApiDocument(`${url.origin}${V1_BASE}`), { headers: { "x-request-id": requestId } });
    }
    const transport: Transport = url.pathname.startsWith(`${V1_BASE}/trpc/`) ? "trpc" : "rest";
    const procedurePath = transport === "trpc" ? url.pathname.slice(`${V1_BASE}/trpc/`.length) : undefined;
    // A refusal before the body is read: drain it (or close the connection) first.
    const fail = async (error: AppError, headers: Record<string, string> = {}) => {
      const drained = await discardBody(request, opts.drainLimitBytes);
      return errorResponse(transport, error, {
        locale,
        requestId,
        path: procedurePath,
        headers: drained ? headers : { ...headers, connection: "close" },
      });
    };

    const token = bearer(request);
    let key: AuthenticatedKey | null = null;
    if (token) {
      key = await authenticateApiKey(opts.db, token, now);
      if (!key) return fail(new AppError("API_KEY_INVALID"));
    }
    if (key) {
      const decision = await limiter.take(opts.db, key.id, key.plan, now);
      if (!decision.ok)
        return fail(new AppError("RATE_LIMITED"), {
          "retry-after": String(decision.retryAfterSeconds),
          "retry-after-ms": String(decision.retryAfterMs),
        });
    }
    const ctx: V1Context = {
      requestId,
      locale,
      apiKey: key ? { id: key.id, organizationId: key.organizationId, scopes: key.scopes, siteId: key.siteId } : null,
      services,
      resHeaders: new Headers(),
      now,
    };
    const idempotencyKey = request.headers.get("idempotency-key")?.trim();
    if (!key || request.method !== "POST" || !idempotencyKey) {
      return withRequestId(await dispatch(request, transport, ctx), requestId);
    }
    if (idempotencyKey.length > MAX_IDEMPOTENCY_KEY) {
      return fail(
        fieldError("VALIDATION_FAILED", "Idempotency-Key", "field.too_long", { maximum: MAX_IDEMPOTENCY_KEY }),
      );
    }
    // The scope first: a key that may not write gets its refusal, never another request's answer.
    if (!key.scopes.includes(WRITE_SCOPE)) {
      return fail(
        new AppError("API_KEY_SCOPE_MISSING", {
          message: `Missing scope ${WRITE_SCOPE}`,
          details: { scope: WRITE_SCOPE },
        }),
      );
    }
    const body = await request.text();
    const hash = requestHash(request.method, url.pathname, body);
    try {
      const stored = await findIdempotentResponse(opts.db, key.id, idempotencyKey, hash, now);
      if (stored) {
        return new Response(stored.body, {
          status: stored.status,
          headers: { "content-type": "application/json", "idempotent-replayed": "true", "x-request-id": requestId },
        });
      }
    } catch (error) {
      if (error instanceof AppError) return fail(error);
      throw error;
    }
    const replayable = new Request(request.url, { method: request.method, headers: request.headers, body });
    const response = await dispatch(replayable, transport, ctx);
    const text = await response.text();
    if (isReplayable(response.status)) {
      await saveIdempotentResponse(
        opts.db,
        {
          organizationId: key.organizationId,
          apiKeyId: key.id,
          key: idempotencyKey,
          method: request.method,
          path: url.pathname,
          hash,
          response: { status: response.status, body: text },
        },
        now,
      );
    }
    return withRequestId(new Response(text, { status: response.status, headers: response.headers }), requestId);
  };
}

function withRequestId(response: Response, requestId: string): Response {
  if (response.headers.has("x-request-id")) return response;
  const headers = new Headers(response.headers);
  headers.set("x-request-id", requestId);
  return new Response(response.body, { status: response.status, headers });
}
