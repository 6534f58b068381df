// The figures behind the /app dashboard cards.
import type { TRPCRouterRecord } from "@trpc/server";
import { dashboardData } from "@anzhi/domain/dashboard/dashboard";
import { memberProcedure } from "../trpc/procedures.ts";

export const dashboardRouter = {
  overview: memberProcedure.query(({ ctx }) =>
    dashboardData(ctx.orgDb, { organizationId: ctx.org.id, timeZone: ctx.org.timeZone, now: ctx.now() }),
  ),
} satisfies TRPCRouterRecord;
