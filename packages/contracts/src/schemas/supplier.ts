// Supplier (供应商/供货者, templates.md §0.1). ERPs create and refer to suppliers by externalId.
import { z } from "zod";
import { SupplierEvaluation, SupplierType } from "../enums";
import { LocalDateSchema } from "../periods";
import { optionalText, requiredText } from "./common";
import { UsccSchema } from "./identifiers";

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

export const SupplierUpdateSchema = SupplierCreateSchema.partial();
export type SupplierUpdate = z.infer<typeof SupplierUpdateSchema>;
