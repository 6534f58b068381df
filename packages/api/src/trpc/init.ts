// The single initTRPC of the app router. Errors leave in the one shape of trpc/errors.ts (shared
// with the v1 router): tRPC's envelope plus `appCode`, `requestId` and `issues` (field + reason).
import { initTRPC } from "@trpc/server";
import type { ContextInner } from "./context.ts";
import { formatError } from "./errors.ts";

export const t = initTRPC.context<ContextInner>().create({
  errorFormatter: ({ error, ctx, path }) => formatError({ error, ctx, path }),
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
