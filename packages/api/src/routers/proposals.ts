// 履职记录: proposals and vetoes by the director or an officer, the principal's signed decisions,
// and the XLSX export.
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import { IdSchema, LedgerDateRangeSchema, ProposalDecideSchema } from "@anzhi/contracts";
import { ProposalCreateWithEvidenceSchema } from "@anzhi/contracts/uploads";
import { createProposal, decideProposal } from "@anzhi/domain/proposals/proposals";
import { getProposal, listProposals } from "@anzhi/domain/proposals/read";
import { proposalLedgerXlsx } from "@anzhi/domain/hazards/xlsx";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { exportDownload } from "./download.ts";
import { whoOf, clockOf } from "../trpc/actors.ts";
import { configuredFileStorage } from "@anzhi/domain/files/storage";

export const proposalsRouter = {
  list: memberProcedure
    .input(z.strictObject({ status: z.enum(["pending", "decided"]).optional() }).optional())
    .query(({ ctx, input }) => listProposals(ctx.orgDb, clockOf(ctx), input?.status ? { status: input.status } : {})),
  get: memberProcedure.input(z.strictObject({ proposalId: IdSchema })).query(async ({ ctx, input }) => ({
    ...(await getProposal(ctx.orgDb, { organizationId: ctx.org.id, now: ctx.now() }, input.proposalId)),
    canDecide: ctx.org.roles.includes("principal"),
  })),
  /** A proposal or veto with its evidence files as bytes (stored and signed in the same transaction). */
  create: roleProcedure(["director", "officer"])
    .input(ProposalCreateWithEvidenceSchema)
    .mutation(({ ctx, input }) =>
      createProposal(ctx.orgDb, { ...whoOf(ctx), dataDir: configuredFileStorage() }, input),
    ),
  decide: roleProcedure(["principal"])
    .input(ProposalDecideSchema)
    .mutation(({ ctx, input }) => decideProposal(ctx.orgDb, whoOf(ctx), input)),
  exportXlsx: memberProcedure
    .input(LedgerDateRangeSchema)
    .query(async ({ ctx, input }) => exportDownload(await proposalLedgerXlsx(ctx.orgDb, clockOf(ctx), input))),
} satisfies TRPCRouterRecord;
