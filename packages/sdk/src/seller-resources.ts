// Seller resources (Order 76): purchaseReceipts (进货查验记录) and sales (销售台账), with the same
// push / pushBatch / get / list / sync as every other resource. A receipt with a missing or invalid
// document is stored and its result carries the number of the hazard it opened.
import {
  PurchaseReceiptUpsertSchema,
  SaleUpsertSchema,
  type Locale,
  type PurchaseReceiptOut,
  type PurchaseReceiptUpsertInput,
  type SaleOut,
  type SaleUpsertInput,
  type SellerRecordListQueryInput,
} from "@anzhi/contracts";
import { Resource } from "./resources";
import type { V1Client } from "./rpc";

type ListInput = Omit<SellerRecordListQueryInput, "cursor">;

export function createSellerResources(client: V1Client, locale: Locale) {
  return {
    purchaseReceipts: new Resource<PurchaseReceiptUpsertInput, PurchaseReceiptOut, ListInput>(
      PurchaseReceiptUpsertSchema,
      "externalId",
      {
        push: (r, o) => client.purchaseReceipts.push.mutate(r, o),
        pushBatch: (records, o) => client.purchaseReceipts.pushBatch.mutate({ records }, o),
        get: (externalId, o) => client.purchaseReceipts.get.query({ externalId }, o),
        list: (f, o) => client.purchaseReceipts.list.query(f, o),
      },
      locale,
    ),
    sales: new Resource<SaleUpsertInput, SaleOut, ListInput>(
      SaleUpsertSchema,
      "externalId",
      {
        push: (r, o) => client.sales.push.mutate(r, o),
        pushBatch: (records, o) => client.sales.pushBatch.mutate({ records }, o),
        get: (externalId, o) => client.sales.get.query({ externalId }, o),
        list: (f, o) => client.sales.list.query(f, o),
      },
      locale,
    ),
  };
}

export type SellerResources = ReturnType<typeof createSellerResources>;
