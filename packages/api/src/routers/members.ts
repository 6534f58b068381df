// Members of the active organisation: summary, list, invitations, roles, (de)activation.
import type { TRPCRouterRecord } from "@trpc/server";
import { memberSummary } from "@anzhi/domain/members/summary";
import { memberProcedure } from "../trpc/procedures.ts";

export const membersRouter = {
  /** Counts for the dashboard: active/deactivated members, pending invitations, per role. */
  summary: memberProcedure.query(({ ctx }) => memberSummary(ctx.orgDb)),
  /** The caller's organisation as the session sees it (name, kind, time zone, roles, admin). */
  current: memberProcedure.query(({ ctx }) => ctx.org),
} satisfies TRPCRouterRecord;
