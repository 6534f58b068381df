// Shapes shared by every resource of the public ERP API (v1): batch limits, the per-record push
// result, cursor pages and the list filters common to all resources.
import { z } from "zod";
import { DateTimeSchema } from "./common";

/** A batch carries at most this many records and is stored in one transaction. */
export const MAX_BATCH_RECORDS = 1000;
/** Largest page a list call returns. */
export const MAX_PAGE_SIZE = 500;

export const PushStatus = z.enum(["created", "updated", "unchanged", "rejected"]);
export type PushStatus = z.infer<typeof PushStatus>;

/** Why one record (or one of its fields) was refused. */
export const RecordIssueSchema = z.object({
  /** Dotted path inside the record, e.g. "lines.2.result" ("" for the record as a whole). */
  path: z.string(),
  /** Stable error code (VALIDATION_FAILED, SUPPLIER_EXTERNAL_ID_UNKNOWN, …). */
  code: z.string(),
  /** Human-readable reason in the caller's language. */
  message: z.string(),
});
export type RecordIssue = z.infer<typeof RecordIssueSchema>;

export const RecordPushResultSchema = z.object({
  /** Position of the record in the request (0 for a single push). */
  index: z.int().min(0),
  externalId: z.string().nullable(),
  status: PushStatus,
  /** Anzhi's id of the stored record (absent when rejected). */
  id: z.string().optional(),
  /** Revision now current (inspection records only). */
  revision: z.int().optional(),
  /** Hazard number opened for an unqualified (不合格) record, when this push opened one. */
  hazardNo: z.string().optional(),
  issues: z.array(RecordIssueSchema).optional(),
});
export type RecordPushResult = z.infer<typeof RecordPushResultSchema>;

export const BatchPushResultSchema = z.object({
  results: z.array(RecordPushResultSchema),
  counts: z.object({
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    rejected: z.int(),
  }),
});
export type BatchPushResult = z.infer<typeof BatchPushResultSchema>;

/**
 * Transport shape of a batch: each record is any JSON object and is validated on its own, so one
 * bad row is reported as `rejected` instead of failing the whole request.
 */
export const IngestBatchInputSchema = z.strictObject({
  records: z
    .array(z.record(z.string(), z.unknown()))
    .min(1, { error: "field.too_few" })
    .max(MAX_BATCH_RECORDS, { error: "field.too_many" }),
});
export type IngestBatchInput = z.infer<typeof IngestBatchInputSchema>;

/** `get` by the ERP's id. */
export const ExternalIdInputSchema = z.strictObject({
  externalId: z.string().trim().min(1, { error: "field.required" }).max(128, { error: "field.too_long" }),
});

/** Paging and change tracking shared by every list call. */
export const pageQueryFields = {
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200, { error: "field.too_long" }).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1, { error: "field.too_small" })
    .max(MAX_PAGE_SIZE, { error: "field.too_big" })
    .default(100),
  /** Only records changed at or after this instant. */
  updatedSince: DateTimeSchema.optional(),
};

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Pass as `cursor` to get the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  });
}
