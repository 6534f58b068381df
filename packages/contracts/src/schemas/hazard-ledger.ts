// Hazard ledger (隐患台账) queries and edits: filters, assignment, major-risk report drafts.
import { z } from "zod";
import { HazardSeverity, HazardSource, HazardStatus } from "../enums";
import { LocalDateSchema } from "../periods";
import { IdSchema, optionalText, requiredText, UserIdSchema } from "./common";

export const HazardListFilterSchema = z
  .strictObject({
    status: HazardStatus.optional(),
    severity: HazardSeverity.optional(),
    source: HazardSource.optional(),
    siteId: IdSchema.optional(),
    productId: IdSchema.optional(),
    ownerUserId: IdSchema.optional(),
    overdue: z.boolean().optional(),
    /** Created between these local dates (inclusive). */
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    /** 1-based page of HAZARD_PAGE_SIZE rows, newest first. */
    page: z.int().min(1).max(100_000).optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    error: "date.range_order",
    path: ["to"],
  });
export type HazardListFilter = z.infer<typeof HazardListFilterSchema>;
/** Rows per page of the hazard ledger (a page renders in one layout, cards on a phone). */
export const HAZARD_PAGE_SIZE = 50;

export const HazardAssignSchema = z.strictObject({
  hazardId: IdSchema,
  ownerUserId: UserIdSchema,
  dueDate: LocalDateSchema,
  note: optionalText(1000),
});
export type HazardAssign = z.infer<typeof HazardAssignSchema>;

/** Edits of a major-risk report draft; once submitted it is kept as is. */
export const MajorRiskReportDraftSchema = z.strictObject({
  reportId: IdSchema,
  title: requiredText(200),
  content: requiredText(20000),
  /** The receiving 市场监管局 (a RegulatorAgency; not tenant-owned, checked by the service). */
  agencyId: IdSchema.optional(),
});
export type MajorRiskReportDraft = z.infer<typeof MajorRiskReportDraftSchema>;

export const LedgerDateRangeSchema = z
  .strictObject({ from: LocalDateSchema, to: LocalDateSchema })
  .refine((r) => r.from <= r.to, { error: "date.range_order", path: ["to"] });
export type LedgerDateRange = z.infer<typeof LedgerDateRangeSchema>;
