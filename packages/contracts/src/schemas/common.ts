// Field building blocks shared by the record schemas. Every issue they raise carries a message
// key from messages/fields.ts instead of zod's English text.
import { z } from "zod";
import { refTo } from "./refs";
import type { FieldMessageKey } from "../messages";

type IssueInput = { input?: unknown };

/** Missing → "field.required", wrong type → `wrongType`. */
export function typeError(wrongType: FieldMessageKey = "field.invalid_type") {
  return (issue: IssueInput): FieldMessageKey => (issue.input === undefined ? "field.required" : wrongType);
}

/** Trimmed, non-empty, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string({ error: typeError() })
    .trim()
    .min(1, { error: "field.required" })
    .max(max, { error: "field.too_long" });
}

/** Trimmed, may be empty or absent, at most `max` characters. */
export function optionalText(max: number) {
  return z.string({ error: typeError() }).trim().max(max, { error: "field.too_long" }).optional();
}

/** Opaque record id (cuid/uuid produced by the server). */
export const IdSchema = z
  .string({ error: typeError() })
  .min(1, { error: "field.required" })
  .max(64, { error: "field.too_long" });

/** Ids of rows of the caller's organisation that a write stores (refs.ts: checked before writing). */
export const SiteIdSchema = refTo(IdSchema, "site");
export const ProductIdSchema = refTo(IdSchema, "product");
export const RiskItemIdSchema = refTo(IdSchema, "riskItem");
export const HazardIdSchema = refTo(IdSchema, "hazard");
export const ProposalIdSchema = refTo(IdSchema, "proposal");
export const LicenceIdSchema = refTo(IdSchema, "licence");
export const CccIdSchema = refTo(IdSchema, "ccc");
export const FileIdSchema = refTo(IdSchema, "file");
/** A member of the caller's organisation. */
export const UserIdSchema = refTo(IdSchema, "user");

/** Uploaded file ids attached to a record. */
export const FileIdsSchema = z.array(FileIdSchema).max(50, { error: "field.too_many" });

const EARLIEST_INSTANT = Date.UTC(2000, 0, 1);
const LATEST_INSTANT = Date.UTC(2100, 0, 1);

/**
 * ISO 8601 instant with an explicit offset or Z, e.g. "2026-03-01T08:30:00+08:00", from 2000-01-01
 * up to (not including) 2100-01-01 UTC — year 0000 or 9999 is a typo, not an instant to store.
 */
export const DateTimeSchema = z.iso.datetime({ offset: true, error: typeError("datetime.invalid") }).refine(
  (v) => {
    const at = Date.parse(v);
    return at >= EARLIEST_INSTANT && at < LATEST_INSTANT;
  },
  { error: "datetime.out_of_range" },
);

/** A short business code (site code, product code, ERP ids are free text instead). */
export const CodeSchema = z
  .string({ error: typeError() })
  .trim()
  .min(1, { error: "field.required" })
  .max(64, { error: "field.too_long" })
  .regex(/^[A-Za-z0-9._-]+$/, { error: "code.format" });

/** Standard number such as "GB 175-2023" or "Q/ABC 001-2024". */
export const StandardNoSchema = requiredText(64);

export function intBetween(min: number, max: number) {
  return z
    .int({ error: typeError("field.not_integer") })
    .min(min, { error: "field.too_small" })
    .max(max, { error: "field.too_big" });
}

export function numberBetween(min: number, max: number) {
  return z.number({ error: typeError() }).min(min, { error: "field.too_small" }).max(max, { error: "field.too_big" });
}

/** Array without duplicates (by identity of the value, or of `keyOf(value)`). */
/** A quantity received, shipped or inspected: more than 0 (worded "必须大于 0", never a bare placeholder). */
export function positiveQuantity() {
  return z.number({ error: typeError() }).gt(0, { error: "field.too_small" }).max(1e12, { error: "field.too_big" });
}

export function uniqueArray<T extends z.ZodType>(item: T, max: number, keyOf?: (value: z.output<T>) => unknown) {
  return z
    .array(item)
    .max(max, { error: "field.too_many" })
    .refine((values) => new Set(values.map((v) => (keyOf ? keyOf(v) : v))).size === values.length, {
      error: "field.duplicate",
    });
}

/** Adds a custom issue whose message is a (type-checked) field message key. */
export function addIssue(
  ctx: Pick<z.core.$RefinementCtx, "addIssue">,
  key: FieldMessageKey,
  path: PropertyKey[] = [],
  params?: Record<string, string | number>,
): void {
  ctx.addIssue({ code: "custom", message: key, path, ...(params ? { params } : {}) });
}
