// The batches a per-batch risk item is checked on for a day (docs/decisions/022): the records the
// enterprise already keeps of the goods it handled that day. A check at receipt (进货/原料, or a
// 每次到货 trigger) runs on the day's 进货查验 records and incoming inspections; a check before
// release (出厂, 生产过程 at 每批/逐台/每批次) on the day's outgoing inspections; a 每次销售 check on
// the day's sales. An item of a key product group takes only the batches of products in that group;
// a generic item (no group) takes every batch. A record tied to another site is left off the sheet.
import { PER_OCCURRENCE_TRIGGERS, CatalogTrigger } from "@anzhi/contracts";
import type { Tx } from "@anzhi/db";

export type BatchSource = "receipts" | "outgoing" | "sales";

export interface DayBatch {
  /** "purchase:<id>", "inspection:<id>" or "sale:<id>": the daily entry's batchRef. */
  ref: string;
  label: string;
  productGroupId: string | null;
  siteId: string | null;
}

export type DayBatches = Record<BatchSource, DayBatch[]>;

/** Which records an item's lines come from, or null for an item checked once a day. */
export function batchSourceOf(item: { stage: string; trigger: string | null }): BatchSource | null {
  const trigger = CatalogTrigger.safeParse(item.trigger).data;
  if (!trigger || !PER_OCCURRENCE_TRIGGERS.has(trigger)) return null;
  if (trigger === "perSale") return "sales";
  if (trigger === "perDelivery" || item.stage === "incoming") return "receipts";
  if (item.stage === "outgoing" || item.stage === "process") return "outgoing";
  return null;
}

export async function dayBatches(tx: Tx, organizationId: string, day: string): Promise<DayBatches> {
  const [purchases, inspections, sales] = await Promise.all([
    tx.purchaseCheck.findMany({
      where: { organizationId, purchaseDate: day },
      select: {
        id: true,
        productName: true,
        specModel: true,
        batchNo: true,
        supplier: { select: { name: true } },
        product: { select: { productGroupId: true, siteId: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    tx.inspectionRecord.findMany({
      where: { organizationId, inspectionDate: day },
      select: {
        id: true,
        kind: true,
        itemName: true,
        specModel: true,
        batchNo: true,
        siteId: true,
        product: { select: { productGroupId: true } },
      },
      orderBy: { inspectedAt: "asc" },
    }),
    tx.saleRecord.findMany({
      where: { organizationId, saleDate: day },
      select: {
        id: true,
        productName: true,
        specModel: true,
        batchNo: true,
        buyerName: true,
        product: { select: { productGroupId: true, siteId: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const inspection = (r: (typeof inspections)[number]): DayBatch => ({
    ref: `inspection:${r.id}`,
    label: `${r.itemName} ${r.specModel} · 批号 ${r.batchNo}`,
    productGroupId: r.product?.productGroupId ?? null,
    siteId: r.siteId,
  });
  return {
    receipts: [
      ...purchases.map((r) => ({
        ref: `purchase:${r.id}`,
        label: `${r.supplier.name} · ${r.productName} ${r.specModel} · 批号 ${r.batchNo}`,
        productGroupId: r.product?.productGroupId ?? null,
        siteId: r.product?.siteId ?? null,
      })),
      ...inspections.filter((r) => r.kind === "incoming").map(inspection),
    ],
    outgoing: inspections.filter((r) => r.kind === "outgoing").map(inspection),
    sales: sales.map((r) => ({
      ref: `sale:${r.id}`,
      label: `${r.buyerName} · ${r.productName} ${r.specModel} · 批号 ${r.batchNo}`,
      productGroupId: r.product?.productGroupId ?? null,
      siteId: r.product?.siteId ?? null,
    })),
  };
}

/** The day's batches an item is checked on at a site. */
export function batchesFor(
  batches: DayBatches,
  item: { stage: string; trigger: string | null; productGroupId: string | null },
  siteId: string,
): DayBatch[] {
  const source = batchSourceOf(item);
  if (!source) return [];
  return batches[source].filter(
    (b) =>
      (item.productGroupId === null || b.productGroupId === item.productGroupId) &&
      (b.siteId === null || b.siteId === siteId),
  );
}
