// HTTP entry points used by the web app's resource routes.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@anzhi/db";
import { getEnv } from "@anzhi/config";
import { checkHealth } from "@anzhi/domain/system/health";
import { appRouter, createCaller } from "./routers/app.ts";
import { createContextInner, localeFromRequest } from "./trpc/context.ts";

export async function handleTrpc(request: Request, endpoint = "/api/trpc"): Promise<Response> {
  const db = await getDb(getEnv().DATABASE_URL);
  return fetchRequestHandler({
    endpoint,
    req: request,
    router: appRouter,
    createContext: ({ resHeaders }) =>
      createContextInner({
        db,
        resHeaders,
        locale: localeFromRequest(request.headers),
        requestId: request.headers.get("x-request-id") ?? undefined,
      }),
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

/** An in-process caller for Remix loaders/actions, with the same context the HTTP route builds. */
export async function callerForRequest(request: Request) {
  const db = await getDb(getEnv().DATABASE_URL);
  return createCaller(createContextInner({ db, locale: localeFromRequest(request.headers) }));
}
