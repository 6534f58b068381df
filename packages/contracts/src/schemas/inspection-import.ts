// Importing inspection records — and releases/shipments — from the ERP's own CSV/XLSX export
// (docs/decisions/021). Each field
// of an ERP record (inspection.ts) is read from one column; the enterprise saves which column holds
// which field once (its mapping), the default is the column named like the field in Chinese. A
// record spans one row per test line: rows with the same 记录编号 are one record.
import { z } from "zod";
import { InspectionKind } from "../enums";
import { requiredText } from "./common";

/** Fields read from every row (test-line fields too: one row per line). */
const COMMON = [
  "externalId",
  "siteCode",
  "specModel",
  "batchNo",
  "quantity",
  "unit",
  "inspectedAt",
  "result",
  "inspector",
  "standardNo",
  "sampleSize",
  "remarks",
  "lineItem",
  "lineRequirement",
  "lineMeasured",
  "lineUnit",
  "lineResult",
] as const;
const OUTGOING = [
  "productCode",
  "productionDate",
  "releaseDecision",
  "markingCheck",
  "certificateOfConformityNo",
  "approver",
] as const;
const INCOMING_ONLY = [
  "materialName",
  "supplierExternalId",
  "receiptDate",
  "manufacturerName",
  "isKeyComponent",
  "supplierCertValid",
  "documentsChecked",
  "nonConformityHandling",
] as const;

/** 出厂放行/发货 rows: one shipment per row. */
const SHIPMENT_ONLY = ["event", "shippedOn", "consignee"] as const;

export const ImportField = z.enum([...COMMON, ...OUTGOING, ...INCOMING_ONLY, ...SHIPMENT_ONLY]);
export type ImportField = z.infer<typeof ImportField>;

/** What a file holds: incoming or outgoing inspections, or releases/shipments. */
export const ImportKind = z.enum([...InspectionKind.options, "shipment"]);
export type ImportKind = z.infer<typeof ImportKind>;

/** The fields an import of this kind reads, in the order the mapping form lists them. */
export function importFields(kind: ImportKind): readonly ImportField[] {
  if (kind === "shipment")
    return ["externalId", "productCode", "event", "batchNo", "quantity", "unit", "shippedOn", "consignee"];
  const own = kind === "outgoing" ? OUTGOING : [...INCOMING_ONLY, "productionDate" as const];
  return [...COMMON.slice(0, 12), ...own, ...COMMON.slice(12)];
}

/** The column each field is read from when the enterprise has not mapped it (a template's headers). */
export const DEFAULT_IMPORT_COLUMNS: Record<ImportField, string> = {
  externalId: "记录编号",
  siteCode: "场所编码",
  specModel: "型号规格",
  batchNo: "批次号",
  quantity: "数量",
  unit: "单位",
  inspectedAt: "检验时间",
  result: "检验结论",
  inspector: "检验员",
  standardNo: "检验依据",
  sampleSize: "抽样数量",
  remarks: "备注",
  lineItem: "检验项目",
  lineRequirement: "技术要求",
  lineMeasured: "实测值",
  lineUnit: "计量单位",
  lineResult: "单项判定",
  productCode: "产品编码",
  productionDate: "生产日期",
  releaseDecision: "放行决定",
  markingCheck: "标志核对",
  certificateOfConformityNo: "合格证编号",
  approver: "审核人",
  materialName: "物料名称",
  supplierExternalId: "供方编码",
  receiptDate: "到货日期",
  manufacturerName: "生产厂家",
  isKeyComponent: "关键件",
  supplierCertValid: "供方证书有效",
  documentsChecked: "查验文件",
  nonConformityHandling: "不合格处置",
  event: "类型",
  shippedOn: "日期",
  consignee: "收货单位",
};

/** A saved mapping: field → the ERP export's column header (unmapped fields use the default). */
export const ImportColumnsSchema = z.partialRecord(ImportField, requiredText(100));
export type ImportColumns = z.infer<typeof ImportColumnsSchema>;

export const ImportMappingSaveSchema = z.strictObject({ kind: ImportKind, columns: ImportColumnsSchema });
export type ImportMappingSave = z.infer<typeof ImportMappingSaveSchema>;

/** One refusal of an import, on the file's row (1 = the header row) and the column it read. */
export interface ImportRowIssue {
  row: number;
  externalId: string | null;
  /** The column header the field was read from; null for a record-level refusal. */
  column: string | null;
  field: string;
  code: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** Data rows read (without the header) and the records they make. */
  rows: number;
  records: number;
  /** What was stored — or, on a dry run, what would be. */
  counts: { created: number; updated: number; unchanged: number; rejected: number };
  issues: ImportRowIssue[];
  /** Hazards opened by failed records (not on a dry run). */
  hazardNos: string[];
}
