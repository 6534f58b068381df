// GET /regions?parent=320000 — JSON list of child regions for the sign-up picker.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { callerForRequest, orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const parent = new URL(request.url).searchParams.get("parent") ?? undefined;
  const caller = await callerForRequest(request);
  const regions = await orThrowResponse(caller.regions.children(parent ? { parent } : {}));
  return Response.json(regions, { headers: { "cache-control": "public, max-age=86400" } });
}
