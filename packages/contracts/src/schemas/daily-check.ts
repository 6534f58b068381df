// Daily check record (每日质量安全检查记录, templates.md §2). Zero-risk (零风险) is derived
// from the entries, never sent by the client.
import { z } from "zod";
import { CheckResult, OperatingStatus, ProblemHandling, ReportedTo } from "../enums";
import type { FieldMessageKey } from "../messages";
import { LocalDateSchema } from "../periods";
import { addIssue, DateTimeSchema, FileIdsSchema, IdSchema, numberBetween, optionalText } from "./common";

const blank = (text: string | undefined) => (text ?? "").trim() === "";

export const DailyCheckEntrySchema = z
  .strictObject({
    riskControlItemId: IdSchema,
    result: CheckResult,
    /** 检查情况/实测值; required for a problem. */
    observation: optionalText(2000),
    measuredValue: numberBetween(-1e12, 1e12).optional(),
    unit: optionalText(20),
    evidenceFileIds: FileIdsSchema.optional(),
    /** 采取的防范措施; required for a problem. */
    immediateAction: optionalText(2000),
    handling: ProblemHandling.optional(),
    /** The hazard opened for this problem, when handling = rectification_opened. */
    hazardId: IdSchema.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.result !== "problem") return;
    if (blank(entry.observation)) addIssue(ctx, "daily.observation_required", ["observation"]);
    if (blank(entry.immediateAction)) addIssue(ctx, "daily.action_required", ["immediateAction"]);
    if (entry.handling === undefined) addIssue(ctx, "daily.handling_required", ["handling"]);
  });
export type DailyCheckEntry = z.infer<typeof DailyCheckEntrySchema>;

export const DailyCheckSubmissionSchema = z
  .strictObject({
    siteId: IdSchema,
    checkDate: LocalDateSchema,
    /** The risk-control list version the checks were made against. */
    riskControlListId: IdSchema,
    operatingStatus: OperatingStatus,
    notOperatingReason: optionalText(500),
    entries: z.array(DailyCheckEntrySchema).max(500, { error: "field.too_many" }),
    /** 发现的风险隐患 / 采取的防范措施 / 上报: required when any entry is a problem. */
    hazardSummary: optionalText(4000),
    measuresTaken: optionalText(4000),
    reportedTo: ReportedTo.optional(),
    reportedAt: DateTimeSchema.optional(),
    remarks: optionalText(2000),
  })
  .superRefine((rec, ctx) => {
    const issue = (key: FieldMessageKey, path: string) => addIssue(ctx, key, [path]);
    if (rec.operatingStatus === "not_operating") {
      if (blank(rec.notOperatingReason)) issue("daily.reason_required", "notOperatingReason");
      if (rec.entries.length > 0) issue("daily.entries_not_allowed", "entries");
      return;
    }
    if (rec.entries.length === 0) issue("daily.entries_required", "entries");
    const ids = rec.entries.map((e) => e.riskControlItemId);
    if (new Set(ids).size !== ids.length) issue("daily.duplicate_item", "entries");
    if (rec.entries.some((e) => e.result === "problem")) {
      if (blank(rec.hazardSummary)) issue("daily.hazard_summary_required", "hazardSummary");
      if (blank(rec.measuresTaken)) issue("daily.measures_required", "measuresTaken");
      if (rec.reportedTo === undefined) issue("daily.reported_to_required", "reportedTo");
    }
  });
export type DailyCheckSubmission = z.infer<typeof DailyCheckSubmissionSchema>;

/** 零风险: operating and no entry found a problem. */
export function isZeroRisk(record: Pick<DailyCheckSubmission, "operatingStatus" | "entries">): boolean {
  return record.operatingStatus === "operating" && record.entries.every((e) => e.result !== "problem");
}
