// What the seller resources of v1 (purchase receipts, sales) need from the domain. Like context.ts,
// free of Prisma and domain types: the router's type is bundled into @anzhi/sdk's .d.ts.
import type { BatchPushResult, PurchaseReceiptOut, SaleOut } from "@anzhi/contracts";

interface Caller {
  organizationId: string;
  apiKeyId: string;
  siteId: string | null;
  locale: "zh-CN" | "en";
  now: Date;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface PageQuery {
  cursor?: string;
  limit: number;
  updatedSince?: string;
}

export interface V1SellerServices {
  pushPurchaseReceipts(caller: Caller, records: readonly unknown[]): Promise<BatchPushResult>;
  getPurchaseReceipt(caller: Caller, externalId: string): Promise<PurchaseReceiptOut>;
  listPurchaseReceipts(caller: Caller, query: PageQuery): Promise<Page<PurchaseReceiptOut>>;
  pushSales(caller: Caller, records: readonly unknown[]): Promise<BatchPushResult>;
  getSale(caller: Caller, externalId: string): Promise<SaleOut>;
  listSales(caller: Caller, query: PageQuery): Promise<Page<SaleOut>>;
}
