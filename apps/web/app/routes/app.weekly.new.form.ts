// The form of 《每周质量安全排查治理报告》: what the browser posts, shaped into the input of
// routines.weekly.file and checked by its contracts schema. The page (in the browser, before it
// posts) and its action (through `parseForm`) share this module.
import { z } from "zod";
import { WeeklyReportCreateSchema } from "@anzhi/contracts";
import { posted, ticked } from "../lib/form-fields.ts";

/** The hazards found the form offers at most (the contracts schema's limit). */
export const MAX_HAZARDS_FOUND = 100;

/** Rows shown first: `?hazards=n` (the no-JavaScript way to add one), none by default. */
export function hazardRowsOf(param: string | null): number {
  const n = Number(param);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, MAX_HAZARDS_FOUND) : 0;
}

/** 本周新发现的风险隐患: every row posted is one (rows are added and removed on the page). */
export const WeeklyNewFormSchema = z
  .object({
    week: posted,
    screeningDate: posted,
    siteIds: ticked,
    participantUserIds: ticked,
    lastWeekFollowUp: posted,
    hazardsFound: z
      .array(
        z.object({
          description: posted,
          stage: posted,
          severity: posted,
          measure: posted,
          ownerUserId: posted,
          dueDate: posted,
        }),
      )
      .default([]),
    noHazardStatement: posted,
    managementEvaluation: posted,
    overallRating: posted,
    nextWeekPriorities: posted,
    /** signature.method and signature.imageSvg | signature.typedName, checked by the contracts schema. */
    signature: z.unknown(),
  })
  .pipe(WeeklyReportCreateSchema);
