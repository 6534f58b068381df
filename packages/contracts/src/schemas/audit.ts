// The enterprise's own audit trail (/app/audit): filters by person, record type or record, and
// local dates (inclusive), one page at a time; the export takes the same filters.
import { z } from "zod";
import { AuditEntityType } from "../enums";
import { LocalDateSchema } from "../periods";
import { IdSchema } from "./common";

export const AUDIT_PAGE_SIZE = 50;

const AuditFilterShape = {
  actorUserId: IdSchema.optional(),
  entityType: AuditEntityType.optional(),
  entityId: IdSchema.optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
};

const rangeOrder = (f: { from?: string | undefined; to?: string | undefined }) =>
  f.from === undefined || f.to === undefined || f.from <= f.to;

export const AuditFilterSchema = z
  .strictObject(AuditFilterShape)
  .refine(rangeOrder, { error: "date.range_order", path: ["to"] });
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export const AuditListSchema = z
  .strictObject({
    ...AuditFilterShape,
    page: z
      .number({ error: "field.invalid_type" })
      .int()
      .min(1, { error: "field.invalid" })
      .max(100_000, { error: "field.invalid" })
      .default(1),
  })
  .refine(rangeOrder, { error: "date.range_order", path: ["to"] });
export type AuditList = z.infer<typeof AuditListSchema>;
