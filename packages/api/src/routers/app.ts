// The web app's own (private) router. The ERP-facing public surface is the separate `v1` router.
import type { inferRouterInputs } from "@trpc/server";
import { router, createCallerFactory } from "../trpc/init.ts";
import { registerInputs } from "../trpc/owned-refs.ts";
import { systemRouter } from "./system.ts";
import { routinesRouter } from "./routines.ts";
import { hazardsRouter } from "./hazards.ts";
import { proposalsRouter } from "./proposals.ts";
import { dashboardRouter } from "./dashboard.ts";
import { profileRouter } from "./profile.ts";
import { certificatesRouter } from "./certificates.ts";
import { riskListRouter } from "./risk-list.ts";
import { authRouter } from "./auth.ts";
import { membersRouter } from "./members.ts";
import { regulatorRouter } from "./regulator.ts";
import { regulatorAccessRouter } from "./regulator-access.ts";
import { notificationChannelsRouter } from "./notification-channels.ts";
import { webhooksRouter } from "./webhooks.ts";
import { samplingRouter } from "./sampling.ts";
import { shipmentsRouter } from "./shipments.ts";
import { inspectionsRouter } from "./inspections.ts";
import { apiKeysRouter } from "./api-keys.ts";
import { appointmentsRouter } from "./appointments.ts";
import { regionsRouter } from "./regions.ts";
import { auditRouter } from "./audit.ts";
import { sellersRouter } from "./sellers.ts";
import { billingRouter } from "./billing.ts";
import { setupRouter } from "./setup.ts";

export const appRouter = router({
  system: systemRouter,
  routines: routinesRouter,
  hazards: hazardsRouter,
  proposals: proposalsRouter,
  dashboard: dashboardRouter,
  profile: profileRouter,
  certificates: certificatesRouter,
  riskList: riskListRouter,
  auth: authRouter,
  members: membersRouter,
  regulator: regulatorRouter,
  regulatorAccess: regulatorAccessRouter,
  notificationChannels: notificationChannelsRouter,
  webhooks: webhooksRouter,
  sampling: samplingRouter,
  shipments: shipmentsRouter,
  inspections: inspectionsRouter,
  apiKeys: apiKeysRouter,
  appointments: appointmentsRouter,
  regions: regionsRouter,
  audit: auditRouter,
  sellers: sellersRouter,
  billing: billingRouter,
  setup: setupRouter,
});

registerInputs(appRouter);

export type AppRouter = typeof appRouter;
/** What each procedure accepts (before its schema's defaults and transforms), e.g. `RouterInputs["hazards"]["create"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);

type OutputsOf<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<infer R> ? R : OutputsOf<T[K]> };
/**
 * What each procedure returns to an in-process caller (the web's loaders and actions; single fetch
 * keeps dates as dates on to the browser), e.g. `RouterOutputs["hazards"]["get"]`. tRPC's
 * inferRouterOutputs would describe the JSON of /api/trpc instead, with dates as strings.
 */
export type RouterOutputs = OutputsOf<ReturnType<typeof createCaller>>;
