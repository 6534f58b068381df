// 履职记录: proposals and vetoes by the director or an officer, the principal's signed decisions,
// and the XLSX export.
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import { IdSchema, LedgerDateRangeSchema, ProposalCreateSchema, ProposalDecideSchema } from "@anzhi/contracts";
import { createProposal, decideProposal } from "@anzhi/domain/proposals/proposals";
import { getProposal, listProposals } from "@anzhi/domain/proposals/read";
import { proposalLedgerXlsx } from "@anzhi/domain/hazards/xlsx";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { whoOf, clockOf } from "../trpc/actors.ts";


export const proposalsRouter = {
  list: memberProcedure
    .input(z.strictObject({ status: z.enum(["pending", "decided"]).optional() }).optional())
    .query(({ ctx, input }) => listProposals(ctx.orgDb, clockOf(ctx), input?.status ? { status: input.status } : {})),
  get: memberProcedure.input(z.strictObject({ proposalId: IdSchema })).query(async ({ ctx, input }) => ({
    ...(await getProposal(ctx.orgDb, { organizationId: ctx.org.id, now: ctx.now() }, input.proposalId)),
    canDecide: ctx.org.roles.includes("principal"),
  })),
  create: roleProcedure(["director", "officer"]).input(ProposalCreateSchema).mutation(({ ctx, input }) => createProposal(ctx.orgDb, whoOf(ctx), input)),
  decide: roleProcedure(["principal"]).input(ProposalDecideSchema).mutation(({ ctx, input }) => decideProposal(ctx.orgDb, whoOf(ctx), input)),
  exportXlsx: memberProcedure.input(LedgerDateRangeSchema).query(async ({ ctx, input }) => {
    const file = await proposalLedgerXlsx(ctx.orgDb, clockOf(ctx), input);
    return { base64: file.bytes.toString("base64"), fileName: file.fileName, contentDisposition: file.contentDisposition };
  }),
} satisfies TRPCRouterRecord;
