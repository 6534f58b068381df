// 监督抽查结果: members read the list; the principal, the director or an admin enters a result
// from the notice (a failed one opens a hazard).
import type { TRPCRouterRecord } from "@trpc/server";
import { SupervisionSamplingResultCreateSchema } from "@anzhi/contracts";
import { createSamplingResult, listSamplingResults } from "@anzhi/domain/sampling/sampling";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { whoOf } from "../trpc/actors.ts";

export const samplingRouter = {
  list: memberProcedure.query(({ ctx }) => listSamplingResults(ctx.orgDb, ctx.org.id)),
  create: roleProcedure(["principal", "director"], { admin: true })
    .input(SupervisionSamplingResultCreateSchema)
    .mutation(({ ctx, input }) => createSamplingResult(ctx.orgDb, whoOf(ctx), input)),
} satisfies TRPCRouterRecord;
