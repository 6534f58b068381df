// HTTP entry points used by the web app's resource routes.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb, type Db } from "@anzhi/db";
import { getEnv } from "@anzhi/config";
import { checkHealth } from "@anzhi/domain/system/health";
import { resolveSession } from "@anzhi/domain/auth/sessions";
import { receiveWebhook } from "@anzhi/domain/billing/webhook";
import { systemClock, type Clock } from "@anzhi/domain/clock";
import { appRouter, createCaller } from "./routers/app.ts";
import { createContextInner, localeFromRequest, type ContextInner } from "./trpc/context.ts";
import { clientIp, isSecureRequest, readSessionToken, sessionCookie } from "./session-cookie.ts";

/**
 * The context for a request: the session behind its `anzhi_session` cookie (an expired session or
 * a disabled user counts as anonymous). When the lookup slid the expiry, the renewed cookie is put
 * on `resHeaders`. The clock is read once: every procedure of the request sees the same instant.
 */
export async function contextForRequest(
  db: Db,
  request: Request,
  resHeaders: Headers = new Headers(),
  clock: Clock = systemClock,
): Promise<ContextInner> {
  const at = clock();
  const secureCookies = isSecureRequest(request, getEnv().ANZHI_TRUST_PROXY);
  const token = readSessionToken(request.headers);
  const session = token ? await resolveSession(db, token, at) : null;
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
    requestCache: new Map(),
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

/** GET /healthz — 200 with the applied migration count while the database answers, else 503. */
export async function handleHealthz(): Promise<Response> {
  try {
    const db = await getDb(getEnv().DATABASE_URL);
    const health = await checkHealth(db);
    return Response.json(health, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.error("[healthz]", error);
    return Response.json({ status: "error", database: "unavailable" }, { status: 503 });
  }
}

/**
 * An in-process caller for Remix loaders/actions, with the same context the HTTP route builds
 * (session included). Pass `resHeaders` to collect the cookies procedures set (login, logout,
 * sign-up, organisation switch) and forward them on the Remix response.
 */
export async function callerForRequest(request: Request, resHeaders: Headers = new Headers()) {
  const db = await getDb(getEnv().DATABASE_URL);
  return createCaller(await contextForRequest(db, request, resHeaders));
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
