// HTTP entry points used by the web app's resource routes.
import { AsyncLocalStorage } from "node:async_hooks";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb, type Db } from "@anzhi/db";
import { getEnv } from "@anzhi/config";
import { checkHealth } from "@anzhi/domain/system/health";
import { JOBS_OFF, type JobsStatus } from "@anzhi/domain/jobs/runner";
import { resolveSession } from "@anzhi/domain/auth/sessions";
import { receiveWebhook } from "@anzhi/domain/billing/webhook";
import { systemClock, type Clock } from "@anzhi/domain/clock";
import { appRouter, createCaller } from "./routers/app.ts";
import { createContextInner, localeFromRequest, type ContextInner } from "./trpc/context.ts";
import { clientIp, isSecureRequest, readSessionToken, sessionCookie } from "./session-cookie.ts";

/**
 * What the loaders of one Remix request share (`withRequestScope`): the request's instant, the
 * session lookup per token and the membership cache (ContextInner.requestCache). Remix hands each
 * loader its own copy of the Request, so the scope rides on the async context instead. A request
 * that runs an action (not GET/HEAD) stops sharing: the action may change the session or the
 * membership, and the loaders after it must read afresh.
 */
interface RequestScope {
  at: Date | null;
  sessions: Map<string, ReturnType<typeof resolveSession>>;
  cache: Map<string, Promise<unknown>>;
  shared: boolean;
}

const requestScope = new AsyncLocalStorage<RequestScope>();

/** Runs one HTTP request's Remix handling so its loaders read the session and membership once. */
export function withRequestScope<T>(fn: () => T): T {
  return requestScope.run({ at: null, sessions: new Map(), cache: new Map(), shared: true }, fn);
}

/**
 * The context for a request: the session behind its `anzhi_session` cookie (an expired session or
 * a disabled user counts as anonymous). When the lookup slid the expiry, the renewed cookie is put
 * on `resHeaders`. The clock is read once: every procedure of the request sees the same instant.
 * Inside a request scope, the loaders of one document or data request share the instant, the
 * session lookup and the membership cache.
 */
export async function contextForRequest(
  db: Db,
  request: Request,
  resHeaders: Headers = new Headers(),
  clock: Clock = systemClock,
  scope: RequestScope | null = null,
): Promise<ContextInner> {
  const at = scope ? (scope.at ??= clock()) : clock();
  const secureCookies = isSecureRequest(request, getEnv().ANZHI_TRUST_PROXY);
  const token = readSessionToken(request.headers);
  let session: Awaited<ReturnType<typeof resolveSession>> = null;
  if (token && scope) {
    let pending = scope.sessions.get(token);
    if (!pending) {
      pending = resolveSession(db, token, at);
      scope.sessions.set(token, pending);
    }
    session = await pending;
  } else if (token) session = await resolveSession(db, token, at);
  // Every caller that slid the expiry (shared: every caller of the request) sends the renewed
  // cookie, so whichever loader's headers reach the response carry it.
  if (session && token && session.refreshed)
    resHeaders.append("set-cookie", sessionCookie(token, session.expiresAt, secureCookies, at));
  return createContextInner({
    db,
    resHeaders,
    locale: localeFromRequest(request.headers),
    requestId: request.headers.get("x-request-id") ?? undefined,
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    activeOrganizationId: session?.activeOrganizationId ?? null,
    ip: clientIp(request.headers),
    userAgent: request.headers.get("user-agent"),
    secureCookies,
    origin: new URL(request.url).origin,
    now: () => at,
    requestCache: scope?.cache ?? new Map(),
  });
}

export async function handleTrpc(request: Request, endpoint = "/api/trpc"): Promise<Response> {
  const db = await getDb(getEnv().DATABASE_URL);
  return fetchRequestHandler({
    endpoint,
    req: request,
    router: appRouter,
    createContext: ({ resHeaders }) => contextForRequest(db, request, resHeaders),
  });
}

/** How long /healthz waits for the database before answering 503 (a database that hangs is down). */
const HEALTH_TIMEOUT_MS = 2000;

/**
 * GET /healthz — 200 with `{ database, migrations, organizations, jobs }` while the database answers
 * (one statement), else 503 with `database: "unavailable"`. `jobs` is this node's job runner status
 * (the web server passes it through the load context); it is reported in both answers.
 */
export async function handleHealthz(
  jobs: JobsStatus = JOBS_OFF,
  openDatabase: () => Promise<Db> = () => getDb(getEnv().DATABASE_URL),
): Promise<Response> {
  const headers = { "cache-control": "no-store" };
  let timer: NodeJS.Timeout | undefined;
  try {
    const health = await Promise.race([
      openDatabase().then((db) => checkHealth(db, jobs)),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
      }),
    ]);
    return Response.json(health, { headers });
  } catch (error) {
    console.error("[healthz]", error instanceof Error ? error.message : error);
    return Response.json({ status: "error", database: "unavailable", jobs }, { status: 503, headers });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An in-process caller for Remix loaders/actions, with the same context the HTTP route builds
 * (session included). Pass `resHeaders` to collect the cookies procedures set (login, logout,
 * sign-up, organisation switch) and forward them on the Remix response.
 */
export async function callerForRequest(request: Request, resHeaders: Headers = new Headers()) {
  const db = await getDb(getEnv().DATABASE_URL);
  const scope = requestScope.getStore();
  if (scope && request.method !== "GET" && request.method !== "HEAD") scope.shared = false;
  return createCaller(await contextForRequest(db, request, resHeaders, systemClock, scope?.shared ? scope : null));
}

/**
 * POST /api/billing/webhook — Stripe's deliveries. The raw body goes to the verifier untouched
 * (nothing parses it before); the signature is the authentication (docs/decisions/025).
 */
export async function handleBillingWebhook(request: Request, clock: Clock = systemClock): Promise<Response> {
  if (request.method !== "POST") return new Response("Method Not Allowed", { status: 405, headers: { allow: "POST" } });
  const db = await getDb(getEnv().DATABASE_URL);
  const raw = await request.text();
  const answer = await receiveWebhook(db, raw, request.headers.get("stripe-signature"), clock());
  return Response.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store" } });
}
