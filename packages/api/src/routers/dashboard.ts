// The figures behind the /app dashboard cards and its trends.
import type { TRPCRouterRecord } from "@trpc/server";
import { dashboardData } from "@anzhi/domain/dashboard/dashboard";
import { dashboardTrends } from "@anzhi/domain/dashboard/trends";
import { memberProcedure } from "../trpc/procedures.ts";

export const dashboardRouter = {
  overview: memberProcedure.query(({ ctx }) =>
    dashboardData(ctx.orgDb, { organizationId: ctx.org.id, timeZone: ctx.org.timeZone, now: ctx.now() }),
  ),
  trends: memberProcedure.query(({ ctx }) =>
    dashboardTrends(ctx.orgDb, { organizationId: ctx.org.id, now: ctx.now() }),
  ),
} satisfies TRPCRouterRecord;
