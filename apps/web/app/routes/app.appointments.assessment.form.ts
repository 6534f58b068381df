// The form of 监督抽查考核: the authority, its reference and each ticked person's result, checked by
// appointments.createAssessment's contracts schema (the notice file is added by the action).
import { z } from "zod";
import { SupervisoryAssessmentCreateSchema } from "@anzhi/contracts";
import { PeopleRowsSchema, tickedRows } from "./app.appointments._index.form.ts";
import { posted } from "../lib/form-fields.ts";

export const AssessmentFormSchema = z
  .object({
    assessedOn: posted,
    authority: posted,
    authorityRef: posted,
    topic: posted,
    followUp: posted,
    results: PeopleRowsSchema,
  })
  // The shaped value is whatever the contracts schema in the pipe then accepts or refuses.
  .transform(({ results, ...assessment }): unknown => ({ ...assessment, results: tickedRows(results) }))
  .pipe(SupervisoryAssessmentCreateSchema);
