// ERP API keys of the active organisation (admins only): list (prefix, scopes, site, last use),
// create (the secret is returned once) and revoke. The keys themselves are used at /api/v1.
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import { ApiKeyCreateSchema, IdSchema } from "@anzhi/contracts";
import { createApiKey, listApiKeys, revokeApiKey } from "@anzhi/domain/api-keys/api-keys";
import { activeSites } from "@anzhi/domain/members/options";
import { adminProcedure } from "../trpc/procedures.ts";

export const apiKeysRouter = {
  list: adminProcedure.query(async ({ ctx }) => {
    const [keys, sites] = await Promise.all([listApiKeys(ctx.orgDb, ctx.org.id), activeSites(ctx.orgDb, ctx.org.id)]);
    return { keys, sites };
  }),
  /** Returns `{ key, secret }`; the secret is never retrievable again. */
  create: adminProcedure
    .input(ApiKeyCreateSchema)
    .mutation(({ ctx, input }) => createApiKey(ctx.orgDb, ctx.org.id, ctx.user.id, input)),
  revoke: adminProcedure
    .input(z.strictObject({ id: IdSchema }))
    .mutation(({ ctx, input }) => revokeApiKey(ctx.orgDb, ctx.org.id, ctx.user.id, input.id, ctx.now())),
} satisfies TRPCRouterRecord;
