// Sellers' statutory records (Order 76): the supplier register, the 进货查验记录 of each delivery
// (a failed or missing document opens a hazard), the wholesaler's 销售台账, both ledgers with their
// filters and XLSX, and the batch trace. Members read; the principal, the director and the officers
// (and admins for the register) write.
import type { TRPCRouterRecord } from "@trpc/server";
import {
  BatchTraceQuerySchema,
  PurchaseCheckCreateSchema,
  PurchaseLedgerQuerySchema,
  SaleCreateSchema,
  SaleLedgerQuerySchema,
} from "@anzhi/contracts";
import { SupplierCreateWithFilesSchema, SupplierUpdateWithFilesSchema } from "@anzhi/contracts/uploads";
import { batchTrace, purchaseLedger, saleLedger } from "@anzhi/domain/sellers/ledgers";
import { createPurchaseCheck, createSale } from "@anzhi/domain/sellers/records";
import { createSupplier, listSupplierRegister, updateSupplier } from "@anzhi/domain/sellers/suppliers";
import { purchaseLedgerXlsx, purchaseSheet, saleLedgerXlsx, saleSheet } from "@anzhi/domain/sellers/xlsx";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { whoOf } from "../trpc/actors.ts";
import { exportDownload } from "./download.ts";
import { configuredFileStorage } from "@anzhi/domain/files/storage";

const writers = roleProcedure(["principal", "director", "officer"], { admin: true });
const checkers = roleProcedure(["principal", "director", "officer"]);

export const sellersRouter = {
  suppliers: {
    list: memberProcedure.query(({ ctx }) => listSupplierRegister(ctx.orgDb, ctx.org.id, ctx.org.today)),
    /** With the documents' scans as bytes (from the web's multipart form). */
    create: writers
      .input(SupplierCreateWithFilesSchema)
      .mutation(({ ctx, input }) =>
        createSupplier(ctx.orgDb, { ...whoOf(ctx), dataDir: configuredFileStorage() }, input),
      ),
    update: writers
      .input(SupplierUpdateWithFilesSchema)
      .mutation(({ ctx, input }) =>
        updateSupplier(ctx.orgDb, { ...whoOf(ctx), dataDir: configuredFileStorage() }, input),
      ),
  },
  purchases: {
    create: checkers
      .input(PurchaseCheckCreateSchema)
      .mutation(({ ctx, input }) => createPurchaseCheck(ctx.orgDb, whoOf(ctx), input)),
    ledger: memberProcedure
      .input(PurchaseLedgerQuerySchema)
      .query(({ ctx, input }) => purchaseLedger(ctx.orgDb, ctx.org.id, input)),
    sheet: memberProcedure
      .input(PurchaseLedgerQuerySchema)
      .query(({ ctx, input }) => purchaseSheet(ctx.orgDb, ctx.org.id, input)),
    exportXlsx: memberProcedure
      .input(PurchaseLedgerQuerySchema)
      .query(async ({ ctx, input }) => exportDownload(await purchaseLedgerXlsx(ctx.orgDb, ctx.org.id, input))),
  },
  sales: {
    create: checkers.input(SaleCreateSchema).mutation(({ ctx, input }) => createSale(ctx.orgDb, whoOf(ctx), input)),
    ledger: memberProcedure
      .input(SaleLedgerQuerySchema)
      .query(({ ctx, input }) => saleLedger(ctx.orgDb, ctx.org.id, input)),
    sheet: memberProcedure
      .input(SaleLedgerQuerySchema)
      .query(({ ctx, input }) => saleSheet(ctx.orgDb, ctx.org.id, input)),
    exportXlsx: memberProcedure
      .input(SaleLedgerQuerySchema)
      .query(async ({ ctx, input }) => exportDownload(await saleLedgerXlsx(ctx.orgDb, ctx.org.id, input))),
  },
  trace: memberProcedure
    .input(BatchTraceQuerySchema)
    .query(({ ctx, input }) => batchTrace(ctx.orgDb, ctx.org.id, input)),
} satisfies TRPCRouterRecord;
