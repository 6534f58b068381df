// The organisation's audit trail for its admins and its principal (主要负责人): read, filtered and
// paginated, and exported as XLSX. Regulators and other members are refused.
import type { TRPCRouterRecord } from "@trpc/server";
import { AuditFilterSchema, AuditListSchema } from "@anzhi/contracts";
import { auditPeople, auditXlsx, listAuditEvents } from "@anzhi/domain/audit/read";
import { roleProcedure } from "../trpc/procedures.ts";
import { clockOf } from "../trpc/actors.ts";
import { exportDownload } from "./download.ts";

const trailProcedure = roleProcedure(["principal"], { admin: true });

export const auditRouter = {
  list: trailProcedure
    .input(AuditListSchema)
    .query(({ ctx, input }) => listAuditEvents(ctx.orgDb, clockOf(ctx), input)),
  /** The people who appear in the trail, for the person filter. */
  people: trailProcedure.query(({ ctx }) => auditPeople(ctx.orgDb, ctx.org.id)),
  exportXlsx: trailProcedure
    .input(AuditFilterSchema)
    .query(async ({ ctx, input }) => exportDownload(await auditXlsx(ctx.orgDb, clockOf(ctx), input))),
} satisfies TRPCRouterRecord;
