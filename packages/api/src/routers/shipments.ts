// 出厂放行/发货记录: members read them; the principal, the director or the officer records one. A
// batch without a passing outgoing inspection is flagged 未检验出厂 and opens a hazard.
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { ShipmentRecordSchema } from "@anzhi/contracts";
import { listShipments, recordShipment } from "@anzhi/domain/shipments/shipments";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { actorOf } from "../trpc/actors.ts";

const ListSchema = z.strictObject({ uninspectedOnly: z.boolean().optional() }).default({});

export const shipmentsRouter = {
  list: memberProcedure.input(ListSchema).query(({ ctx, input }) => listShipments(ctx.orgDb, ctx.org.id, input)),
  record: roleProcedure(["principal", "director", "officer"], { admin: true })
    .input(ShipmentRecordSchema)
    .mutation(({ ctx, input }) =>
      recordShipment(ctx.orgDb, { organizationId: ctx.org.id, actor: actorOf(ctx), now: ctx.now() }, input),
    ),
} satisfies TRPCRouterRecord;
