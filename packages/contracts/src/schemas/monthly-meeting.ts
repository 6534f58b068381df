// Monthly scheduling meeting minutes (每月质量安全调度会议纪要, templates.md §4). Chaired by
// the principal; the month's statistics are computed by the server.
import { z } from "zod";
import { SignatureCaptureSchema } from "./signature";
import { MeetingTaskStatus } from "../enums";
import { LocalDateSchema, MonthKeySchema } from "../periods";
import {
  addIssue,
  DateTimeSchema,
  IdSchema,
  FileIdsSchema,
  optionalText,
  ProposalIdSchema,
  requiredText,
  uniqueArray,
  UserIdSchema,
} from "./common";

/** 会议研究决定的措施 */
export const MeetingDecisionSchema = z.strictObject({
  content: requiredText(2000),
  ownerUserId: UserIdSchema.optional(),
  dueDate: LocalDateSchema.optional(),
});
export type MeetingDecision = z.infer<typeof MeetingDecisionSchema>;

export const MonthlyMeetingCreateSchema = z.strictObject({
  /** "2026-03" */
  month: MonthKeySchema,
  meetingAt: DateTimeSchema,
  /** 会议地点 ("线上" allowed). */
  place: requiredText(200),
  /** Must be the principal; the domain warns otherwise. */
  chairUserId: UserIdSchema,
  /** 记录人 */
  recorder: requiredText(50),
  /** Account holders present; the director is expected among them. */
  attendeeUserIds: uniqueArray(UserIdSchema, 100).min(1, { error: "field.too_few" }),
  otherAttendees: z.array(requiredText(100)).max(50, { error: "field.too_many" }).optional(),
  /** 质量安全总监工作汇报 */
  directorReport: requiredText(8000),
  /** 本月排查主要问题 */
  mainProblems: requiredText(4000),
  /** 本月整改方案落实情况 */
  rectificationProgress: requiredText(4000),
  /** 尚未解决的问题 ("无" allowed) */
  unresolvedIssues: requiredText(4000),
  /** 调度事项（制度修订、人员职责调整等） */
  schedulingMatters: optionalText(4000),
  otherMatters: optionalText(4000),
  decisions: z.array(MeetingDecisionSchema).min(1, { error: "field.too_few" }).max(100, { error: "field.too_many" }),
  /** 下月重点工作安排 */
  nextMonthPlan: requiredText(4000),
  vetoProposalIds: uniqueArray(ProposalIdSchema, 50).optional(),
  attachmentFileIds: FileIdsSchema.optional(),
  /** The principal's handwritten (or typed-name) signature, required (docs/decisions/032). */
  signature: SignatureCaptureSchema,
});
export type MonthlyMeetingCreate = z.infer<typeof MonthlyMeetingCreateSchema>;

/** 调度任务台账: the tasks listed, optionally by status. */
export const MeetingTaskListFilterSchema = z.strictObject({ status: MeetingTaskStatus.optional() });
export type MeetingTaskListFilter = z.infer<typeof MeetingTaskListFilterSchema>;

/**
 * Progress on a task: its status and a progress note; finishing it (done) needs the closing note
 * (what was done, how it was checked). A done task is not changed again.
 */
export const MeetingTaskUpdateSchema = z
  .strictObject({
    taskId: IdSchema,
    status: MeetingTaskStatus,
    progressNote: optionalText(2000),
    closingNote: optionalText(2000),
  })
  .superRefine((u, ctx) => {
    if (u.status === "done" && (u.closingNote ?? "") === "")
      addIssue(ctx, "task.closing_note_required", ["closingNote"]);
    if (u.status !== "done" && (u.progressNote ?? "") === "")
      addIssue(ctx, "task.progress_note_required", ["progressNote"]);
  });
export type MeetingTaskUpdate = z.infer<typeof MeetingTaskUpdateSchema>;
