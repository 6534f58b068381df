// v1 procedures: every call needs an API key; writes need records:write, reads records:read.
// Domain errors (AppError) are converted to tRPC errors with their stable code kept as cause.
import { TRPCError } from "@trpc/server";
import { AppError } from "@anzhi/domain/errors";
import type { ApiScope } from "@anzhi/contracts";
import { toTRPCError } from "../trpc/errors.ts";
import type { V1Caller } from "./context.ts";
import { v1 } from "./init.ts";

const errorConversion = v1.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const converted = toTRPCError(result.error.cause ?? result.error);
    if (converted.code === "INTERNAL_SERVER_ERROR") console.error("[v1] unexpected error", result.error.cause ?? result.error);
    return { ...result, error: converted };
  }
  return result;
});

const base = v1.procedure.use(errorConversion);

export function keyProcedure(scope: ApiScope) {
  return base.use(({ ctx, next }) => {
    if (!ctx.apiKey) throw new TRPCError({ code: "UNAUTHORIZED", message: "API key required", cause: new AppError("API_KEY_INVALID") });
    if (!ctx.apiKey.scopes.includes(scope)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `Missing scope ${scope}`, cause: new AppError("API_KEY_SCOPE_MISSING", { details: { scope } }) });
    }
    const caller: V1Caller = { organizationId: ctx.apiKey.organizationId, apiKeyId: ctx.apiKey.id, siteId: ctx.apiKey.siteId, locale: ctx.locale, now: ctx.now };
    return next({ ctx: { ...ctx, caller } });
  });
}

export const readProcedure = keyProcedure("records:read");
export const writeProcedure = keyProcedure("records:write");
