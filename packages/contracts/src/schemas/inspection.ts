// Incoming (进货检验, templates.md §5) and outgoing (出厂检验, §7) inspection records as the ERP
// sends them. `externalId` is the ERP's own id, unique per organisation and kind: sending the
// same externalId again updates the record (upsert).
import { z } from "zod";
import {
  IncomingDocument,
  InspectionKind,
  InspectionResult,
  NonConformityHandling,
  PassFail,
  ReleaseDecision,
  TestLineResult,
} from "../enums";
import { LocalDateSchema } from "../periods";
import {
  addIssue,
  CodeSchema,
  DateTimeSchema,
  optionalText,
  ProductIdSchema,
  requiredText,
  SiteIdSchema,
  StandardNoSchema,
  uniqueArray,
  positiveQuantity,
} from "./common";
import { pageQueryFields, pageSchema } from "./ingest";
import { SupplierIdSchema } from "./seller";

/** One test item: 检验项目 / 技术要求 / 实测值 / 单位 / 单项判定. */
export const InspectionLineSchema = z.strictObject({
  item: requiredText(200),
  requirement: optionalText(500),
  /** As printed on the report ("2.35", "无裂纹", "≤0.5"). */
  measured: optionalText(200),
  unit: optionalText(20),
  result: TestLineResult,
});
export type InspectionLine = z.infer<typeof InspectionLineSchema>;

const commonFields = {
  externalId: requiredText(128),
  /** Site code as configured in Anzhi; omitted → the organisation's default site. */
  siteCode: CodeSchema.optional(),
  specModel: requiredText(200),
  batchNo: requiredText(100),
  quantity: positiveQuantity(),
  unit: requiredText(20),
  inspectedAt: DateTimeSchema,
  result: InspectionResult,
  /** 检验员 (name as recorded by the ERP). */
  inspector: requiredText(50),
  /** 检验依据 / 执行标准 */
  standardNo: StandardNoSchema,
  sampleSize: optionalText(50),
  lines: z.array(InspectionLineSchema).max(200, { error: "field.too_many" }).default([]),
  remarks: optionalText(2000),
};

type Checked = { result: InspectionResult; lines: InspectionLine[] };

function noPassWithFailedLine(record: Checked, ctx: z.core.$RefinementCtx): void {
  if (record.result === "pass" && record.lines.some((line) => line.result === "fail")) {
    addIssue(ctx, "inspection.pass_with_failed_line", ["result"]);
  }
}

const incomingFields = {
  /** 原辅材料/零部件名称 */
  materialName: requiredText(200),
  /** 到货日期 */
  receiptDate: LocalDateSchema,
  isKeyComponent: z.boolean().optional(),
  manufacturerName: optionalText(200),
  productionDate: LocalDateSchema.optional(),
  documentsChecked: uniqueArray(IncomingDocument, 6).optional(),
  supplierCertValid: z.boolean().optional(),
  /** 不合格处置; required when the lot is rejected. */
  nonConformityHandling: NonConformityHandling.optional(),
};

function incomingRules(
  record: Checked & { nonConformityHandling?: string | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  noPassWithFailedLine(record, ctx);
  if (record.result === "fail" && record.nonConformityHandling === undefined) {
    addIssue(ctx, "inspection.handling_required", ["nonConformityHandling"]);
  }
}

export const IncomingInspectionUpsertSchema = z
  .strictObject({ ...commonFields, supplierExternalId: requiredText(128), ...incomingFields })
  .superRefine(incomingRules);
export type IncomingInspectionUpsert = z.infer<typeof IncomingInspectionUpsertSchema>;
export type IncomingInspectionUpsertInput = z.input<typeof IncomingInspectionUpsertSchema>;

const outgoingFields = {
  productionDate: LocalDateSchema.optional(),
  /** 放行: no release without a passed inspection (市监质监发〔2023〕53号 focus). */
  releaseDecision: ReleaseDecision.optional(),
  /** 标识/许可证号/CCC标志检查 */
  markingCheck: PassFail.optional(),
  certificateOfConformityNo: optionalText(64),
  /** 审核人 */
  approver: optionalText(50),
};

function outgoingRules(record: Checked & { releaseDecision?: string | undefined }, ctx: z.core.$RefinementCtx): void {
  noPassWithFailedLine(record, ctx);
  if (record.result === "concession") addIssue(ctx, "inspection.concession_incoming_only", ["result"]);
  if (record.releaseDecision === "released" && record.result !== "pass") {
    addIssue(ctx, "inspection.release_requires_pass", ["releaseDecision"]);
  }
}

export const OutgoingInspectionUpsertSchema = z
  .strictObject({
    ...commonFields,
    /** Product code as configured in Anzhi (Product.code). */
    productCode: CodeSchema,
    ...outgoingFields,
  })
  .superRefine(outgoingRules);
export type OutgoingInspectionUpsert = z.infer<typeof OutgoingInspectionUpsertSchema>;
export type OutgoingInspectionUpsertInput = z.input<typeof OutgoingInspectionUpsertSchema>;

/**
 * An outgoing record typed in the web app (the phone form): the ERP record without its ids — the
 * product and site are chosen, the record gets no externalId. The same rules apply, and the
 * completeness rule (inspection-completeness.ts) once the product is known.
 */
const { externalId: _externalId, siteCode: _siteCode, ...entryCommon } = commonFields;
export const OutgoingInspectionEntrySchema = z
  .strictObject({ ...entryCommon, productId: ProductIdSchema, siteId: SiteIdSchema.optional(), ...outgoingFields })
  .superRefine(outgoingRules);
export type OutgoingInspectionEntry = z.infer<typeof OutgoingInspectionEntrySchema>;

/**
 * An incoming record (进货检验) typed in the web app: the supplier is chosen from the register, the
 * product the material goes into may be named (its template pre-fills the catalogue's incoming
 * checks). Same rules as the ERP record.
 */
export const IncomingInspectionEntrySchema = z
  .strictObject({
    ...entryCommon,
    supplierId: SupplierIdSchema,
    productId: ProductIdSchema.optional(),
    siteId: SiteIdSchema.optional(),
    ...incomingFields,
  })
  .superRefine(incomingRules);
export type IncomingInspectionEntry = z.infer<typeof IncomingInspectionEntrySchema>;

// ─── Public API (v1) read model and list filters ───

/** An inspection record as the API returns it (current revision). */
export const InspectionRecordSchema = z.object({
  id: z.string(),
  kind: InspectionKind,
  externalId: z.string().nullable(),
  revision: z.int(),
  siteCode: z.string().nullable(),
  productCode: z.string().nullable(),
  supplierExternalId: z.string().nullable(),
  /** materialName (incoming) or the product name (outgoing). */
  itemName: z.string(),
  specModel: z.string(),
  batchNo: z.string(),
  quantity: z.number(),
  unit: z.string(),
  productionDate: z.string().nullable(),
  inspectedAt: z.string(),
  /** Local date of inspectedAt in the organisation's time zone. */
  inspectionDate: z.string(),
  result: InspectionResult,
  inspector: z.string(),
  standardNo: z.string().nullable(),
  sampleSize: z.string().nullable(),
  remarks: z.string().nullable(),
  lines: z.array(
    InspectionLineSchema.extend({ requirement: z.string(), measured: z.string(), unit: z.string().nullable() }),
  ),
  /** The kind-specific fields as pushed (receiptDate, documentsChecked, releaseDecision, …). */
  details: z.record(z.string(), z.unknown()),
  /** Hazard numbers opened from this record. */
  hazardNos: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InspectionRecordOut = z.infer<typeof InspectionRecordSchema>;

export const InspectionListQuerySchema = z.strictObject({
  ...pageQueryFields,
  siteCode: CodeSchema.optional(),
  productCode: CodeSchema.optional(),
  supplierExternalId: requiredText(128).optional(),
  result: InspectionResult.optional(),
  /** Inspection date range (inclusive, local dates). */
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
});
export type InspectionListQuery = z.infer<typeof InspectionListQuerySchema>;
export type InspectionListQueryInput = z.input<typeof InspectionListQuerySchema>;

export const InspectionPageSchema = pageSchema(InspectionRecordSchema);

/**
 * The enterprise app's inspection-records page and its XLSX (docs/decisions/021): newest first by
 * inspection date, filtered by kind, result, date range, product and supplier.
 */
export const InspectionBrowseQuerySchema = z.strictObject({
  kind: InspectionKind,
  result: InspectionResult.optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  productId: ProductIdSchema.optional(),
  supplierId: SupplierIdSchema.optional(),
});
export type InspectionBrowseQuery = z.infer<typeof InspectionBrowseQuerySchema>;
