// The forms of 今日检查, one schema per intent: what the browser posts, shaped into the inputs of
// routines.daily.* and checked by the procedures' own contracts schemas. The page's forms and its
// action (app.today.server.ts, through `parseForm`) share this module.
import { z } from "zod";
import {
  DailyAllOkSchema,
  DailyAnswerSchema,
  DailyNotOperatingSchema,
  DailySheetKeySchema,
  DailySubmitSchema,
} from "@anzhi/contracts";

const posted = z.string().optional();
const intent = <N extends string>(name: N) => ({ intent: z.literal(name) });

/**
 * One item's answer. The hazard fields count only for a problem whose 「同时登记隐患」 box is ticked,
 * the reason only for 不适用 and the action taken only for a problem (the card keeps them all).
 */
const AnswerIntentSchema = z
  .object({
    ...intent("answer"),
    siteId: posted,
    checkDate: posted,
    riskItemId: posted,
    batchRef: posted,
    result: posted,
    note: posted,
    naReason: posted,
    immediateAction: posted,
    openHazard: z.boolean().optional(),
    severity: posted,
    hazardDue: posted,
    ownerUserId: posted,
    saveKey: posted,
  })
  // The shaped value is whatever the contracts schema in the pipe then accepts or refuses.
  .transform(({ openHazard, severity, hazardDue, ownerUserId, ...answer }): unknown => ({
    ...answer,
    naReason: answer.result === "not_applicable" ? answer.naReason : undefined,
    immediateAction: answer.result === "problem" ? answer.immediateAction : undefined,
    openHazard:
      answer.result === "problem" && openHazard
        ? { severity: severity ?? "general", dueDate: hazardDue ?? "", ownerUserId }
        : undefined,
  }))
  .pipe(DailyAnswerSchema.safeExtend(intent("answer")));

export const TodayFormSchema = z.discriminatedUnion("intent", [
  AnswerIntentSchema,
  DailySubmitSchema.safeExtend(intent("submit")).strip(),
  DailyAllOkSchema.safeExtend(intent("allOk")).strip(),
  DailySheetKeySchema.safeExtend(intent("restOk")).strip(),
  DailyNotOperatingSchema.safeExtend(intent("notOperating")).strip(),
]);
export type TodayForm = z.output<typeof TodayFormSchema>;
export type TodayIntent = TodayForm["intent"];
