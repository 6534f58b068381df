// Binds the seller resources of v1 to the domain and one database.
import type { Db } from "@anzhi/db";
import { getPurchaseReceipt, getSale, listPurchaseReceipts, listSales } from "@anzhi/domain/ingest/seller-read";
import { pushPurchaseReceipts, pushSales } from "@anzhi/domain/ingest/seller-push";
import type { V1SellerServices } from "./seller-context.ts";

export function v1SellerServices(db: Db): V1SellerServices {
  return {
    pushPurchaseReceipts: (caller, records) => pushPurchaseReceipts(db, caller, records),
    getPurchaseReceipt: (caller, externalId) => getPurchaseReceipt(db, caller.organizationId, externalId),
    listPurchaseReceipts: (caller, query) => listPurchaseReceipts(db, caller.organizationId, query),
    pushSales: (caller, records) => pushSales(db, caller, records),
    getSale: (caller, externalId) => getSale(db, caller.organizationId, externalId),
    listSales: (caller, query) => listSales(db, caller.organizationId, query),
  };
}
