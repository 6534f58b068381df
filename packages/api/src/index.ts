export { appRouter, createCaller, type AppRouter } from "./routers/app.ts";
export { createContextInner, localeFromRequest, type ContextInner, type Locale, type SessionUser } from "./trpc/context.ts";
export { handleTrpc, handleHealthz, callerForRequest } from "./http.ts";
export { bootstrap, type BootstrapResult } from "@anzhi/domain/system/bootstrap";
