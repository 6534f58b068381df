// The enterprise side of regulator access (settings → 监管授权): grants to agencies (admins
// only), revocation, and the log of every regulator read.
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import { IdSchema, RegulatorGrantCreateSchema } from "@anzhi/contracts";
import { accessLog, grantableAgencies } from "@anzhi/domain/regulator/access-log";
import { createGrant, listGrants, revokeGrant } from "@anzhi/domain/regulator/grants";
import { adminProcedure } from "../trpc/procedures.ts";
import { whoOf } from "../trpc/actors.ts";

export const regulatorAccessRouter = {
  overview: adminProcedure.query(async ({ ctx }) => ({
    agencies: await grantableAgencies(ctx.orgDb),
    grants: await listGrants(ctx.orgDb, ctx.org.id, ctx.now()),
    log: await accessLog(ctx.orgDb, ctx.org.id),
  })),
  grant: adminProcedure
    .input(RegulatorGrantCreateSchema)
    .mutation(({ ctx, input }) => createGrant(ctx.orgDb, whoOf(ctx), input, ctx.now())),
  revoke: adminProcedure
    .input(z.strictObject({ grantId: IdSchema }))
    .mutation(({ ctx, input }) => revokeGrant(ctx.orgDb, whoOf(ctx), input.grantId, ctx.now())),
} satisfies TRPCRouterRecord;
