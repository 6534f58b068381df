// 调度任务台账 (docs/decisions/024): the monthly meeting's decisions that have an owner and a due
// date are tasks of their own — owner, due date, progress, closing note — not hazards, so they
// never count in the hazard ledger or in any hazard figure the regulator sees. The next month's
// minutes pre-fill the tasks still open (prefillMonth). Tasks are closed, never deleted.
import type { z } from "zod";
import {
  compareLocalDate,
  type MeetingTaskListFilterSchema,
  type MeetingTaskStatus,
  type MeetingTaskUpdate,
} from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { parseRolesJson } from "../members/roles.ts";

export interface MeetingTaskRow {
  id: string;
  month: string;
  meetingId: string;
  seq: number;
  content: string;
  owner: { id: string; name: string } | null;
  dueDate: string | null;
  status: MeetingTaskStatus;
  /** Not done and its due date is before today. */
  overdue: boolean;
  progressNote: string | null;
  progressAt: Date | null;
  closingNote: string | null;
  closedBy: { id: string; name: string } | null;
  closedAt: Date | null;
  /** The hazard a decision was booked as before the task ledger existed (kept as a record). */
  legacyHazard: { id: string; hazardNo: string } | null;
}

const select = {
  id: true,
  month: true,
  content: true,
  dueDate: true,
  status: true,
  progressNote: true,
  progressAt: true,
  closingNote: true,
  closedAt: true,
  owner: { select: { id: true, name: true } },
  closedBy: { select: { id: true, name: true } },
  decision: { select: { seq: true, meetingId: true, hazard: { select: { id: true, hazardNo: true } } } },
} as const;

function toRow(
  r: {
    id: string;
    month: string;
    content: string;
    dueDate: string | null;
    status: string;
    progressNote: string | null;
    progressAt: Date | null;
    closingNote: string | null;
    closedAt: Date | null;
    owner: { id: string; name: string } | null;
    closedBy: { id: string; name: string } | null;
    decision: { seq: number; meetingId: string; hazard: { id: string; hazardNo: string } | null };
  },
  today: string,
): MeetingTaskRow {
  const status = r.status as MeetingTaskStatus;
  return {
    id: r.id,
    month: r.month,
    meetingId: r.decision.meetingId,
    seq: r.decision.seq,
    content: r.content,
    owner: r.owner,
    dueDate: r.dueDate,
    status,
    overdue: status !== "done" && r.dueDate !== null && compareLocalDate(r.dueDate, today) < 0,
    progressNote: r.progressNote,
    progressAt: r.progressAt,
    closingNote: r.closingNote,
    closedBy: r.closedBy,
    closedAt: r.closedAt,
    legacyHazard: r.decision.hazard,
  };
}

/** The ledger, open tasks first by due date, then the done ones newest first. */
export async function listMeetingTasks(
  db: Db,
  organizationId: string,
  today: string,
  filter: z.output<typeof MeetingTaskListFilterSchema> = {},
): Promise<MeetingTaskRow[]> {
  const rows = await db.meetingTask.findMany({
    where: { organizationId, ...(filter.status ? { status: filter.status } : {}) },
    orderBy: [{ month: "desc" }, { createdAt: "asc" }],
    select,
    take: 500,
  });
  const list = rows.map((r) => toRow(r, today));
  const open = list
    .filter((r) => r.status !== "done")
    .sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"));
  return [...open, ...list.filter((r) => r.status === "done")];
}

/** Tasks of months before `month` still not done: what the month's minutes report on. */
export async function openTasksBefore(
  db: Pick<Db, "meetingTask">,
  organizationId: string,
  month: string,
  today: string,
): Promise<MeetingTaskRow[]> {
  const rows = await db.meetingTask.findMany({
    where: { organizationId, month: { lt: month }, status: { not: "done" } },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    select,
  });
  return rows.map((r) => toRow(r, today));
}

/** The task for a decision just recorded in signed minutes (inside the signing transaction). */
export async function createMeetingTask(
  tx: Pick<Tx, "meetingTask">,
  t: {
    organizationId: string;
    decisionId: string;
    month: string;
    content: string;
    ownerUserId: string;
    dueDate: string;
    now: Date;
  },
): Promise<string> {
  const row = await tx.meetingTask.create({
    data: {
      organizationId: t.organizationId,
      decisionId: t.decisionId,
      month: t.month,
      content: t.content,
      ownerUserId: t.ownerUserId,
      dueDate: t.dueDate,
      createdAt: t.now,
      updatedAt: t.now,
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * Progress or completion, by the task's owner or a principal/director. A done task stays as it
 * was closed; a concurrent change makes the second update fail with CONFLICT.
 */
export async function updateMeetingTask(
  db: Db,
  ctx: { organizationId: string; userId: string; now: Date },
  u: MeetingTaskUpdate,
): Promise<{ id: string; status: MeetingTaskStatus }> {
  return db.$transaction(async (tx) => {
    const task = await tx.meetingTask.findFirst({
      where: { id: u.taskId, organizationId: ctx.organizationId },
      select: { id: true, status: true, ownerUserId: true, updatedAt: true, month: true },
    });
    if (!task) throw new AppError("TASK_NOT_FOUND");
    if (task.status === "done") throw new AppError("RECORD_ALREADY_SIGNED");
    if (task.ownerUserId !== ctx.userId) {
      const m = await tx.membership.findFirst({
        where: { organizationId: ctx.organizationId, userId: ctx.userId, status: "active" },
        select: { rolesJson: true },
      });
      const roles = m ? parseRolesJson(m.rolesJson) : [];
      if (!roles.includes("principal") && !roles.includes("director"))
        throw new AppError("ROLE_REQUIRED", { details: { roles: ["principal", "director"] } });
    }
    const done = u.status === "done";
    const applied = await tx.meetingTask.updateMany({
      where: { id: task.id, organizationId: ctx.organizationId, updatedAt: task.updatedAt, status: { not: "done" } },
      data: {
        status: u.status,
        ...(u.progressNote ? { progressNote: u.progressNote, progressAt: ctx.now } : {}),
        ...(done ? { closingNote: u.closingNote ?? null, closedByUserId: ctx.userId, closedAt: ctx.now } : {}),
        updatedAt: ctx.now,
      },
    });
    if (applied.count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: done ? "meeting_task.close" : "meeting_task.progress",
      entityType: "meeting_task",
      entityId: task.id,
      data: {
        month: task.month,
        from: task.status,
        to: u.status,
        note: done ? (u.closingNote ?? null) : (u.progressNote ?? null),
      },
      at: ctx.now,
    });
    return { id: task.id, status: u.status };
  });
}
