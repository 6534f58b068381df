// @anzhi/sdk/connectors/yonyou — Yonyou U8 OpenAPI (api.yonyouup.com) / T+ documents → Anzhi records.
//
//   import { flattenVoucher, purchaseReceiptsFromPurchaseIn } from "@anzhi/sdk/connectors/yonyou";
//   const doc = await (await fetch(`https://api.yonyouup.com/api/purchasein/get?…&id=${id}`)).json();
//   const { records, issues } = purchaseReceiptsFromPurchaseIn(flattenVoucher(doc), { quality: { … } });
//   await anzhi.purchaseReceipts.sync(records);
//
// A U8 voucher is a header (code, date, vendorcode / customercode, define1…) with an `entry` array
// of lines (inventorycode, quantity, …). flattenVoucher() turns it into one row per line, header
// fields as they are and line fields as "entry.<field>", so issues name the documented field.

/**
 * Yonyou U8 / T+ connectors: purchase in (采购入库单), arrival (到货单), sale out (销售出库单/发货单)
 * and inventory (存货) documents to Anzhi records.
 * @module @anzhi/sdk/connectors/yonyou
 */
import {
  IncomingInspectionUpsertSchema,
  PurchaseReceiptUpsertSchema,
  SaleUpsertSchema,
  type IncomingInspectionUpsertInput,
  type Locale,
  type PurchaseReceiptUpsertInput,
  type SaleUpsertInput,
} from "@anzhi/contracts";
import {
  chinaDateTime,
  derived,
  localDate,
  mapRows,
  quantity,
  read,
  withOverrides,
  type ErpRow,
  type FieldSpec,
  type MappingResult,
  type Source,
} from "./mapping";

export {
  chinaDateTime,
  derived,
  localDate,
  quantity,
  type ErpRow,
  type FieldSpec,
  type MappingIssue,
  type MappingResult,
  type Source,
} from "./mapping";

/**
 * One row per line of a U8 voucher (the answer of purchasein/get, purchasereceipt/get,
 * saleout/get…, or one element of a batch_get list): header fields unchanged, line fields
 * prefixed "entry." (or `<entryKey>.`). A voucher without lines gives one header-only row, so
 * the mapping reports it instead of dropping it.
 */
export function flattenVoucher(doc: Record<string, unknown>, entryKey = "entry"): ErpRow[] {
  const header: ErpRow = {};
  for (const [k, v] of Object.entries(doc)) if (k !== entryKey) header[k] = v;
  const entries = doc[entryKey];
  const lines = Array.isArray(entries) ? entries : entries && typeof entries === "object" ? [entries] : [];
  if (lines.length === 0) return [header];
  return lines.map((line: Record<string, unknown>) => {
    const row: ErpRow = { ...header };
    for (const [k, v] of Object.entries(line)) row[`${entryKey}.${k}`] = v;
    return row;
  });
}

/** What the connectors take from an inventory (存货) record. */
export interface U8Inventory {
  code: string;
  name: string;
  specs: string | undefined;
  unit: string | undefined;
}

/**
 * Inventory by code from inventory/get answers (code, name, specs and the main unit's name —
 * `unitKey`, default "ccomunitname"; check the key in your version's answer).
 */
export function inventoryIndex(docs: readonly ErpRow[], unitKey = "ccomunitname"): Map<string, U8Inventory> {
  const out = new Map<string, U8Inventory>();
  const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
  for (const d of docs) {
    const code = text(d["code"]);
    const name = text(d["name"]);
    if (code && name) out.set(code, { code, name, specs: text(d["specs"]), unit: text(d[unitKey]) });
  }
  return out;
}

interface CommonOptions {
  /** Inventory lookup (inventoryIndex); without it entry.inventoryname / entry.inventorystd are read. */
  inventory?: Map<string, U8Inventory>;
  /** Overrides of the default field spec, Anzhi field → Source (custom items define1…, lot management off…). */
  fields?: FieldSpec;
  /** Language of the issue messages (default "zh-CN"). */
  locale?: Locale;
}

function inv(opts: CommonOptions, row: ErpRow): U8Inventory | undefined {
  const code = row["entry.inventorycode"];
  return typeof code === "string" ? opts.inventory?.get(code.trim()) : undefined;
}

/** Voucher code + line number (ivouchrowno, else the line's position): stable across re-exports. */
const lineId = derived("code", (_, row) => {
  const code = row["code"];
  if (code === undefined || code === null || code === "") return undefined;
  const line = row["entry.ivouchrowno"] ?? row["entry.rowno"];
  return line === undefined || line === null || line === "" ? String(code) : `${String(code)}#${String(line)}`;
});

const itemFields = (opts: CommonOptions): FieldSpec => ({
  specModel: derived("entry.inventorystd", (v, r) => inv(opts, r)?.specs ?? v),
  batchNo: "entry.serial",
  quantity: "entry.quantity",
  unit: derived("entry.cmassunitname", (v, r) => v ?? inv(opts, r)?.unit),
});

/** The 进货查验 fields a U8 采购入库单 does not carry: map them to your define items. */
export interface PurchaseCheckSources {
  conformityCertificate: Source;
  inspectionReport: Source;
  markingCheck: Source;
  conclusion: Source;
  checkedBy: Source;
}

/** purchasein (采购入库单) lines → purchase receipts (进货查验记录): supplier vendorcode, date `date`. */
export function purchaseReceiptsFromPurchaseIn(
  rows: readonly ErpRow[],
  options: CommonOptions & { quality: PurchaseCheckSources },
): MappingResult<PurchaseReceiptUpsertInput> {
  const defaults: FieldSpec = {
    externalId: lineId,
    supplierExternalId: "vendorcode",
    productName: derived("entry.inventorycode", (_, r) => inv(options, r)?.name ?? r["entry.inventoryname"]),
    ...itemFields(options),
    purchaseDate: "date",
    ...options.quality,
  };
  return mapRows(rows, withOverrides(defaults, options.fields), PurchaseReceiptUpsertSchema, {
    billNo: (r) => read(r, "code"),
    locale: options.locale,
    convert: { quantity, purchaseDate: localDate },
  });
}

/** The 进货检验 fields a U8 到货单 does not carry (from 来料检验单 or define items). */
export interface IncomingInspectionSources {
  inspectedAt: Source;
  result: Source;
  inspector: Source;
  standardNo: Source;
  nonConformityHandling?: Source;
}

/** purchasereceipt (采购到货单) lines → incoming inspections (进货检验): supplier vendorcode, received `date`. */
export function incomingInspectionsFromArrival(
  rows: readonly ErpRow[],
  options: CommonOptions & { quality: IncomingInspectionSources },
): MappingResult<IncomingInspectionUpsertInput> {
  const defaults: FieldSpec = {
    externalId: lineId,
    supplierExternalId: "vendorcode",
    materialName: derived("entry.inventorycode", (_, r) => inv(options, r)?.name ?? r["entry.inventoryname"]),
    ...itemFields(options),
    receiptDate: "date",
    ...options.quality,
  };
  return mapRows(rows, withOverrides(defaults, options.fields), IncomingInspectionUpsertSchema, {
    billNo: (r) => read(r, "code"),
    locale: options.locale,
    convert: { quantity, receiptDate: localDate, inspectedAt: chinaDateTime },
  });
}

/** 购货者 and 流向: a sale out carries only customercode; map them from your customer archive. */
export interface BuyerSources {
  buyerName: Source;
  buyerContact: Source;
  destination: Source;
  buyerUscc?: Source;
}

/** saleout (销售出库单) or consignment (发货单) lines → sales (销售台账): date `date`, recorded by `maker`. */
export function salesFromSaleOut(
  rows: readonly ErpRow[],
  options: CommonOptions & { buyer: BuyerSources },
): MappingResult<SaleUpsertInput> {
  const defaults: FieldSpec = {
    externalId: lineId,
    productName: derived("entry.inventorycode", (_, r) => inv(options, r)?.name ?? r["entry.inventoryname"]),
    ...itemFields(options),
    saleDate: "date",
    recordedBy: "maker",
    ...options.buyer,
  };
  return mapRows(rows, withOverrides(defaults, options.fields), SaleUpsertSchema, {
    billNo: (r) => read(r, "code"),
    locale: options.locale,
    convert: { quantity, saleDate: localDate },
  });
}
