// Weekly screening report (每周质量安全排查治理报告, templates.md §3). The week's daily-record
// statistics are computed by the server, not sent.
import { z } from "zod";
import { HazardSeverity, RiskStage, WeeklyRating } from "../enums";
import { LocalDateSchema, parseWeekKey, WeekKeySchema } from "../periods";
import {
  addIssue,
  FileIdsSchema,
  HazardIdSchema,
  optionalText,
  ProposalIdSchema,
  requiredText,
  SiteIdSchema,
  uniqueArray,
  UserIdSchema,
} from "./common";
import { SignatureCaptureSchema } from "./signature";

/** A hazard found in this week's screening; the server opens a hazard (source weekly_screening). */
export const WeeklyHazardEntrySchema = z.strictObject({
  description: requiredText(2000),
  stage: RiskStage,
  severity: HazardSeverity,
  cause: optionalText(2000),
  measure: requiredText(2000),
  ownerUserId: UserIdSchema,
  dueDate: LocalDateSchema,
  siteId: SiteIdSchema.optional(),
});
export type WeeklyHazardEntry = z.infer<typeof WeeklyHazardEntrySchema>;

export const WeeklyReportCreateSchema = z
  .strictObject({
    /** ISO week, "2026-W05". */
    week: WeekKeySchema,
    screeningDate: LocalDateSchema,
    siteIds: uniqueArray(SiteIdSchema, 200).min(1, { error: "field.too_few" }),
    participantUserIds: uniqueArray(UserIdSchema, 100).min(1, { error: "field.too_few" }),
    /** Participants without an account (name and post). */
    otherParticipants: z.array(requiredText(100)).max(50, { error: "field.too_many" }).optional(),
    /** 上周问题整改核实情况 */
    lastWeekFollowUp: requiredText(4000),
    /** Hazards whose rectification was checked this week. */
    followUpHazardIds: uniqueArray(HazardIdSchema, 200).optional(),
    hazardsFound: z.array(WeeklyHazardEntrySchema).max(100, { error: "field.too_many" }),
    /**
     * 未发现风险隐患说明: required (by the service, which knows the week) only when the week has no
     * finding at all — no hazard opened from any source and none in hazardsFound; ignored otherwise.
     */
    noHazardStatement: optionalText(2000),
    /** 本周质量安全管理情况评价 */
    managementEvaluation: requiredText(4000),
    overallRating: WeeklyRating.optional(),
    /** 下周工作重点 */
    nextWeekPriorities: requiredText(4000),
    vetoProposalIds: uniqueArray(ProposalIdSchema, 50).optional(),
    attachmentFileIds: FileIdsSchema.optional(),
    /** The director's handwritten (or typed-name) signature, required (docs/decisions/032). */
    signature: SignatureCaptureSchema,
  })
  .superRefine((report, ctx) => {
    const week = parseWeekKey(report.week);
    if (week && report.screeningDate < week.start) {
      addIssue(ctx, "weekly.screening_before_week", ["screeningDate"]);
    }
  });
export type WeeklyReportCreate = z.infer<typeof WeeklyReportCreateSchema>;
