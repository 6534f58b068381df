// The forms of 人员任命 (the register page), one schema per intent, checked by the appointments
// procedures' contracts schemas: ending an appointment, linking an entry registered without an
// account to a member's account, the appointee's acknowledgement of their duties (signed), and
// recording a training.
import { z } from "zod";
import {
  AppointmentAcknowledgeSchema,
  AppointmentEndSchema,
  AppointmentLinkAccountSchema,
  TrainingCreateSchema,
} from "@anzhi/contracts";
import { posted } from "../lib/form-fields.ts";

/**
 * The appointed people a form lists, one row each (`rows[i].roleAssignmentId` is the row's box, its
 * score and 合格 box beside it, `PeopleResults`).
 */
export const PeopleRowsSchema = z
  .array(z.object({ roleAssignmentId: posted, score: z.number().optional(), passed: z.boolean().default(false) }))
  .default([]);

/** The rows whose box is ticked: the people the procedure records. */
export const tickedRows = (rows: z.output<typeof PeopleRowsSchema>) => rows.filter((row) => row.roleAssignmentId);

export const AppointmentsFormSchema = z.discriminatedUnion("intent", [
  AppointmentEndSchema.safeExtend({ intent: z.literal("end") }).strip(),
  AppointmentLinkAccountSchema.safeExtend({ intent: z.literal("link") }).strip(),
  z
    .object({
      intent: z.literal("acknowledge"),
      id: posted,
      /** signature.method and signature.imageSvg | signature.typedName, checked by the contracts schema. */
      signature: z.unknown(),
    })
    .pipe(AppointmentAcknowledgeSchema.safeExtend({ intent: z.literal("acknowledge") })),
  z
    .object({
      intent: z.literal("training"),
      trainingDate: posted,
      topic: posted,
      trainer: posted,
      hours: z.number().optional(),
      assessmentMethod: posted,
      nextDueAt: posted,
      attendees: PeopleRowsSchema,
    })
    // The shaped value is whatever the contracts schema in the pipe then accepts or refuses.
    .transform(({ attendees, ...training }): unknown => ({ ...training, attendees: tickedRows(attendees) }))
    .pipe(TrainingCreateSchema.safeExtend({ intent: z.literal("training") })),
]);
