// 进货/出厂检验记录 in the enterprise app: members browse them (the same read model as the ERP API),
// the principal, the director or the officer types an outgoing record on the phone form, which
// starts from the product's test items (docs/decisions/018).
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  ImportKind,
  ImportMappingSaveSchema,
  InspectionKind,
  IncomingInspectionEntrySchema,
  InspectionBrowseQuerySchema,
  InspectionListQuerySchema,
  OutgoingInspectionEntrySchema,
  ProductIdSchema,
} from "@anzhi/contracts";
import { InspectionImportSchema } from "@anzhi/contracts/uploads";
import { importInspections, importMapping, saveImportMapping } from "@anzhi/domain/ingest/import-inspections";
import { browseInspections, inspectionsXlsx } from "@anzhi/domain/ingest/browse-inspections";
import { listInspections } from "@anzhi/domain/ingest/read-inspections";
import {
  inspectionTemplate,
  recordIncomingInspection,
  recordOutgoingInspection,
} from "@anzhi/domain/ingest/record-inspection";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { whoOf } from "../trpc/actors.ts";
import { exportDownload } from "./download.ts";

const ListSchema = InspectionListQuerySchema.extend({ kind: InspectionKind });
const entering = roleProcedure(["principal", "director", "officer"], { admin: true });

export const inspectionsRouter = {
  list: memberProcedure
    .input(ListSchema)
    .query(({ ctx, input: { kind, ...query } }) =>
      listInspections(ctx.orgDb, { organizationId: ctx.org.id, siteId: null }, kind, query),
    ),
  /** The app's page: newest first, the page's filters, with source, product and supplier names. */
  browse: memberProcedure
    .input(InspectionBrowseQuerySchema)
    .query(({ ctx, input }) => browseInspections(ctx.orgDb, ctx.org.id, input)),
  exportXlsx: memberProcedure
    .input(InspectionBrowseQuerySchema)
    .query(async ({ ctx, input }) => exportDownload(await inspectionsXlsx(ctx.orgDb, ctx.org.id, input))),
  template: memberProcedure
    .input(z.strictObject({ productId: ProductIdSchema, kind: InspectionKind.default("outgoing") }))
    .query(({ ctx, input }) => inspectionTemplate(ctx.orgDb, ctx.org.id, input.productId, input.kind)),
  recordOutgoing: entering
    .input(OutgoingInspectionEntrySchema)
    .mutation(({ ctx, input }) => recordOutgoingInspection(ctx.orgDb, whoOf(ctx), input)),
  recordIncoming: entering
    .input(IncomingInspectionEntrySchema)
    .mutation(({ ctx, input }) => recordIncomingInspection(ctx.orgDb, whoOf(ctx), input)),
  /** The saved column mapping of the CSV/XLSX import (defaults where none is saved). */
  importMapping: memberProcedure
    .input(z.strictObject({ kind: ImportKind }))
    .query(({ ctx, input }) => importMapping(ctx.orgDb, ctx.org.id, input.kind)),
  saveImportMapping: entering
    .input(ImportMappingSaveSchema)
    .mutation(({ ctx, input }) => saveImportMapping(ctx.orgDb, { ...whoOf(ctx), locale: ctx.locale }, input)),
  /** In-process only (the file travels as bytes): a dry run stores nothing and reports each bad row. */
  import: entering
    .input(InspectionImportSchema)
    .mutation(({ ctx, input }) => importInspections(ctx.orgDb, { ...whoOf(ctx), locale: ctx.locale }, input)),
} satisfies TRPCRouterRecord;
