// v1 procedures: every call needs an API key; writes need records:write, reads records:read.
// Errors go through the shared pipeline (trpc/errors.ts), their stable code kept as cause.
import { AppError } from "@anzhi/domain/errors";
import type { ApiScope } from "@anzhi/contracts";
import { convertFailure, readInput } from "../trpc/errors.ts";
import type { V1Caller } from "./context.ts";
import { v1 } from "./init.ts";

// First in every procedure: refuse unreadable input, then convert whatever the call threw.
const errorConversion = v1.middleware(async ({ getRawInput, next }) => {
  await readInput(getRawInput);
  const result = await next();
  return result.ok ? result : { ...result, error: convertFailure(result.error, "v1") };
});

const base = v1.procedure.use(errorConversion);

export function keyProcedure(scope: ApiScope) {
  return base.use(({ ctx, next }) => {
    if (!ctx.apiKey) throw new AppError("API_KEY_INVALID", { message: "API key required" });
    if (!ctx.apiKey.scopes.includes(scope))
      throw new AppError("API_KEY_SCOPE_MISSING", { message: `Missing scope ${scope}`, details: { scope } });
    const caller: V1Caller = {
      organizationId: ctx.apiKey.organizationId,
      apiKeyId: ctx.apiKey.id,
      siteId: ctx.apiKey.siteId,
      locale: ctx.locale,
      now: ctx.now,
    };
    return next({ ctx: { ...ctx, caller } });
  });
}

export const readProcedure = keyProcedure("records:read");
export const writeProcedure = keyProcedure("records:write");
