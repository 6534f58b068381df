import { z } from "zod";
import { checkHealth } from "@anzhi/domain/system/health";
import type { TRPCRouterRecord } from "@trpc/server";
import { authedProcedure, publicProcedure } from "../trpc/procedures.ts";

export const systemRouter = {
  health: publicProcedure
    .output(
      z.object({
        status: z.literal("ok"),
        database: z.literal("ok"),
        migrations: z.number().int(),
        organizations: z.number().int(),
      }),
    )
    .query(({ ctx }) => checkHealth(ctx.db)),
  whoami: authedProcedure.query(({ ctx }) => ({ user: ctx.user, activeOrganizationId: ctx.activeOrganizationId })),
} satisfies TRPCRouterRecord;
