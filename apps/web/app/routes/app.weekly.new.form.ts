// The form of 《每周质量安全排查治理报告》: what the browser posts, shaped into the input of
// routines.weekly.file and checked by its contracts schema. The page (in the browser, before it
// posts) and its action (through `parseForm`) share this module.
import { z } from "zod";
import { WeeklyReportCreateSchema } from "@anzhi/contracts";
import { posted, ticked } from "../lib/form-fields.ts";

/** The one new hazard the form offers (「本周新发现的风险隐患」) counts only when it is described. */
export const WeeklyNewFormSchema = z
  .object({
    week: posted,
    screeningDate: posted,
    siteIds: ticked,
    participantUserIds: ticked,
    lastWeekFollowUp: posted,
    hzDescription: posted,
    hzStage: posted,
    hzSeverity: posted,
    hzMeasure: posted,
    hzOwner: posted,
    hzDue: posted,
    noHazardStatement: posted,
    managementEvaluation: posted,
    overallRating: posted,
    nextWeekPriorities: posted,
    /** signature.method and signature.imageSvg | signature.typedName, checked by the contracts schema. */
    signature: z.unknown(),
  })
  // The shaped value is whatever the contracts schema in the pipe then accepts or refuses.
  .transform(({ hzDescription, hzStage, hzSeverity, hzMeasure, hzOwner, hzDue, ...report }): unknown => ({
    ...report,
    hazardsFound: hzDescription?.trim()
      ? [
          {
            description: hzDescription,
            stage: hzStage,
            severity: hzSeverity,
            measure: hzMeasure,
            ownerUserId: hzOwner,
            dueDate: hzDue,
          },
        ]
      : [],
  }))
  .pipe(WeeklyReportCreateSchema);
