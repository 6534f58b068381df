// 隐患台账: list, detail with history, manual create, assignment, lifecycle transitions, evidence
// uploads, major-risk report drafts, and the XLSX export. Every procedure works inside the
// caller's organisation; ids of another organisation are not found.
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import {
  HazardAssignSchema,
  HazardListFilterSchema,
  IdSchema,
  LedgerDateRangeSchema,
  MajorRiskReportDraftSchema,
} from "@anzhi/contracts";
import { HazardCreateWithEvidenceSchema, HazardTransitionWithEvidenceSchema } from "@anzhi/contracts/uploads";
import { actionsFor, getHazard, listHazards } from "@anzhi/domain/hazards/ledger";
import { mayVerifyMajor, transitionHazard } from "@anzhi/domain/hazards/lifecycle";
import { assignHazard, createManualHazard } from "@anzhi/domain/hazards/manage";
import {
  agencyChoices,
  ensureMajorRiskReport,
  getMajorRiskReport,
  listMajorRiskReports,
  submitMajorRiskReport,
  updateMajorRiskReportDraft,
} from "@anzhi/domain/hazards/major-report";
import { hazardLedgerXlsx } from "@anzhi/domain/hazards/xlsx";
import { openAttachment } from "@anzhi/domain/files/attachments";
import { readThumbnail } from "@anzhi/domain/files/photos";
import { hazardOptions } from "@anzhi/domain/members/options";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { whoOf, clockOf } from "../trpc/actors.ts";
import { attachmentDownload, exportDownload } from "./download.ts";
import { configuredFileStorage } from "@anzhi/domain/files/storage";

/** Members who take part in the routines; viewers only read. */
const actorProcedure = roleProcedure(["principal", "director", "officer"]);
const managerProcedure = roleProcedure(["principal", "director"]);

export const hazardsRouter = {
  list: memberProcedure
    .input(HazardListFilterSchema.optional())
    .query(({ ctx, input }) => listHazards(ctx.orgDb, clockOf(ctx), input)),
  get: memberProcedure.input(z.strictObject({ hazardId: IdSchema })).query(async ({ ctx, input }) => {
    const hazard = await getHazard(ctx.orgDb, clockOf(ctx), input.hazardId);
    const isActor = ctx.org.roles.some((r) => r !== "viewer");
    const major =
      hazard.severity === "major" && (await mayVerifyMajor(ctx.orgDb, ctx.org.id, ctx.user.id, ctx.org.today));
    return {
      ...hazard,
      myActions: isActor ? actionsFor(hazard, ctx.user.id, major) : [],
      canAssign: ctx.org.roles.includes("principal") || ctx.org.roles.includes("director"),
    };
  }),
  /** A hazard recorded by hand, with its evidence photos as bytes (stored in the same transaction). */
  create: actorProcedure
    .input(HazardCreateWithEvidenceSchema)
    .mutation(({ ctx, input }) =>
      createManualHazard(ctx.orgDb, { ...whoOf(ctx), dataDir: configuredFileStorage() }, input),
    ),
  assign: managerProcedure
    .input(HazardAssignSchema)
    .mutation(({ ctx, input }) => assignHazard(ctx.orgDb, whoOf(ctx), input)),
  /** A lifecycle step; submitting for verification carries the rectification photos as bytes. */
  transition: actorProcedure
    .input(HazardTransitionWithEvidenceSchema)
    .mutation(({ ctx, input }) =>
      transitionHazard(ctx.orgDb, { ...whoOf(ctx), dataDir: configuredFileStorage() }, input),
    ),
  /** An evidence file of the organisation, for download. */
  file: memberProcedure
    .input(z.strictObject({ fileId: IdSchema }))
    .query(async ({ ctx, input }) =>
      attachmentDownload(await openAttachment(ctx.orgDb, ctx.org.id, configuredFileStorage(), input.fileId), "inline"),
    ),
  /** A photo's thumbnail (docs/decisions/035), shown in place. */
  thumbnail: memberProcedure
    .input(z.strictObject({ fileId: IdSchema }))
    .query(async ({ ctx, input }) =>
      attachmentDownload(await readThumbnail(ctx.orgDb, ctx.org.id, input.fileId), "inline"),
    ),
  exportXlsx: memberProcedure
    .input(LedgerDateRangeSchema)
    .query(async ({ ctx, input }) => exportDownload(await hazardLedgerXlsx(ctx.orgDb, clockOf(ctx), input))),
  /** Choices for the forms and filters: owners (active members other than viewers), sites, products, risk items. */
  options: memberProcedure.query(({ ctx }) => hazardOptions(ctx.orgDb, ctx.org.id)),
  majorReports: {
    list: memberProcedure.query(({ ctx }) => listMajorRiskReports(ctx.orgDb, ctx.org.id)),
    /** Every regulator agency known to the system, the enterprise's jurisdictional 市场监管局 first. */
    agencies: memberProcedure.query(({ ctx }) => agencyChoices(ctx.orgDb, ctx.org.id)),
    get: memberProcedure.input(z.strictObject({ reportId: IdSchema })).query(async ({ ctx, input }) => ({
      ...(await getMajorRiskReport(ctx.orgDb, ctx.org.id, input.reportId)),
      canEdit: ctx.org.roles.includes("principal") || ctx.org.roles.includes("director"),
      canSubmit: ctx.org.roles.includes("principal"),
    })),
    ensureDraft: managerProcedure
      .input(z.strictObject({ hazardId: IdSchema }))
      .mutation(({ ctx, input }) => ensureMajorRiskReport(ctx.orgDb, whoOf(ctx), input.hazardId)),
    saveDraft: managerProcedure
      .input(MajorRiskReportDraftSchema)
      .mutation(({ ctx, input }) => updateMajorRiskReportDraft(ctx.orgDb, whoOf(ctx), input)),
    submit: roleProcedure(["principal"])
      .input(z.strictObject({ reportId: IdSchema }))
      .mutation(({ ctx, input }) => submitMajorRiskReport(ctx.orgDb, whoOf(ctx), input.reportId)),
  },
} satisfies TRPCRouterRecord;
