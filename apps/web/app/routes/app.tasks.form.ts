// The task ledger's one form: a task's progress or completion (routines.tasks.update).
import { z } from "zod";
import { MeetingTaskUpdateSchema } from "@anzhi/contracts";

export const TaskFormSchema = MeetingTaskUpdateSchema.safeExtend({ intent: z.literal("update") }).strip();
export type TaskForm = z.output<typeof TaskFormSchema>;
