// 隐患台账: list, detail with history, manual create, assignment, lifecycle transitions, evidence
// uploads, major-risk report drafts, and the XLSX export. Every procedure works inside the
// caller's organisation; ids of another organisation are not found.
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import { HazardAssignSchema, HazardCreateSchema, HazardListFilterSchema, HazardTransitionSchema, IdSchema, LedgerDateRangeSchema, MajorRiskReportDraftSchema } from "@anzhi/contracts";
import { getEnv } from "@anzhi/config";
import { actionsFor, getHazard, listHazards } from "@anzhi/domain/hazards/ledger";
import { transitionHazard } from "@anzhi/domain/hazards/lifecycle";
import { assignHazard, createManualHazard } from "@anzhi/domain/hazards/manage";
import {
  ensureMajorRiskReport,
  getMajorRiskReport,
  listMajorRiskReports,
  submitMajorRiskReport,
  updateMajorRiskReportDraft,
} from "@anzhi/domain/hazards/major-report";
import { hazardLedgerXlsx } from "@anzhi/domain/hazards/xlsx";
import { readAttachment, storeAttachment } from "@anzhi/domain/files/attachments";
import { hazardOptions } from "@anzhi/domain/members/options";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { actorOf, whoOf, clockOf } from "../trpc/actors.ts";

/** Members who take part in the routines; viewers only read. */
const actorProcedure = roleProcedure(["principal", "director", "officer"]);
const managerProcedure = roleProcedure(["principal", "director"]);


export const hazardsRouter = {
  list: memberProcedure.input(HazardListFilterSchema.optional()).query(({ ctx, input }) => listHazards(ctx.orgDb, clockOf(ctx), input)),
  get: memberProcedure.input(z.strictObject({ hazardId: IdSchema })).query(async ({ ctx, input }) => {
    const hazard = await getHazard(ctx.orgDb, clockOf(ctx), input.hazardId);
    const isActor = ctx.org.roles.some((r) => r !== "viewer");
    return { ...hazard, myActions: isActor ? actionsFor(hazard, ctx.user.id) : [], canAssign: ctx.org.roles.includes("principal") || ctx.org.roles.includes("director") };
  }),
  create: actorProcedure.input(HazardCreateSchema).mutation(({ ctx, input }) => createManualHazard(ctx.orgDb, whoOf(ctx), input)),
  assign: managerProcedure.input(HazardAssignSchema).mutation(({ ctx, input }) => assignHazard(ctx.orgDb, whoOf(ctx), input)),
  transition: actorProcedure.input(HazardTransitionSchema).mutation(({ ctx, input }) => transitionHazard(ctx.orgDb, whoOf(ctx), input)),
  /** A photo or PDF as base64 (at most 10 MB once decoded); checked by its bytes. */
  uploadEvidence: actorProcedure
    .input(z.strictObject({ fileName: z.string().min(1).max(200), base64: z.string().min(1).max(14_000_000) }))
    .mutation(({ ctx, input }) =>
      storeAttachment(ctx.orgDb, {
        organizationId: ctx.org.id,
        dataDir: getEnv().dataDir,
        fileName: input.fileName,
        bytes: Buffer.from(input.base64, "base64"),
        actor: actorOf(ctx),
      }),
    ),
  /** An evidence file of the organisation, for download. */
  file: memberProcedure.input(z.strictObject({ fileId: IdSchema })).query(async ({ ctx, input }) => {
    const file = await readAttachment(ctx.orgDb, ctx.org.id, getEnv().dataDir, input.fileId);
    return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString("base64") };
  }),
  exportXlsx: memberProcedure.input(LedgerDateRangeSchema).query(async ({ ctx, input }) => {
    const file = await hazardLedgerXlsx(ctx.orgDb, clockOf(ctx), input);
    return { base64: file.bytes.toString("base64"), fileName: file.fileName, contentDisposition: file.contentDisposition };
  }),
  /** Choices for the forms and filters: owners (active members other than viewers), sites, products, risk items. */
  options: memberProcedure.query(({ ctx }) => hazardOptions(ctx.orgDb, ctx.org.id)),
  majorReports: {
    list: memberProcedure.query(({ ctx }) => listMajorRiskReports(ctx.orgDb, ctx.org.id)),
    get: memberProcedure.input(z.strictObject({ reportId: IdSchema })).query(async ({ ctx, input }) => ({
      ...(await getMajorRiskReport(ctx.orgDb, ctx.org.id, input.reportId)),
      canEdit: ctx.org.roles.includes("principal") || ctx.org.roles.includes("director"),
      canSubmit: ctx.org.roles.includes("principal"),
    })),
    ensureDraft: managerProcedure.input(z.strictObject({ hazardId: IdSchema })).mutation(({ ctx, input }) => ensureMajorRiskReport(ctx.orgDb, whoOf(ctx), input.hazardId)),
    saveDraft: managerProcedure.input(MajorRiskReportDraftSchema).mutation(({ ctx, input }) => updateMajorRiskReportDraft(ctx.orgDb, whoOf(ctx), input)),
    submit: roleProcedure(["principal"]).input(z.strictObject({ reportId: IdSchema })).mutation(({ ctx, input }) => submitMajorRiskReport(ctx.orgDb, whoOf(ctx), input.reportId)),
  },
} satisfies TRPCRouterRecord;
