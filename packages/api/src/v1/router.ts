// The public, versioned ERP API (v1). Every input and output is a contracts schema; the same
// procedures are served over tRPC (/api/v1/trpc, used by @anzhi/sdk) and REST (/api/v1/...,
// described by /api/v1/openapi.json).
import {
  BatchPushResultSchema,
  ExternalIdInputSchema,
  IncomingInspectionUpsertSchema,
  IngestBatchInputSchema,
  InspectionListQuerySchema,
  InspectionPageSchema,
  InspectionRecordSchema,
  OutgoingInspectionUpsertSchema,
  ProductCodeInputSchema,
  ProductListQuerySchema,
  ProductPageSchema,
  ProductSchema,
  ProductUpsertSchema,
  RecordPushResultSchema,
  ShipmentListQuerySchema,
  ShipmentPageSchema,
  ShipmentSchema,
  ShipmentUpsertSchema,
  SupplierListQuerySchema,
  SupplierPageSchema,
  SupplierSchema,
  SupplierUpsertSchema,
  type InspectionKind,
} from "@anzhi/contracts";
import { v1 } from "./init.ts";
import { readProcedure, writeProcedure } from "./procedures.ts";
import { onlyResult } from "./single-push.ts";
import { purchaseReceiptsRouter, salesRouter } from "./seller-routers.ts";

const TAG = { incoming: "Incoming inspections", outgoing: "Outgoing inspections" } as const;

function inspectionRouter(kind: InspectionKind) {
  const path = `/inspections/${kind}` as const;
  const tags = [TAG[kind]];
  const schema = kind === "incoming" ? IncomingInspectionUpsertSchema : OutgoingInspectionUpsertSchema;
  return v1.router({
    push: writeProcedure
      .meta({
        openapi: {
          method: "POST",
          path,
          tags,
          protect: true,
          summary: `Push one ${kind} inspection record (upsert by externalId)`,
        },
      })
      .input(schema)
      .output(RecordPushResultSchema)
      .mutation(async ({ ctx, input }) =>
        onlyResult(await ctx.services.pushInspections(ctx.caller, kind, [input]), input),
      ),
    pushBatch: writeProcedure
      .meta({
        openapi: {
          method: "POST",
          path: `${path}/batch`,
          tags,
          protect: true,
          summary: `Push up to 1,000 ${kind} inspection records in one transaction`,
        },
      })
      .input(IngestBatchInputSchema)
      .output(BatchPushResultSchema)
      .mutation(({ ctx, input }) => ctx.services.pushInspections(ctx.caller, kind, input.records)),
    get: readProcedure
      .meta({
        openapi: {
          method: "GET",
          path: `${path}/{externalId}`,
          tags,
          protect: true,
          summary: `Get one ${kind} inspection record by the ERP's externalId`,
        },
      })
      .input(ExternalIdInputSchema)
      .output(InspectionRecordSchema)
      .query(({ ctx, input }) => ctx.services.getInspection(ctx.caller, kind, input.externalId)),
    list: readProcedure
      .meta({
        openapi: {
          method: "GET",
          path,
          tags,
          protect: true,
          summary: `List ${kind} inspection records (cursor pages, filters)`,
        },
      })
      .input(InspectionListQuerySchema)
      .output(InspectionPageSchema)
      .query(({ ctx, input }) => ctx.services.listInspections(ctx.caller, kind, input)),
  });
}

const supplierTags = ["Suppliers"];
const suppliersRouter = v1.router({
  push: writeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/suppliers",
        tags: supplierTags,
        protect: true,
        summary: "Push one supplier (upsert by externalId)",
      },
    })
    .input(SupplierUpsertSchema)
    .output(RecordPushResultSchema)
    .mutation(async ({ ctx, input }) => onlyResult(await ctx.services.pushSuppliers(ctx.caller, [input]), input)),
  pushBatch: writeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/suppliers/batch",
        tags: supplierTags,
        protect: true,
        summary: "Push up to 1,000 suppliers in one transaction",
      },
    })
    .input(IngestBatchInputSchema)
    .output(BatchPushResultSchema)
    .mutation(({ ctx, input }) => ctx.services.pushSuppliers(ctx.caller, input.records)),
  get: readProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/suppliers/{externalId}",
        tags: supplierTags,
        protect: true,
        summary: "Get a supplier by externalId",
      },
    })
    .input(ExternalIdInputSchema)
    .output(SupplierSchema)
    .query(({ ctx, input }) => ctx.services.getSupplier(ctx.caller, input.externalId)),
  list: readProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/suppliers",
        tags: supplierTags,
        protect: true,
        summary: "List suppliers (cursor pages)",
      },
    })
    .input(SupplierListQuerySchema)
    .output(SupplierPageSchema)
    .query(({ ctx, input }) => ctx.services.listSuppliers(ctx.caller, input)),
});

const productTags = ["Products"];
const productsRouter = v1.router({
  push: writeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/products",
        tags: productTags,
        protect: true,
        summary: "Push one product (upsert by code)",
      },
    })
    .input(ProductUpsertSchema)
    .output(RecordPushResultSchema)
    .mutation(async ({ ctx, input }) => onlyResult(await ctx.services.pushProducts(ctx.caller, [input]), input)),
  pushBatch: writeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/products/batch",
        tags: productTags,
        protect: true,
        summary: "Push up to 1,000 products in one transaction",
      },
    })
    .input(IngestBatchInputSchema)
    .output(BatchPushResultSchema)
    .mutation(({ ctx, input }) => ctx.services.pushProducts(ctx.caller, input.records)),
  get: readProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/products/{code}",
        tags: productTags,
        protect: true,
        summary: "Get a product by its code",
      },
    })
    .input(ProductCodeInputSchema)
    .output(ProductSchema)
    .query(({ ctx, input }) => ctx.services.getProduct(ctx.caller, input.code)),
  list: readProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/products",
        tags: productTags,
        protect: true,
        summary: "List products (cursor pages)",
      },
    })
    .input(ProductListQuerySchema)
    .output(ProductPageSchema)
    .query(({ ctx, input }) => ctx.services.listProducts(ctx.caller, input)),
});

const shipmentTags = ["Shipments"];

/** 出厂放行/发货: a batch without a passing outgoing inspection is flagged 未检验出厂 (hazardNo). */
const shipmentsRouter = v1.router({
  push: writeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/shipments",
        tags: shipmentTags,
        protect: true,
        summary: "Push one release or shipment of a batch (upsert by externalId)",
      },
    })
    .input(ShipmentUpsertSchema)
    .output(RecordPushResultSchema)
    .mutation(async ({ ctx, input }) => onlyResult(await ctx.services.pushShipments(ctx.caller, [input]), input)),
  pushBatch: writeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/shipments/batch",
        tags: shipmentTags,
        protect: true,
        summary: "Push up to 1,000 releases or shipments in one transaction",
      },
    })
    .input(IngestBatchInputSchema)
    .output(BatchPushResultSchema)
    .mutation(({ ctx, input }) => ctx.services.pushShipments(ctx.caller, input.records)),
  get: readProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/shipments/{externalId}",
        tags: shipmentTags,
        protect: true,
        summary: "Get a release or shipment by externalId (with its 未检验出厂 flag and hazard)",
      },
    })
    .input(ExternalIdInputSchema)
    .output(ShipmentSchema)
    .query(({ ctx, input }) => ctx.services.getShipment(ctx.caller, input.externalId)),
  list: readProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/shipments",
        tags: shipmentTags,
        protect: true,
        summary: "List releases and shipments (cursor pages)",
      },
    })
    .input(ShipmentListQuerySchema)
    .output(ShipmentPageSchema)
    .query(({ ctx, input }) => ctx.services.listShipments(ctx.caller, input)),
});

export const v1Router = v1.router({
  inspections: v1.router({
    incoming: inspectionRouter("incoming"),
    outgoing: inspectionRouter("outgoing"),
  }),
  suppliers: suppliersRouter,
  products: productsRouter,
  purchaseReceipts: purchaseReceiptsRouter,
  sales: salesRouter,
  shipments: shipmentsRouter,
});

export type V1Router = typeof v1Router;
