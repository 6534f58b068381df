export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from "./routers/app.ts";
export { createContextInner, localeFromRequest, type ContextInner, type SessionUser } from "./trpc/context.ts";
export {
  handleTrpc,
  handleHealthz,
  handleBillingWebhook,
  callerForRequest,
  contextForRequest,
  withRequestScope,
} from "./http.ts";
export { handleV1 } from "./v1/entry.ts";
export { formErrorOf, type FormError } from "./form-errors.ts";
export { httpErrorOf } from "./trpc/errors.ts";
export { SESSION_COOKIE } from "./session-cookie.ts";
export { bootstrap, type BootstrapResult } from "@anzhi/domain/system/bootstrap";
export { startScheduler, schedulerTick } from "@anzhi/domain/routines/scheduler";
export { JOBS_OFF, type JobsStatus } from "@anzhi/domain/jobs/runner";
export { systemClock, type Clock } from "@anzhi/domain/clock";
