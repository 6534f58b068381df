// The risk control list (风险管控清单): every member reads any version; the director and the
// principal generate it and add, edit or retire items (each change is a new version with a reason).
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import {
  RiskItemAddSchema,
  RiskItemEditSchema,
  RiskItemRetireSchema,
  RiskItemsAssignSchema,
  RiskListApproveSchema,
  RiskListGenerateSchema,
  RiskListViewSchema,
} from "@anzhi/contracts";
import { approveRiskListVersion } from "@anzhi/domain/risk-list/approve";
import { addRiskItem, assignRiskItems, editRiskItem, retireRiskItem } from "@anzhi/domain/risk-list/edit";
import { generateRiskList } from "@anzhi/domain/risk-list/generate";
import { getRiskList } from "@anzhi/domain/risk-list/read";
import { riskItemAssignees } from "@anzhi/domain/members/options";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { actorOf } from "../trpc/actors.ts";

const listEditor = () => roleProcedure(["principal", "director"]);

export const riskListRouter = {
  get: memberProcedure.input(RiskListViewSchema.optional()).query(async ({ ctx, input }) => {
    const doc = await getRiskList(ctx.orgDb, ctx.org.id, input ?? {});
    const canEdit = ctx.org.roles.some((r) => r === "principal" || r === "director");
    return { ...doc, canEdit, canApprove: ctx.org.roles.includes("principal") };
  }),
  /** Active members who can be named responsible for an item, with their roles. */
  assignees: memberProcedure.query(({ ctx }) => riskItemAssignees(ctx.orgDb, ctx.org.id)),
  generate: listEditor()
    .input(RiskListGenerateSchema.optional())
    .output(z.object({ version: z.number().int(), added: z.number().int(), changed: z.boolean() }))
    .mutation(({ ctx, input }) => generateRiskList(ctx.orgDb, ctx.org.id, input ?? {}, actorOf(ctx), ctx.now())),
  addItem: listEditor()
    .input(RiskItemAddSchema)
    .mutation(({ ctx, input }) => addRiskItem(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
  editItem: listEditor()
    .input(RiskItemEditSchema)
    .mutation(({ ctx, input }) => editRiskItem(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
  retireItem: listEditor()
    .input(RiskItemRetireSchema)
    .mutation(({ ctx, input }) => retireRiskItem(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
  /** One person for many items: one new version, one reason. */
  assignItems: listEditor()
    .input(RiskItemsAssignSchema)
    .mutation(({ ctx, input }) => assignRiskItems(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
  /** The principal approves a version a director prepared. */
  approve: roleProcedure(["principal"])
    .input(RiskListApproveSchema)
    .mutation(({ ctx, input }) => approveRiskListVersion(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
} satisfies TRPCRouterRecord;
