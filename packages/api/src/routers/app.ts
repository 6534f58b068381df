// The web app's own (private) router. The ERP-facing public surface is the separate `v1` router.
import { router, createCallerFactory } from "../trpc/init.ts";
import { systemRouter } from "./system.ts";

export const appRouter = router({
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
