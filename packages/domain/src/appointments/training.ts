// 培训考核记录: training sessions and assessments of the appointed people (who attended, score,
// passed, when the topic is next due), and the regulator's 监督抽查考核 of them as the enterprise
// records it (authority, reference, each result, follow-up, the notice as a file). Records are
// kept; the register shows each person's history.
import type { z } from "zod";
import { type TrainingCreateSchema, typedAssessmentResult, typedTrainingTopic } from "@anzhi/contracts";
import {
  SupervisoryAssessmentWithEvidenceSchema,
  type SupervisoryAssessmentWithEvidence,
} from "@anzhi/contracts/uploads";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError, fieldError, parseInput } from "../errors.ts";
import {
  listLinkedAttachments,
  transactionWithFiles,
  type AttachmentType,
  type FileStore,
  type LinkedAttachment,
} from "../files/attachments.ts";
import type { FileLocation } from "../files/storage.ts";

export type TrainingKind = "training" | "supervisory_assessment";

export interface TrainingView {
  id: string;
  kind: TrainingKind;
  trainingDate: string;
  /** The subject typed; null for a 监督抽查考核 without one (the page words its default subject). */
  topic: string | null;
  trainer: string | null;
  hours: number | null;
  assessmentMethod: string | null;
  authority: string | null;
  authorityRef: string | null;
  followUp: string | null;
  /** The next session of this topic is due (recurring training); reminders read it. */
  nextDueAt: string | null;
  notes: string | null;
  attendees: { personName: string; score: number | null; passed: boolean | null; result: string | null }[];
  evidence: LinkedAttachment[];
}

const EVIDENCE_TYPES: readonly AttachmentType[] = ["application/pdf", "image/jpeg", "image/png"];

/** The register rows the attendees name, else RECORD_NOT_FOUND at `<path>.<i>.roleAssignmentId`. */
async function attendeesOf(tx: Tx, organizationId: string, ids: string[], path: string) {
  const rows = await tx.roleAssignment.findMany({
    where: { organizationId, id: { in: ids } },
    select: { id: true, personName: true, userId: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const bad = ids.findIndex((id) => !byId.has(id));
  if (bad >= 0)
    throw new AppError("RECORD_NOT_FOUND", {
      issues: [{ path: `${path}.${bad}.roleAssignmentId`, message: "RECORD_NOT_FOUND" }],
    });
  return byId;
}

/** The attendee rows of a record: each register entry's person as the register names them, and what was typed. */
function attendeeRows(
  organizationId: string,
  trainingRecordId: string,
  byId: Awaited<ReturnType<typeof attendeesOf>>,
  rows: ReadonlyArray<{
    roleAssignmentId: string;
    score?: number | null | undefined;
    passed?: boolean | null | undefined;
    result?: string | null | undefined;
  }>,
) {
  return rows.map((r) => {
    const ra = byId.get(r.roleAssignmentId);
    return {
      organizationId,
      trainingRecordId,
      roleAssignmentId: r.roleAssignmentId,
      userId: ra?.userId ?? null,
      personName: ra?.personName ?? "",
      score: r.score ?? null,
      passed: r.passed ?? null,
      result: r.result || null,
    };
  });
}

export async function createTraining(
  db: Db,
  ctx: { organizationId: string; userId: string },
  data: z.output<typeof TrainingCreateSchema>,
): Promise<{ id: string }> {
  if (data.nextDueAt && data.nextDueAt <= data.trainingDate)
    throw fieldError("DATE_RANGE_INVALID", "nextDueAt", "date.range_order");
  return db.$transaction(async (tx) => {
    const ids = data.attendees.map((a) => a.roleAssignmentId);
    const byId = await attendeesOf(tx, ctx.organizationId, ids, "attendees");
    const record = await tx.trainingRecord.create({
      data: {
        organizationId: ctx.organizationId,
        trainingDate: data.trainingDate,
        topic: data.topic,
        trainer: data.trainer || null,
        hours: data.hours ?? null,
        assessmentMethod: data.assessmentMethod ?? null,
        nextDueAt: data.nextDueAt ?? null,
        notes: data.notes || null,
        createdByUserId: ctx.userId,
      },
      select: { id: true },
    });
    await tx.trainingAttendee.createMany({ data: attendeeRows(ctx.organizationId, record.id, byId, data.attendees) });
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "training.create",
      entityType: "training_record",
      entityId: record.id,
      data: { topic: data.topic, attendees: ids.length, nextDueAt: data.nextDueAt ?? null },
    });
    return record;
  });
}

/** Records a regulator's 监督抽查考核 of the appointed staff, its notice stored in the same transaction. */
export async function createSupervisoryAssessment(
  db: Db,
  ctx: { organizationId: string; userId: string; now: Date; dataDir: FileLocation },
  input: SupervisoryAssessmentWithEvidence | unknown,
): Promise<{ id: string }> {
  const data = parseInput(SupervisoryAssessmentWithEvidenceSchema, input);
  return transactionWithFiles(db, ctx.dataDir, (tx, files) => recordSupervisoryAssessmentIn(tx, ctx, data, files));
}

/**
 * createSupervisoryAssessment inside the caller's transaction (the demo seed records through it, without
 * a notice). What is stored is what was typed: no subject is "" and no result is null — the views word
 * them (`typedTrainingTopic`, `typedAssessmentResult`), so a label is never stored in one language.
 */
export async function recordSupervisoryAssessmentIn(
  tx: Tx,
  ctx: { organizationId: string; userId: string; now: Date },
  data: SupervisoryAssessmentWithEvidence,
  files: FileStore | null,
): Promise<{ id: string }> {
  const actor = { kind: "user" as const, userId: ctx.userId };
  const ids = data.results.map((r) => r.roleAssignmentId);
  const byId = await attendeesOf(tx, ctx.organizationId, ids, "results");
  const record = await tx.trainingRecord.create({
    data: {
      organizationId: ctx.organizationId,
      kind: "supervisory_assessment",
      trainingDate: data.assessedOn,
      topic: data.topic || "",
      authority: data.authority,
      authorityRef: data.authorityRef || null,
      followUp: data.followUp || null,
      createdByUserId: ctx.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    },
    select: { id: true },
  });
  await tx.trainingAttendee.createMany({ data: attendeeRows(ctx.organizationId, record.id, byId, data.results) });
  if (data.evidence) {
    if (!files) throw new Error("recordSupervisoryAssessmentIn: a notice needs a file store");
    const file = await files.store({
      organizationId: ctx.organizationId,
      file: data.evidence,
      actor,
      path: "evidence",
      types: EVIDENCE_TYPES,
    });
    await tx.attachmentLink.create({
      data: {
        organizationId: ctx.organizationId,
        attachmentId: file.id,
        entityType: "training_record",
        entityId: record.id,
        purpose: "evidence",
        createdByUserId: ctx.userId,
      },
    });
  }
  await recordAudit(tx, {
    organizationId: ctx.organizationId,
    actor,
    action: "supervisory_assessment.record",
    entityType: "training_record",
    entityId: record.id,
    data: { authority: data.authority, results: ids.length, failed: data.results.filter((r) => !r.passed).length },
    at: ctx.now,
  });
  return record;
}

export async function listTrainings(db: Db, organizationId: string): Promise<TrainingView[]> {
  const rows = await db.trainingRecord.findMany({
    where: { organizationId },
    orderBy: { trainingDate: "desc" },
    include: { attendees: { select: { personName: true, score: true, passed: true, result: true } } },
    take: 200,
  });
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      kind: r.kind === "supervisory_assessment" ? ("supervisory_assessment" as const) : ("training" as const),
      trainingDate: r.trainingDate,
      topic: typedTrainingTopic(r.kind, r.topic),
      trainer: r.trainer,
      hours: r.hours,
      assessmentMethod: r.assessmentMethod,
      authority: r.authority,
      authorityRef: r.authorityRef,
      followUp: r.followUp,
      nextDueAt: r.nextDueAt,
      notes: r.notes,
      attendees: r.attendees.map((a) => ({ ...a, result: typedAssessmentResult(a.passed, a.result) })),
      evidence: await listLinkedAttachments(db, organizationId, "training_record", r.id),
    })),
  );
}
