// Inputs of the daily routine (the one daily-record schema: answering one item at a time on a
// phone, signing, non-operating days), amendments of every routine record and the enterprise
// calendar; the weekly and monthly records are weekly-report.ts and monthly-meeting.ts. Ledger date ranges use
// LedgerDateRangeSchema (hazard-ledger.ts).
import { SignatureCaptureSchema } from "./signature";
import { z } from "zod";
import { CheckResult, HazardSeverity } from "../enums";
import { LocalDateSchema } from "../periods";
import {
  addIssue,
  DateTimeSchema,
  FileIdsSchema,
  IdSchema,
  optionalText,
  requiredText,
  RiskItemIdSchema,
  SiteIdSchema,
  UserIdSchema,
} from "./common";

const blank = (text: string | undefined) => (text ?? "").trim() === "";

/** Which sheet: one per officer, site and day. */
export const DailySheetKeySchema = z.strictObject({ siteId: SiteIdSchema, checkDate: LocalDateSchema });
export type DailySheetKey = z.infer<typeof DailySheetKeySchema>;

/** The hazard to open for a problem, from the same screen. */
export const DailyProblemHazardSchema = z.strictObject({
  severity: HazardSeverity,
  dueDate: LocalDateSchema,
  ownerUserId: UserIdSchema.optional(),
});

export const DailyAnswerSchema = z
  .strictObject({
    siteId: SiteIdSchema,
    checkDate: LocalDateSchema,
    riskItemId: RiskItemIdSchema,
    /** The batch line of a per-batch item (the sheet's `batchRef`); absent for the item's one line. */
    batchRef: z.string().max(100).optional(),
    result: CheckResult,
    /** 检查情况; required for a problem. */
    note: optionalText(2000),
    /** Why the item does not apply today; required for not applicable. */
    naReason: optionalText(500),
    /** 采取的防范措施; required for a problem. */
    immediateAction: optionalText(2000),
    evidenceFileIds: FileIdsSchema.optional(),
    openHazard: DailyProblemHazardSchema.optional(),
    /**
     * The device's key of this save (an offline queue replays it): a save whose key the line already
     * carries is answered as saved and not applied again.
     */
    saveKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,64}$/, { error: "field.invalid" })
      .optional(),
  })
  .superRefine((a, ctx) => {
    if (a.result === "problem") {
      if (blank(a.note)) addIssue(ctx, "daily.observation_required", ["note"]);
      if (blank(a.immediateAction)) addIssue(ctx, "daily.action_required", ["immediateAction"]);
    } else if (a.openHazard) {
      addIssue(ctx, "field.invalid", ["openHazard"]);
    }
    if (a.result === "not_applicable" && blank(a.naReason)) addIssue(ctx, "field.required", ["naReason"]);
  });
export type DailyAnswer = z.infer<typeof DailyAnswerSchema>;

export const DailySubmitSchema = z.strictObject({
  siteId: SiteIdSchema,
  checkDate: LocalDateSchema,
  /** Defaults to the problems' notes / immediate actions when left blank. */
  hazardSummary: optionalText(4000),
  measuresTaken: optionalText(4000),
  /**
   * Whom the day's problems were reported to (an appointed director or principal) and when — both
   * required when a problem is recorded (the domain checks, it knows the answers); never defaulted.
   */
  reportedToUserId: UserIdSchema.optional(),
  reportedAt: DateTimeSchema.optional(),
  remarks: optionalText(2000),
  /** The officer's handwritten (or typed-name) signature, required (docs/decisions/032). */
  signature: SignatureCaptureSchema,
});
export type DailySubmit = z.infer<typeof DailySubmitSchema>;

/** 零风险报告: answer every unanswered item OK and sign, in one explicit, confirmed step. */
export const DailyAllOkSchema = z.strictObject({
  siteId: SiteIdSchema,
  checkDate: LocalDateSchema,
  confirm: z.literal(true, { error: "field.required" }),
  signature: SignatureCaptureSchema,
});

export const DailyNotOperatingSchema = z.strictObject({
  siteId: SiteIdSchema,
  checkDate: LocalDateSchema,
  reason: requiredText(500),
  signature: SignatureCaptureSchema,
});

export const DailyAmendmentSchema = z
  .strictObject({
    runId: IdSchema,
    reason: requiredText(1000),
    remarks: optionalText(2000),
    hazardSummary: optionalText(4000),
    measuresTaken: optionalText(4000),
    entries: z
      .array(
        z.strictObject({
          entryId: IdSchema,
          note: optionalText(2000),
          naReason: optionalText(500),
          immediateAction: optionalText(2000),
        }),
      )
      .max(500, { error: "field.too_many" })
      .optional(),
  })
  .refine(
    (a) =>
      a.remarks !== undefined ||
      a.hazardSummary !== undefined ||
      a.measuresTaken !== undefined ||
      (a.entries?.length ?? 0) > 0,
    {
      error: "field.required",
      path: ["remarks"],
    },
  );
export type DailyAmendment = z.infer<typeof DailyAmendmentSchema>;

/** A correction of a signed weekly report or monthly meeting: the text fields that change. */
export const PeriodRecordAmendmentSchema = z.strictObject({
  id: IdSchema,
  reason: requiredText(1000),
  changes: z.record(z.string().max(64), z.string().trim().max(8000, { error: "field.too_long" })),
});
export type PeriodRecordAmendment = z.infer<typeof PeriodRecordAmendmentSchema>;

/** The enterprise's production days: weekdays, public holidays, extra working and rest days. */
const dayList = z.array(LocalDateSchema).max(400, { error: "field.too_many" });

export const CalendarSettingsSchema = z
  .strictObject({
    weekdays: z.array(z.int().min(1).max(7)).min(1, { error: "field.too_few" }).max(7),
    followsPublicHolidays: z.boolean(),
    workingDays: dayList,
    restDays: dayList,
  })
  .refine((s) => !s.workingDays.some((d) => s.restDays.includes(d)), { error: "field.duplicate", path: ["restDays"] });
export type CalendarSettings = z.infer<typeof CalendarSettingsSchema>;

/**
 * A principal's reasoned change of one closed calendar day (a past day, or a day of a week/month
 * whose record is signed): it becomes a working or a rest day; shown to the regulator.
 */
export const CalendarDayAmendSchema = z.strictObject({
  day: LocalDateSchema,
  working: z.boolean(),
  reason: requiredText(500),
});
export type CalendarDayAmend = z.infer<typeof CalendarDayAmendSchema>;

/** Moving the 启用日期 (the first day anything is due) earlier, with the reason; never after today. */
export const ActivationDateSchema = z.strictObject({
  activatedOn: LocalDateSchema,
  reason: requiredText(500),
});
export type ActivationDate = z.infer<typeof ActivationDateSchema>;
/** 阅: the director reads daily records, the principal weekly reports — one tap on one or many. */
export const ReadSignSchema = z.strictObject({
  ids: z.array(IdSchema).min(1, { error: "field.too_few" }).max(200, { error: "field.too_many" }),
});
export type ReadSign = z.infer<typeof ReadSignSchema>;
