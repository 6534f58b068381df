// @anzhi/sdk/connectors/kingdee — Kingdee K/3 Cloud (金蝶云星空) WebAPI documents → Anzhi records.
//
//   import { billQueryRows, materialIndex, purchaseReceiptsFromInStock } from "@anzhi/sdk/connectors/kingdee";
//   const rows = billQueryRows(FIELD_KEYS, await k3.ExecuteBillQuery({ FormId: "STK_InStock", FieldKeys: FIELD_KEYS.join(",") }));
//   const { records, issues } = purchaseReceiptsFromInStock(rows, { materials, quality: { … } });
//   await anzhi.purchaseReceipts.sync(records);
//
// Field keys are the documented ones of the standard forms (see README "Connectors"); every one
// can be overridden for a customised account, and the quality-check fields the standard bills do
// not carry (合格证明, 检验结论, 查验人…) must be mapped by the integrator.

/**
 * Kingdee K/3 Cloud connectors: STK_InStock, PUR_ReceiveBill and BD_MATERIAL rows to Anzhi records.
 * @module @anzhi/sdk/connectors/kingdee
 */
import {
  IncomingInspectionUpsertSchema,
  PurchaseReceiptUpsertSchema,
  type IncomingInspectionUpsertInput,
  type Locale,
  type PurchaseReceiptUpsertInput,
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
 * ExecuteBillQuery answers an array of arrays in the order of `FieldKeys`; this names the columns.
 * Accepts the FieldKeys string ("FBillNo,FDate") or an array. A row of another length throws: the
 * keys do not belong to that answer.
 */
export function billQueryRows(
  fieldKeys: string | readonly string[],
  result: readonly (readonly unknown[])[],
): ErpRow[] {
  const keys = (typeof fieldKeys === "string" ? fieldKeys.split(",") : fieldKeys).map((k) => k.trim());
  return result.map((values, i) => {
    if (values.length !== keys.length)
      throw new Error(`ExecuteBillQuery row ${i} has ${values.length} values for ${keys.length} FieldKeys`);
    return Object.fromEntries(keys.map((k, j) => [k, values[j]]));
  });
}

/** What the connectors take from a BD_MATERIAL (物料) row. */
export interface KingdeeMaterial {
  number: string;
  name: string;
  specification: string | undefined;
  unit: string | undefined;
}

/**
 * Materials by code (FNumber) from BD_MATERIAL rows queried with FNumber, FName, FSpecification
 * and FBaseUnitId.FName (a View answer's `Number`/`Name`/`Specification` flattened the same way).
 * Bills carry only FMaterialId.FNumber; the name and 规格型号 come from here.
 */
export function materialIndex(rows: readonly ErpRow[]): Map<string, KingdeeMaterial> {
  const out = new Map<string, KingdeeMaterial>();
  const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
  for (const row of rows) {
    const number = text(row["FNumber"]);
    const name = text(row["FName"]);
    if (!number || !name) continue;
    out.set(number, {
      number,
      name,
      specification: text(row["FSpecification"]),
      unit: text(row["FBaseUnitId.FName"]),
    });
  }
  return out;
}

interface CommonOptions {
  /** BD_MATERIAL lookup (materialIndex); without it FMaterialId.FName / FMaterialId.FSpecification are read. */
  materials?: Map<string, KingdeeMaterial>;
  /**
   * Overrides of the default field spec, Anzhi field → Source: e.g. `batchNo: (r) => r.FBillNo` when
   * lot management is off, `supplierExternalId: (r) => myCodes[r["FSupplierId.FNumber"]]`.
   */
  fields?: FieldSpec;
  /** Language of the issue messages (default "zh-CN"). */
  locale?: Locale;
}

function material(opts: CommonOptions, row: ErpRow, key: string): KingdeeMaterial | undefined {
  const code = row[key];
  return typeof code === "string" ? opts.materials?.get(code.trim()) : undefined;
}

/** Bill number + entry id: one Anzhi record per bill line, stable across re-exports. */
function lineId(billNoKey: string, entryKey: string): Source {
  return derived(billNoKey, (_, row) => {
    const billNo = row[billNoKey];
    const entry = row[entryKey];
    if (billNo === undefined || billNo === null || billNo === "") return undefined;
    return entry === undefined || entry === null || entry === ""
      ? String(billNo)
      : `${String(billNo)}#${String(entry)}`;
  });
}

/** The Anzhi fields of a 进货查验记录 that STK_InStock does not carry: map them to your custom fields. */
export interface PurchaseCheckSources {
  /** 合格证明: "ok" | "missing" | "invalid" */
  conformityCertificate: Source;
  /** 检验报告: "ok" | "missing" | "invalid" */
  inspectionReport: Source;
  /** 标识与证书一致性: "consistent" | "inconsistent" */
  markingCheck: Source;
  /** 查验结论: "accepted" | "rejected" | "quarantined" */
  conclusion: Source;
  /** 查验人 */
  checkedBy: Source;
}

export interface InStockOptions extends CommonOptions {
  quality: PurchaseCheckSources;
}

/** Default spec: the documented STK_InStock (采购入库单) field keys of ExecuteBillQuery. */
export const IN_STOCK_FIELD_KEYS = [
  "FBillNo",
  "FDate",
  "FSupplierId.FNumber",
  "FInStockEntry_FEntryID",
  "FMaterialId.FNumber",
  "FMaterialId.FName",
  "FMaterialId.FSpecification",
  "FLot.FNumber",
  "FRealQty",
  "FUnitID.FName",
] as const;

/**
 * STK_InStock (采购入库单) lines → purchase receipts (进货查验记录, Order 76 sellers): one record per
 * entry (`FBillNo#FEntryID`), dated FDate, supplier FSupplierId.FNumber, quantity FRealQty.
 */
export function purchaseReceiptsFromInStock(
  rows: readonly ErpRow[],
  options: InStockOptions,
): MappingResult<PurchaseReceiptUpsertInput> {
  const defaults: FieldSpec = {
    externalId: lineId("FBillNo", "FInStockEntry_FEntryID"),
    supplierExternalId: "FSupplierId.FNumber",
    productName: derived(
      "FMaterialId.FNumber",
      (_, r) => material(options, r, "FMaterialId.FNumber")?.name ?? r["FMaterialId.FName"],
    ),
    specModel: derived(
      "FMaterialId.FSpecification",
      (_, r) => material(options, r, "FMaterialId.FNumber")?.specification ?? r["FMaterialId.FSpecification"],
    ),
    batchNo: "FLot.FNumber",
    quantity: "FRealQty",
    unit: derived("FUnitID.FName", (v, r) => v ?? material(options, r, "FMaterialId.FNumber")?.unit),
    purchaseDate: "FDate",
    ...options.quality,
  };
  return mapRows(rows, withOverrides(defaults, options.fields), PurchaseReceiptUpsertSchema, {
    billNo: (r) => read(r, "FBillNo"),
    locale: options.locale,
    convert: { quantity, purchaseDate: localDate },
  });
}

/** The Anzhi fields of a 进货检验 record that PUR_ReceiveBill does not carry (from QM_InspectBill or custom fields). */
export interface IncomingInspectionSources {
  /** 检验时间 (China local time is given +08:00) */
  inspectedAt: Source;
  /** "pass" | "fail" | "concession" | "pending" */
  result: Source;
  inspector: Source;
  /** 检验依据, e.g. "GB 43854-2024" */
  standardNo: Source;
  /** Required when result is "fail": "return" | "quarantine" | "scrap" */
  nonConformityHandling?: Source;
}

export interface ReceiveBillOptions extends CommonOptions {
  quality: IncomingInspectionSources;
}

/** Default spec: the documented PUR_ReceiveBill (收料通知单) field keys of ExecuteBillQuery. */
export const RECEIVE_BILL_FIELD_KEYS = [
  "FBillNo",
  "FDate",
  "FSupplierId.FNumber",
  "FDetailEntity_FEntryID",
  "FMaterialId.FNumber",
  "FMaterialId.FName",
  "FMaterialId.FSpecification",
  "FLot.FNumber",
  "FActReceiveQty",
  "FUnitId.FName",
] as const;

/**
 * PUR_ReceiveBill (收料通知单) lines → incoming inspections (进货检验, producers): one record per entry
 * (`FBillNo#FEntryID`), receipt date FDate, quantity FActReceiveQty (实收数量).
 */
export function incomingInspectionsFromReceiveBill(
  rows: readonly ErpRow[],
  options: ReceiveBillOptions,
): MappingResult<IncomingInspectionUpsertInput> {
  const defaults: FieldSpec = {
    externalId: lineId("FBillNo", "FDetailEntity_FEntryID"),
    supplierExternalId: "FSupplierId.FNumber",
    materialName: derived(
      "FMaterialId.FNumber",
      (_, r) => material(options, r, "FMaterialId.FNumber")?.name ?? r["FMaterialId.FName"],
    ),
    specModel: derived(
      "FMaterialId.FSpecification",
      (_, r) => material(options, r, "FMaterialId.FNumber")?.specification ?? r["FMaterialId.FSpecification"],
    ),
    batchNo: "FLot.FNumber",
    quantity: "FActReceiveQty",
    unit: derived("FUnitId.FName", (v, r) => v ?? material(options, r, "FMaterialId.FNumber")?.unit),
    receiptDate: "FDate",
    ...options.quality,
  };
  return mapRows(rows, withOverrides(defaults, options.fields), IncomingInspectionUpsertSchema, {
    billNo: (r) => read(r, "FBillNo"),
    locale: options.locale,
    convert: { quantity, receiptDate: localDate, inspectedAt: chinaDateTime },
  });
}
