// 培训考核记录: training sessions and assessments of the appointed people (who attended, score,
// passed). Records are kept; the register shows each person's history.
import type { z } from "zod";
import { type TrainingCreateSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";

export interface TrainingView {
  id: string;
  trainingDate: string;
  topic: string;
  trainer: string | null;
  hours: number | null;
  assessmentMethod: string | null;
  notes: string | null;
  attendees: { personName: string; score: number | null; passed: boolean | null }[];
}

export async function createTraining(
  db: Db,
  ctx: { organizationId: string; userId: string },
  data: z.output<typeof TrainingCreateSchema>,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const ids = data.attendees.map((a) => a.roleAssignmentId);
    const rows = await tx.roleAssignment.findMany({
      where: { organizationId: ctx.organizationId, id: { in: ids } },
      select: { id: true, personName: true, userId: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const bad = ids.findIndex((id) => !byId.has(id));
    if (bad >= 0)
      throw new AppError("RECORD_NOT_FOUND", {
        issues: [{ path: `attendees.${bad}.roleAssignmentId`, message: "RECORD_NOT_FOUND" }],
      });
    const record = await tx.trainingRecord.create({
      data: {
        organizationId: ctx.organizationId,
        trainingDate: data.trainingDate,
        topic: data.topic,
        trainer: data.trainer || null,
        hours: data.hours ?? null,
        assessmentMethod: data.assessmentMethod ?? null,
        notes: data.notes || null,
        createdByUserId: ctx.userId,
      },
      select: { id: true },
    });
    await tx.trainingAttendee.createMany({
      data: data.attendees.map((a) => {
        const ra = byId.get(a.roleAssignmentId);
        return {
          organizationId: ctx.organizationId,
          trainingRecordId: record.id,
          roleAssignmentId: a.roleAssignmentId,
          userId: ra?.userId ?? null,
          personName: ra?.personName ?? "",
          score: a.score ?? null,
          passed: a.passed ?? null,
        };
      }),
    });
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "training.create",
      entityType: "training_record",
      entityId: record.id,
      data: { topic: data.topic, attendees: ids.length },
    });
    return record;
  });
}

export async function listTrainings(db: Db, organizationId: string): Promise<TrainingView[]> {
  const rows = await db.trainingRecord.findMany({
    where: { organizationId },
    orderBy: { trainingDate: "desc" },
    include: { attendees: { select: { personName: true, score: true, passed: true } } },
    take: 200,
  });
  return rows.map((r) => ({
    id: r.id,
    trainingDate: r.trainingDate,
    topic: r.topic,
    trainer: r.trainer,
    hours: r.hours,
    assessmentMethod: r.assessmentMethod,
    notes: r.notes,
    attendees: r.attendees,
  }));
}
