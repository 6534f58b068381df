// Report of a major quality-safety risk to the market regulator (regulation.md §4: a producer
// or seller that finds a safety hazard must contain it and report). Drafted, then submitted.
import { z } from "zod";
import { ContainmentAction } from "../enums";
import { DateTimeSchema, FileIdsSchema, HazardIdSchema, optionalText, ProductIdSchema, requiredText, uniqueArray } from "./common";

export const MajorRiskReportCreateSchema = z.strictObject({
  title: requiredText(200),
  /** The hazard this report escalates, when there is one. */
  hazardId: HazardIdSchema.optional(),
  productIds: uniqueArray(ProductIdSchema, 100).min(1, { error: "field.too_few" }),
  batchNos: uniqueArray(requiredText(100), 200).optional(),
  discoveredAt: DateTimeSchema,
  /** 危及安全的缺陷描述 */
  description: requiredText(8000),
  /** Quantity made/sold, where it went, possible harm. */
  impactAssessment: optionalText(8000),
  containmentActions: uniqueArray(ContainmentAction, 6).min(1, { error: "field.too_few" }),
  measuresTaken: requiredText(8000),
  /** The market regulator reported to (e.g. "杭州市市场监督管理局"). */
  regulatorAuthority: requiredText(100),
  attachmentFileIds: FileIdsSchema.optional(),
});
export type MajorRiskReportCreate = z.infer<typeof MajorRiskReportCreateSchema>;
