// 进货/出厂检验记录 in the enterprise app: members browse them (the same read model as the ERP API),
// the principal, the director or the officer types an outgoing record on the phone form, which
// starts from the product's test items (docs/decisions/018).
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  InspectionKind,
  InspectionListQuerySchema,
  OutgoingInspectionEntrySchema,
  ProductIdSchema,
} from "@anzhi/contracts";
import { listInspections } from "@anzhi/domain/ingest/read-inspections";
import { inspectionTemplate, recordOutgoingInspection } from "@anzhi/domain/ingest/record-inspection";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { whoOf } from "../trpc/actors.ts";

const ListSchema = InspectionListQuerySchema.extend({ kind: InspectionKind });

export const inspectionsRouter = {
  list: memberProcedure
    .input(ListSchema)
    .query(({ ctx, input: { kind, ...query } }) =>
      listInspections(ctx.orgDb, { organizationId: ctx.org.id, siteId: null }, kind, query),
    ),
  template: memberProcedure
    .input(z.strictObject({ productId: ProductIdSchema }))
    .query(({ ctx, input }) => inspectionTemplate(ctx.orgDb, ctx.org.id, input.productId)),
  recordOutgoing: roleProcedure(["principal", "director", "officer"], { admin: true })
    .input(OutgoingInspectionEntrySchema)
    .mutation(({ ctx, input }) => recordOutgoingInspection(ctx.orgDb, whoOf(ctx), input)),
} satisfies TRPCRouterRecord;
