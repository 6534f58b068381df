// Production licences (生产许可证) and CCC certificates (templates.md §0.1 Certificate).
import { z } from "zod";
import { CertificateStatus } from "../enums";
import { LocalDateSchema } from "../periods";
import { refTo } from "./refs";
import {
  DateTimeSchema,
  FileIdsSchema,
  IdSchema,
  optionalText,
  requiredText,
  StandardNoSchema,
  uniqueArray,
} from "./common";
import { CccNoSchema, LicenceNoSchema } from "./identifiers";

const certificateFields = {
  holderName: requiredText(100),
  /** 产品名称/单元/型号规格 the certificate covers. */
  productScope: requiredText(2000),
  standards: uniqueArray(StandardNoSchema, 30).optional(),
  /** 发证机关 / 认证机构 */
  issuer: requiredText(100),
  issueDate: LocalDateSchema,
  expiryDate: LocalDateSchema,
  status: CertificateStatus.default("valid"),
  /** When the number was last checked online (SAMR licence database / national CCC platform). */
  lastVerifiedAt: DateTimeSchema.optional(),
  evidenceFileIds: FileIdsSchema.optional(),
};

const expiryNotBeforeIssue = { error: "date.expiry_before_issue", path: ["expiryDate"] };

// ---- Enterprise profile forms: the columns the licence / certificate rows have, plus the
// products each one covers (LicenceProduct / CccCertificateProduct). ----

const { evidenceFileIds: _evidence, standards: _standards, ...savedCertificateFields } = certificateFields;
// A foreign product is reported on the field as a whole ("productIds").
const productIds = refTo(uniqueArray(IdSchema, 200), "product").optional();

/** One 产品单元 of a licence's scope with the 型号规格 it names (none = every model of the unit). */
export const ScopeUnitSchema = z.strictObject({
  unit: requiredText(200),
  models: uniqueArray(requiredText(200), 200).default([]),
});

const licenceShape = {
  licenceNo: LicenceNoSchema,
  ...savedCertificateFields,
  /** The structured scope; omitted → one unit, productScope, covering every model. */
  scopeUnits: z
    .array(ScopeUnitSchema)
    .min(1, { error: "field.too_few" })
    .max(50, { error: "field.too_many" })
    .optional(),
  productIds,
};

export const LicenceSaveSchema = z
  .strictObject(licenceShape)
  .refine((c) => c.issueDate <= c.expiryDate, expiryNotBeforeIssue);
export type LicenceSave = z.infer<typeof LicenceSaveSchema>;

export const LicenceEditSchema = z
  .strictObject({ id: IdSchema, ...licenceShape })
  .refine((c) => c.issueDate <= c.expiryDate, expiryNotBeforeIssue);
export type LicenceEdit = z.infer<typeof LicenceEditSchema>;

const cccShape = {
  certNo: CccNoSchema,
  ...savedCertificateFields,
  standards: certificateFields.standards,
  manufacturerName: requiredText(100),
  factoryName: requiredText(100),
  modelSpec: optionalText(2000),
  /** The models covered one by one; omitted → the models named in modelSpec. */
  models: uniqueArray(requiredText(200), 200).optional(),
  productIds,
};
const cccYear = { error: "ccc_no.year_after_issue", path: ["certNo"] };
const cccYearOk = (c: { certNo: string; issueDate: string }) =>
  Number(c.certNo.slice(0, 4)) <= Number(c.issueDate.slice(0, 4));

export const CccSaveSchema = z
  .strictObject(cccShape)
  .refine((c) => c.issueDate <= c.expiryDate, expiryNotBeforeIssue)
  .refine(cccYearOk, cccYear);
export type CccSave = z.infer<typeof CccSaveSchema>;

export const CccEditSchema = z
  .strictObject({ id: IdSchema, ...cccShape })
  .refine((c) => c.issueDate <= c.expiryDate, expiryNotBeforeIssue)
  .refine(cccYearOk, cccYear);
export type CccEdit = z.infer<typeof CccEditSchema>;

/** Dashboard alert levels: expired (or no longer valid), within 30 days, within 90 days. */
export const CertificateAlertLevel = z.enum(["expired", "invalid", "within_30", "within_90"]);
export type CertificateAlertLevel = z.infer<typeof CertificateAlertLevel>;
