// Sellers' statutory records (Order 76, templates.md §6): the supplier register with each
// supplier's qualification documents, the 进货查验记录 of each delivery and batch (which is also the
// 进货台账), the wholesaler's 销售台账, their ledger filters and the batch trace. The web forms and
// the ERP (v1) records share the same field rules; the ERP names suppliers and products by their
// codes instead of ids.
import { z } from "zod";
import {
  DocumentCheck,
  MarkingCheck,
  PurchaseConclusion,
  PurchaseProblem,
  SupplierDocumentKind,
  SupplierType,
} from "../enums";
import { LocalDateSchema } from "../periods";
import { parseLicenceNo, toHalfWidth, validateCccNo } from "../identifiers";
import {
  addIssue,
  CodeSchema,
  IdSchema,
  optionalText,
  ProductIdSchema,
  requiredText,
  positiveQuantity,
} from "./common";
import { CccNoSchema, LicenceNoSchema, UsccSchema } from "./identifiers";
import { pageQueryFields, pageSchema } from "./ingest";
import { refTo } from "./refs";

export const SupplierIdSchema = refTo(IdSchema, "supplier");

// ─── Supplier register (供货者档案) ───

/** The stored form of a document number: XK as "(浙)XK06-001-00123", CCC as 16 digits, others trimmed. */
export function normalizeDocumentNumber(kind: SupplierDocumentKind, number: string): string {
  if (kind === "xk_licence") return parseLicenceNo(number)?.normalized ?? number.trim();
  if (kind === "ccc_certificate") return toHalfWidth(number).replace(/[\s-]/g, "");
  return number.trim();
}

const FAR_FUTURE = new Date(Date.UTC(2100, 0, 1));

/** One qualification document: XK and CCC numbers are validated per identifiers.md (stored normalised). */
export const SupplierDocumentInputSchema = z
  .strictObject({
    kind: SupplierDocumentKind,
    number: requiredText(64),
    productScope: optionalText(500),
    validUntil: LocalDateSchema.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.kind === "xk_licence" && !parseLicenceNo(d.number)) addIssue(ctx, "licence_no.format", ["number"]);
    // The issue year is not checked against today here: the register keeps old certificates too.
    if (d.kind === "ccc_certificate" && !validateCccNo(normalizeDocumentNumber(d.kind, d.number), FAR_FUTURE).ok)
      addIssue(ctx, "ccc_no.format", ["number"]);
  });
export type SupplierDocumentInput = z.output<typeof SupplierDocumentInputSchema>;

const supplierRegisterFields = {
  name: requiredText(200),
  /** Required in the register: the 进货台账 names every supplier's 统一社会信用代码. */
  uscc: UsccSchema,
  legacyRegNo: optionalText(32),
  type: SupplierType.default("goods"),
  contactName: optionalText(50),
  /** 供货者联系方式 is a statutory ledger item. */
  contactPhone: requiredText(30),
  address: optionalText(200),
  documents: z.array(SupplierDocumentInputSchema).max(20, { error: "field.too_many" }).default([]),
};

export const SupplierRegisterCreateSchema = z.strictObject(supplierRegisterFields);
export type SupplierRegisterCreate = z.output<typeof SupplierRegisterCreateSchema>;

export const SupplierRegisterUpdateSchema = z.strictObject({ id: IdSchema, ...supplierRegisterFields });
export type SupplierRegisterUpdate = z.output<typeof SupplierRegisterUpdateSchema>;

// ─── 进货查验记录 ───

/** What a check found wrong, from the documents and marking it records (the same rule on every channel). */
export function purchaseProblems(r: {
  purchaseDate: string;
  conformityCertificate: DocumentCheck;
  inspectionReport: DocumentCheck;
  cccRequired: boolean;
  cccCertNo?: string | undefined;
  cccValidUntil?: string | undefined;
  xkRequired: boolean;
  xkLicenceNo?: string | undefined;
  markingCheck: MarkingCheck;
}): PurchaseProblem[] {
  const problems: PurchaseProblem[] = [];
  if (r.conformityCertificate === "missing") problems.push("conformity_missing");
  if (r.conformityCertificate === "invalid") problems.push("conformity_invalid");
  if (r.inspectionReport === "missing") problems.push("report_missing");
  if (r.inspectionReport === "invalid") problems.push("report_invalid");
  if (r.cccRequired && !r.cccCertNo) problems.push("ccc_missing");
  if (r.cccRequired && r.cccCertNo && r.cccValidUntil && r.cccValidUntil < r.purchaseDate) problems.push("ccc_expired");
  if (r.xkRequired && !r.xkLicenceNo) problems.push("xk_missing");
  if (r.markingCheck === "inconsistent") problems.push("marking_inconsistent");
  return problems;
}

const purchaseFields = {
  productName: requiredText(200),
  specModel: requiredText(200),
  batchNo: requiredText(100),
  quantity: positiveQuantity(),
  unit: requiredText(20),
  purchaseDate: LocalDateSchema,
  manufacturerName: optionalText(200),
  productionDate: LocalDateSchema.optional(),
  /** 合格证明 */
  conformityCertificate: DocumentCheck,
  /** 检验报告 (or the supplier's stamped copy) */
  inspectionReport: DocumentCheck,
  cccRequired: z.boolean().default(false),
  cccCertNo: CccNoSchema.optional(),
  cccValidUntil: LocalDateSchema.optional(),
  xkRequired: z.boolean().default(false),
  xkLicenceNo: LicenceNoSchema.optional(),
  /** 标识与证书一致性 */
  markingCheck: MarkingCheck,
  conclusion: PurchaseConclusion,
  remarks: optionalText(500),
};

type PurchaseRuleInput = Parameters<typeof purchaseProblems>[0] & { conclusion: PurchaseConclusion };

function purchaseRules(r: PurchaseRuleInput, ctx: z.core.$RefinementCtx) {
  if (r.cccRequired && r.cccCertNo && !r.cccValidUntil)
    addIssue(ctx, "purchase.ccc_valid_until_required", ["cccValidUntil"]);
  if (r.conclusion === "accepted" && purchaseProblems(r).length > 0)
    addIssue(ctx, "purchase.accepted_with_problems", ["conclusion"]);
}

/** A delivery recorded in the web app; the signed-in member is the one who checked. */
export const PurchaseCheckCreateSchema = z
  .strictObject({ supplierId: SupplierIdSchema, productId: ProductIdSchema.optional(), ...purchaseFields })
  .superRefine(purchaseRules);
export type PurchaseCheckCreate = z.output<typeof PurchaseCheckCreateSchema>;
export type PurchaseCheckCreateInput = z.input<typeof PurchaseCheckCreateSchema>;

/** A purchase receipt pushed by an ERP (upsert by externalId). */
export const PurchaseReceiptUpsertSchema = z
  .strictObject({
    externalId: requiredText(128),
    supplierExternalId: requiredText(128),
    productCode: CodeSchema.optional(),
    ...purchaseFields,
    /** 查验人 */
    checkedBy: requiredText(50),
  })
  .superRefine(purchaseRules);
export type PurchaseReceiptUpsert = z.output<typeof PurchaseReceiptUpsertSchema>;
export type PurchaseReceiptUpsertInput = z.input<typeof PurchaseReceiptUpsertSchema>;

// ─── 销售台账 ───

const saleFields = {
  productName: requiredText(200),
  specModel: requiredText(200),
  batchNo: requiredText(100),
  quantity: positiveQuantity(),
  unit: requiredText(20),
  saleDate: LocalDateSchema,
  /** 购货者 */
  buyerName: requiredText(200),
  buyerContact: requiredText(50),
  buyerUscc: UsccSchema.optional(),
  /** 流向 */
  destination: requiredText(200),
  invoiceNo: optionalText(64),
};

export const SaleCreateSchema = z.strictObject({ productId: ProductIdSchema.optional(), ...saleFields });
export type SaleCreate = z.output<typeof SaleCreateSchema>;
export type SaleCreateInput = z.input<typeof SaleCreateSchema>;

export const SaleUpsertSchema = z.strictObject({
  externalId: requiredText(128),
  productCode: CodeSchema.optional(),
  ...saleFields,
  /** Who recorded the sale in the ERP. */
  recordedBy: requiredText(50),
});
export type SaleUpsert = z.output<typeof SaleUpsertSchema>;
export type SaleUpsertInput = z.input<typeof SaleUpsertSchema>;

// ─── Ledgers and trace ───

const rangeFields = { from: LocalDateSchema, to: LocalDateSchema };
const rangeOrder = (r: { from: string; to: string }) => r.from <= r.to;

export const PurchaseLedgerQuerySchema = z
  .strictObject({
    ...rangeFields,
    supplierId: IdSchema.optional(),
    batchNo: optionalText(100),
    product: optionalText(200),
    conclusion: PurchaseConclusion.optional(),
    /** Only deliveries where something was wrong (a hazard was opened). */
    problemsOnly: z.boolean().optional(),
  })
  .refine(rangeOrder, { error: "date.range_order", path: ["to"] });
export type PurchaseLedgerQuery = z.output<typeof PurchaseLedgerQuerySchema>;

export const SaleLedgerQuerySchema = z
  .strictObject({
    ...rangeFields,
    buyer: optionalText(200),
    batchNo: optionalText(100),
    product: optionalText(200),
  })
  .refine(rangeOrder, { error: "date.range_order", path: ["to"] });
export type SaleLedgerQuery = z.output<typeof SaleLedgerQuerySchema>;

/** From a batch to its supplier(s) and to its buyers; `product` narrows a batch number several products share. */
export const BatchTraceQuerySchema = z.strictObject({ batchNo: requiredText(100), product: optionalText(200) });
export type BatchTraceQuery = z.output<typeof BatchTraceQuerySchema>;

// ─── Public API (v1) outputs ───

export const PurchaseReceiptSchema = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  supplierExternalId: z.string().nullable(),
  supplierName: z.string(),
  productCode: z.string().nullable(),
  productName: z.string(),
  specModel: z.string(),
  batchNo: z.string(),
  quantity: z.number(),
  unit: z.string(),
  purchaseDate: z.string(),
  conformityCertificate: DocumentCheck,
  inspectionReport: DocumentCheck,
  cccRequired: z.boolean(),
  cccCertNo: z.string().nullable(),
  cccValidUntil: z.string().nullable(),
  xkRequired: z.boolean(),
  xkLicenceNo: z.string().nullable(),
  markingCheck: MarkingCheck,
  conclusion: PurchaseConclusion,
  problems: z.array(PurchaseProblem),
  checkedBy: z.string(),
  hazardNo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PurchaseReceiptOut = z.infer<typeof PurchaseReceiptSchema>;

export const SaleSchema = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  productCode: z.string().nullable(),
  productName: z.string(),
  specModel: z.string(),
  batchNo: z.string(),
  quantity: z.number(),
  unit: z.string(),
  saleDate: z.string(),
  buyerName: z.string(),
  buyerContact: z.string(),
  buyerUscc: z.string().nullable(),
  destination: z.string(),
  invoiceNo: z.string().nullable(),
  recordedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SaleOut = z.infer<typeof SaleSchema>;

export const SellerRecordListQuerySchema = z.strictObject({ ...pageQueryFields });
export type SellerRecordListQueryInput = z.input<typeof SellerRecordListQuerySchema>;
export const PurchaseReceiptPageSchema = pageSchema(PurchaseReceiptSchema);
export const SalePageSchema = pageSchema(SaleSchema);
