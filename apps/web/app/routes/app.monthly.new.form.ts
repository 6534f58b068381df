// The form of 《每月质量安全调度会议纪要》: what the browser posts, shaped into the input of
// routines.monthly.sign and checked by its contracts schema. The page (in the browser, before it
// posts) and its action (through `parseForm`) share this module. The chair is the signer, added
// by the action; the meeting's local time is read in the organisation's zone.
import { z } from "zod";
import { MonthlyMeetingCreateSchema } from "@anzhi/contracts";
import { instantOfLocalMinute, posted, ticked } from "../lib/form-fields.ts";

/** The decision rows the form offers at most (the contracts schema's limit). */
export const MAX_DECISIONS = 100;

/** Rows shown first: `?decisions=n` (the no-JavaScript way to add one), at least one. */
export function decisionRowsOf(param: string | null): number {
  const n = Number(param);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_DECISIONS) : 1;
}

export function monthlyNewFormSchema(timeZone: string) {
  return (
    z
      .object({
        month: posted,
        /** `datetime-local`: "2026-11-27T15:00", wall-clock time in the organisation's zone. */
        meetingAt: posted,
        place: posted,
        recorder: posted,
        attendeeUserIds: ticked,
        directorReport: posted,
        mainProblems: posted,
        rectificationProgress: posted,
        unresolvedIssues: posted,
        schedulingMatters: posted,
        decisions: z.array(z.object({ content: posted, ownerUserId: posted, dueDate: posted })).default([]),
        nextMonthPlan: posted,
        /** signature.method and signature.imageSvg | signature.typedName, checked by the contracts schema. */
        signature: z.unknown(),
      })
      // The shaped value is whatever the contracts schema in the pipe then accepts or refuses.
      .transform(({ meetingAt, decisions, ...minutes }): unknown => ({
        ...minutes,
        meetingAt: instantOfLocalMinute(meetingAt, timeZone),
        // Every row posted is a decision (rows are added and removed on the page), so an error
        // keeps the index of the row it is about.
        decisions,
      }))
      .pipe(MonthlyMeetingCreateSchema.omit({ chairUserId: true }))
  );
}
