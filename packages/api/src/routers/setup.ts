// 开通向导: how far the caller's organisation is through the setup steps (ADR 033).
import type { TRPCRouterRecord } from "@trpc/server";
import { setupProgress } from "@anzhi/domain/orgs/setup";
import { memberProcedure } from "../trpc/procedures.ts";

export const setupRouter = {
  progress: memberProcedure.query(({ ctx }) =>
    setupProgress(ctx.orgDb, { organizationId: ctx.org.id, timeZone: ctx.org.timeZone, now: ctx.now() }),
  ),
} satisfies TRPCRouterRecord;
