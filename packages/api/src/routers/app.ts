// The web app's own (private) router. The ERP-facing public surface is the separate `v1` router.
import { router, createCallerFactory } from "../trpc/init.ts";
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
import { samplingRouter } from "./sampling.ts";
import { apiKeysRouter } from "./api-keys.ts";
import { appointmentsRouter } from "./appointments.ts";
import { regionsRouter } from "./regions.ts";

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
  sampling: samplingRouter,
  apiKeys: apiKeysRouter,
  appointments: appointmentsRouter,
  regions: regionsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
