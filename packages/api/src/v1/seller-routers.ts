// v1 resources for sellers (Order 76): purchase receipts (进货查验记录, upsert by externalId; a
// missing or invalid document opens a hazard whose number the result carries) and sales (销售台账).
// Same shape as the inspection resources: push, pushBatch (≤ 1,000, one transaction, a result per
// record), get by externalId, list in cursor pages; Idempotency-Key replay is the HTTP layer's.
import {
  BatchPushResultSchema,
  ExternalIdInputSchema,
  IngestBatchInputSchema,
  PurchaseReceiptPageSchema,
  PurchaseReceiptSchema,
  PurchaseReceiptUpsertSchema,
  RecordPushResultSchema,
  SalePageSchema,
  SaleSchema,
  SaleUpsertSchema,
  SellerRecordListQuerySchema,
} from "@anzhi/contracts";
import { v1 } from "./init.ts";
import { readProcedure, writeProcedure } from "./procedures.ts";
import { onlyResult } from "./single-push.ts";

const receiptTags = ["Purchase receipts"];
export const purchaseReceiptsRouter = v1.router({
  push: writeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/purchase-receipts",
        tags: receiptTags,
        protect: true,
        summary: "Push one purchase receipt (进货查验记录, upsert by externalId)",
      },
    })
    .input(PurchaseReceiptUpsertSchema)
    .output(RecordPushResultSchema)
    .mutation(async ({ ctx, input }) =>
      onlyResult(await ctx.services.pushPurchaseReceipts(ctx.caller, [input]), input),
    ),
  pushBatch: writeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/purchase-receipts/batch",
        tags: receiptTags,
        protect: true,
        summary: "Push up to 1,000 purchase receipts in one transaction",
      },
    })
    .input(IngestBatchInputSchema)
    .output(BatchPushResultSchema)
    .mutation(({ ctx, input }) => ctx.services.pushPurchaseReceipts(ctx.caller, input.records)),
  get: readProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/purchase-receipts/{externalId}",
        tags: receiptTags,
        protect: true,
        summary: "Get a purchase receipt by externalId",
      },
    })
    .input(ExternalIdInputSchema)
    .output(PurchaseReceiptSchema)
    .query(({ ctx, input }) => ctx.services.getPurchaseReceipt(ctx.caller, input.externalId)),
  list: readProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/purchase-receipts",
        tags: receiptTags,
        protect: true,
        summary: "List purchase receipts (cursor pages)",
      },
    })
    .input(SellerRecordListQuerySchema)
    .output(PurchaseReceiptPageSchema)
    .query(({ ctx, input }) => ctx.services.listPurchaseReceipts(ctx.caller, input)),
});

const saleTags = ["Sales"];
export const salesRouter = v1.router({
  push: writeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/sales",
        tags: saleTags,
        protect: true,
        summary: "Push one sale (销售台账, upsert by externalId)",
      },
    })
    .input(SaleUpsertSchema)
    .output(RecordPushResultSchema)
    .mutation(async ({ ctx, input }) => onlyResult(await ctx.services.pushSales(ctx.caller, [input]), input)),
  pushBatch: writeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/sales/batch",
        tags: saleTags,
        protect: true,
        summary: "Push up to 1,000 sales in one transaction",
      },
    })
    .input(IngestBatchInputSchema)
    .output(BatchPushResultSchema)
    .mutation(({ ctx, input }) => ctx.services.pushSales(ctx.caller, input.records)),
  get: readProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/sales/{externalId}",
        tags: saleTags,
        protect: true,
        summary: "Get a sale by externalId",
      },
    })
    .input(ExternalIdInputSchema)
    .output(SaleSchema)
    .query(({ ctx, input }) => ctx.services.getSale(ctx.caller, input.externalId)),
  list: readProcedure
    .meta({
      openapi: { method: "GET", path: "/sales", tags: saleTags, protect: true, summary: "List sales (cursor pages)" },
    })
    .input(SellerRecordListQuerySchema)
    .output(SalePageSchema)
    .query(({ ctx, input }) => ctx.services.listSales(ctx.caller, input)),
});
