// Supplier (供应商/供货者, templates.md §0.1). ERPs create and refer to suppliers by externalId.
import { z } from "zod";
import { SupplierEvaluation, SupplierType } from "../enums";
import { LocalDateSchema } from "../periods";
import { optionalText, requiredText } from "./common";
import { UsccSchema } from "./identifiers";
import { pageQueryFields, pageSchema } from "./ingest";

export const SupplierCreateSchema = z.strictObject({
  /** The ERP's supplier id, unique per organisation. */
  externalId: requiredText(128).optional(),
  name: requiredText(200),
  /** Optional: foreign and some individual suppliers have none. */
  uscc: UsccSchema.optional(),
  /** Pre-2015 registration number or organisation code from legacy documents. */
  legacyRegNo: optionalText(32),
  type: SupplierType,
  contactName: optionalText(50),
  contactPhone: optionalText(30),
  address: optionalText(200),
  approvedOn: LocalDateSchema.optional(),
  evaluation: SupplierEvaluation.optional(),
  lastAuditDate: LocalDateSchema.optional(),
});
export type SupplierCreate = z.infer<typeof SupplierCreateSchema>;

// ─── Public API (v1) ───

/** A supplier pushed by an ERP: the externalId is required (it is the upsert key). */
export const SupplierUpsertSchema = SupplierCreateSchema.extend({ externalId: requiredText(128) });
export type SupplierUpsert = z.infer<typeof SupplierUpsertSchema>;
export type SupplierUpsertInput = z.input<typeof SupplierUpsertSchema>;

export const SupplierSchema = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  name: z.string(),
  uscc: z.string().nullable(),
  legacyRegNo: z.string().nullable(),
  type: SupplierType,
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  address: z.string().nullable(),
  approvedOn: z.string().nullable(),
  evaluation: SupplierEvaluation.nullable(),
  lastAuditDate: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SupplierOut = z.infer<typeof SupplierSchema>;

export const SupplierListQuerySchema = z.strictObject({ ...pageQueryFields });
export type SupplierListQueryInput = z.input<typeof SupplierListQuerySchema>;
export const SupplierPageSchema = pageSchema(SupplierSchema);
