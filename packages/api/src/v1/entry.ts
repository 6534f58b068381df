// The web app's entry to the public API: one handler per process over the configured database.
import { getEnv } from "@anzhi/config";
import { getDb } from "@anzhi/db";
import { createV1Handler } from "./http.ts";

let handler: Promise<(request: Request) => Promise<Response>> | null = null;

/** Serves /api/v1/trpc/*, /api/v1/openapi.json and the REST endpoints under /api/v1. */
export async function handleV1(request: Request): Promise<Response> {
  handler ??= getDb(getEnv().DATABASE_URL).then((db) => createV1Handler({ db }));
  return (await handler)(request);
}
