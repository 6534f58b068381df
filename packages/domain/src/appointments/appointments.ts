// 人员任命 — the appointment register. Phone and ID number are encrypted at rest (AES-GCM field
// cipher) and shown masked unless the viewer manages the register. A change never edits a row: the
// old appointment is ended (endedOn) and a new one supersedes it, so history stays visible.
import {
  maskIdNumber,
  maskPhone,
  typedAssessmentResult,
  typedTrainingTopic,
  type AppointmentAcknowledge,
  type AppointmentEndSchema,
  type AppointmentRole,
  type Employment,
} from "@anzhi/contracts";
import type { AppointmentCreateWithDocument } from "@anzhi/contracts/uploads";
import type { z } from "zod";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { APPOINTMENT_DUTIES, recordContentHash } from "../audit/record-hash.ts";
import { AppError } from "../errors.ts";
import {
  hasRecordSignature,
  signaturesOf,
  writeRecordSignature,
  type ShownSignature,
} from "../signatures/record-signatures.ts";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import {
  listLinkedAttachments,
  openAttachment,
  transactionWithFiles,
  type AttachmentType,
  type LinkedAttachment,
} from "../files/attachments.ts";
import type { FileLocation } from "../files/storage.ts";

const DOC_TYPES: readonly AttachmentType[] = ["application/pdf", "image/jpeg", "image/png"];

export interface AppointmentContext {
  organizationId: string;
  userId: string;
  cipher: FieldCipher;
  dataDir: FileLocation;
  now: Date;
}

export interface AppointmentView {
  id: string;
  role: AppointmentRole;
  personName: string;
  userId: string | null;
  employment: Employment;
  phone: string;
  idNumber: string | null;
  appointedOn: string;
  endedOn: string | null;
  endReason: string | null;
  education: string | null;
  professionalTitle: string | null;
  yearsExperience: number | null;
  dutyDoc: string | null;
  dutyDocAckAt: Date | null;
  /** The appointee's signature acknowledging the duties (确认岗位职责), checked against the appointment's hash. */
  acknowledgement: ShownSignature[];
  supersedesId: string | null;
  sites: { id: string; name: string }[];
  products: { id: string; name: string }[];
  riskItems: { id: string; riskPoint: string }[];
  documents: LinkedAttachment[];
  /** Training and the regulator's 监督抽查考核 (kind), with each result and the next due date. */
  trainings: {
    id: string;
    kind: string;
    date: string;
    /** The subject typed; null for a 监督抽查考核 without one (the page words its default subject). */
    topic: string | null;
    authority: string | null;
    score: number | null;
    passed: boolean | null;
    result: string | null;
    nextDueAt: string | null;
  }[];
}

/**
 * The account an appointment names must be a member of the organisation (with `active`, one not
 * deactivated): otherwise MEMBER_NOT_FOUND on the field `userId`.
 */
export async function requireMemberOf(
  tx: Tx,
  organizationId: string,
  userId: string,
  opts: { active?: boolean } = {},
): Promise<void> {
  const m = await tx.membership.findFirst({
    where: { organizationId, userId, ...(opts.active ? { status: "active" } : {}) },
    select: { id: true },
  });
  if (!m) throw new AppError("MEMBER_NOT_FOUND", { issues: [{ path: "userId", message: "MEMBER_NOT_FOUND" }] });
}

async function requireOwned(
  tx: Tx,
  organizationId: string,
  data: { userId?: string | undefined; siteIds: string[]; productIds: string[]; riskItemIds: string[] },
): Promise<void> {
  if (data.userId) await requireMemberOf(tx, organizationId, data.userId);
  const checks = [
    {
      key: "siteIds",
      ids: data.siteIds,
      code: "SITE_NOT_FOUND",
      find: (ids: string[]) => tx.site.findMany({ where: { organizationId, id: { in: ids } }, select: { id: true } }),
    },
    {
      key: "productIds",
      ids: data.productIds,
      code: "PRODUCT_NOT_FOUND",
      find: (ids: string[]) =>
        tx.product.findMany({ where: { organizationId, id: { in: ids } }, select: { id: true } }),
    },
    {
      key: "riskItemIds",
      ids: data.riskItemIds,
      code: "RECORD_NOT_FOUND",
      find: (ids: string[]) =>
        tx.riskControlItem.findMany({ where: { organizationId, id: { in: ids } }, select: { id: true } }),
    },
  ] as const;
  for (const check of checks) {
    if (check.ids.length === 0) continue;
    const found = new Set((await check.find([...check.ids])).map((r) => r.id));
    const bad = check.ids.findIndex((id) => !found.has(id));
    if (bad >= 0) throw new AppError(check.code, { issues: [{ path: `${check.key}.${bad}`, message: check.code }] });
  }
}

/** Records an appointment; its signed document is stored in the same transaction (in the file storage). */
export async function createAppointment(
  db: Db,
  ctx: AppointmentContext,
  data: AppointmentCreateWithDocument,
): Promise<{ id: string }> {
  const actor = { kind: "user" as const, userId: ctx.userId };
  return transactionWithFiles(db, ctx.dataDir, async (tx, files) => {
    await requireOwned(tx, ctx.organizationId, data);
    if (data.supersedesId) {
      const old = await tx.roleAssignment.findFirst({
        where: { id: data.supersedesId, organizationId: ctx.organizationId },
        select: { id: true, endedOn: true, appointedOn: true },
      });
      if (!old || old.endedOn)
        throw new AppError("RECORD_NOT_FOUND", { issues: [{ path: "supersedesId", message: "RECORD_NOT_FOUND" }] });
      if (data.appointedOn < old.appointedOn)
        throw new AppError("DATE_RANGE_INVALID", { issues: [{ path: "appointedOn", message: "date.order" }] });
      await tx.roleAssignment.update({
        where: { id: old.id },
        data: { endedOn: data.appointedOn, endReason: "superseded" },
      });
    }
    const row = await tx.roleAssignment.create({
      data: {
        organizationId: ctx.organizationId,
        role: data.role,
        personName: data.personName,
        userId: data.userId ?? null,
        employment: data.employment,
        phoneEnc: ctx.cipher.encrypt(data.phone),
        idNumberEnc: data.idNumber ? ctx.cipher.encrypt(data.idNumber) : null,
        appointedOn: data.appointedOn,
        education: data.education || null,
        professionalTitle: data.professionalTitle || null,
        yearsExperience: data.yearsExperience ?? null,
        supersedesId: data.supersedesId ?? null,
        createdByUserId: ctx.userId,
      },
      select: { id: true },
    });
    const scopes = [
      ...data.siteIds.map((siteId) => ({ siteId })),
      ...data.productIds.map((productId) => ({ productId })),
      ...data.riskItemIds.map((riskItemId) => ({ riskItemId })),
    ];
    if (scopes.length > 0) {
      await tx.appointmentScope.createMany({
        data: scopes.map((s) => ({ organizationId: ctx.organizationId, roleAssignmentId: row.id, ...s })),
      });
    }
    if (data.document) {
      const document = await files.store({
        organizationId: ctx.organizationId,
        file: data.document,
        actor,
        path: "document",
        types: DOC_TYPES,
      });
      await tx.attachmentLink.create({
        data: {
          organizationId: ctx.organizationId,
          attachmentId: document.id,
          entityType: "role_assignment",
          entityId: row.id,
          purpose: "appointment_doc",
          createdByUserId: ctx.userId,
        },
      });
    }
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor,
      action: data.supersedesId ? "appointment.change" : "appointment.create",
      entityType: "role_assignment",
      entityId: row.id,
      data: {
        role: data.role,
        personName: data.personName,
        appointedOn: data.appointedOn,
        supersedesId: data.supersedesId ?? null,
        scopes: scopes.length,
      },
    });
    return row;
  });
}

export async function endAppointment(
  db: Db,
  ctx: Omit<AppointmentContext, "cipher" | "dataDir">,
  data: z.output<typeof AppointmentEndSchema>,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.roleAssignment.findFirst({
      where: { id: data.id, organizationId: ctx.organizationId },
      select: { id: true, endedOn: true, appointedOn: true },
    });
    if (!row) throw new AppError("RECORD_NOT_FOUND");
    if (row.endedOn) throw new AppError("CONFLICT", { message: "already ended" });
    if (data.endedOn < row.appointedOn)
      throw new AppError("DATE_RANGE_INVALID", { issues: [{ path: "endedOn", message: "date.range_order" }] });
    await tx.roleAssignment.update({
      where: { id: row.id },
      data: { endedOn: data.endedOn, endReason: data.endReason },
    });
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "appointment.end",
      entityType: "role_assignment",
      entityId: row.id,
      data: { endedOn: data.endedOn, endReason: data.endReason },
    });
  });
}

/**
 * 确认岗位职责: the appointee acknowledges the duties of their current post by signing, signed in as
 * themselves — an appointment of someone else, one already acknowledged, ended or without duties
 * of its own (the principal's) cannot be acknowledged. The signature is bound to the hash of the
 * appointment (post, scope, duties, appointee, start date) and written with the acknowledged-at time
 * in one transaction.
 */
export async function acknowledgeAppointment(
  db: Db,
  ctx: { organizationId: string; userId: string; now: Date },
  data: AppointmentAcknowledge,
): Promise<{ id: string; contentHash: string }> {
  return db.$transaction((tx) => acknowledgeAppointmentIn(tx, ctx, data));
}

/** acknowledgeAppointment inside the caller's transaction (the demo seed acknowledges through it too). */
export async function acknowledgeAppointmentIn(
  tx: Tx,
  ctx: { organizationId: string; userId: string; now: Date },
  data: AppointmentAcknowledge,
): Promise<{ id: string; contentHash: string }> {
  const row = await tx.roleAssignment.findFirst({
    where: { id: data.id, organizationId: ctx.organizationId },
    select: { id: true, role: true, userId: true, endedOn: true, dutyDocAckAt: true },
  });
  // Another person's appointment is not the signer's to acknowledge: not found, like another organisation's.
  if (!row || row.userId !== ctx.userId) throw new AppError("RECORD_NOT_FOUND");
  const duties = APPOINTMENT_DUTIES[row.role] ?? null;
  if (row.endedOn || !duties) throw new AppError("CONFLICT", { message: "not acknowledgeable" });
  // Signed once. A dutyDocAckAt without a signature is the recorder's tick of the earlier register
  // form (ADR 032): the appointee never signed, so they still may; the tick's time stays in the audit.
  if (await hasRecordSignature(tx, ctx.organizationId, "appointment", row.id))
    throw new AppError("RECORD_ALREADY_SIGNED");
  const contentHash = await recordContentHash(tx, "appointment", row.id);
  const claimed = await tx.roleAssignment.updateMany({
    where: { id: row.id, organizationId: ctx.organizationId, dutyDocAckAt: row.dutyDocAckAt },
    data: { dutyDocAckAt: ctx.now, dutyDocVersion: duties },
  });
  if (claimed.count !== 1) throw new AppError("RECORD_ALREADY_SIGNED");
  await recordAudit(tx, {
    organizationId: ctx.organizationId,
    actor: { kind: "user", userId: ctx.userId },
    action: "appointment.acknowledge",
    entityType: "role_assignment",
    entityId: row.id,
    data: row.dutyDocAckAt
      ? { duties, contentHash, tickedAt: row.dutyDocAckAt.toISOString() }
      : { duties, contentHash },
    at: ctx.now,
  });
  await writeRecordSignature(
    tx,
    {
      organizationId: ctx.organizationId,
      recordType: "appointment",
      recordId: row.id,
      step: "acknowledgement",
      contentHash,
    },
    ctx.userId,
    data.signature,
    ctx.now,
  );
  return { id: row.id, contentHash };
}

/**
 * A signed appointment document, for download: only a file still linked to a register entry of the
 * organisation (not, through this door, any other attachment of it).
 */
export async function appointmentDocument(db: Db, organizationId: string, dataDir: FileLocation, fileId: string) {
  return attachedFile(db, organizationId, dataDir, fileId, "role_assignment");
}

/** The notice of a regulator's 监督抽查考核 (attached to its training record), for download. */
export async function assessmentEvidence(db: Db, organizationId: string, dataDir: FileLocation, fileId: string) {
  return attachedFile(db, organizationId, dataDir, fileId, "training_record");
}

/** A file still attached to a record of this kind in the organisation; any other id is not found. */
async function attachedFile(
  db: Db,
  organizationId: string,
  dataDir: FileLocation,
  fileId: string,
  entityType: "role_assignment" | "training_record",
) {
  const link = await db.attachmentLink.findFirst({
    where: { organizationId, attachmentId: fileId, entityType, removedAt: null },
    select: { id: true },
  });
  if (!link) throw new AppError("RECORD_NOT_FOUND");
  return openAttachment(db, organizationId, dataDir, fileId);
}

/** The whole register, current appointments first, then history. */
export async function listAppointments(
  db: Db,
  organizationId: string,
  opts: { cipher: FieldCipher; reveal: boolean },
): Promise<AppointmentView[]> {
  const rows = await db.roleAssignment.findMany({
    where: { organizationId },
    orderBy: [{ endedOn: { sort: "asc", nulls: "first" } }, { appointedOn: "desc" }],
    include: {
      scopes: {
        include: {
          site: { select: { id: true, name: true } },
          product: { select: { id: true, name: true } },
          riskItem: { select: { id: true, riskPoint: true } },
        },
      },
      trainingAttendees: {
        include: {
          trainingRecord: {
            select: { id: true, kind: true, trainingDate: true, topic: true, authority: true, nextDueAt: true },
          },
        },
      },
    },
  });
  const views: AppointmentView[] = [];
  for (const r of rows) {
    const phone = opts.cipher.decrypt(r.phoneEnc);
    const idNumber = r.idNumberEnc ? opts.cipher.decrypt(r.idNumberEnc) : null;
    views.push({
      id: r.id,
      role: r.role as AppointmentRole,
      personName: r.personName,
      userId: r.userId,
      employment: r.employment as Employment,
      phone: opts.reveal ? phone : maskPhone(phone),
      idNumber: idNumber ? maskIdNumber(idNumber) : null,
      appointedOn: r.appointedOn,
      endedOn: r.endedOn,
      endReason: r.endReason,
      education: r.education,
      professionalTitle: r.professionalTitle,
      yearsExperience: r.yearsExperience,
      dutyDoc: APPOINTMENT_DUTIES[r.role] ?? null,
      dutyDocAckAt: r.dutyDocAckAt,
      acknowledgement: await signaturesOf(db, organizationId, "appointment", r.id),
      supersedesId: r.supersedesId,
      sites: r.scopes.flatMap((s) => (s.site ? [s.site] : [])),
      products: r.scopes.flatMap((s) => (s.product ? [s.product] : [])),
      riskItems: r.scopes.flatMap((s) => (s.riskItem ? [s.riskItem] : [])),
      documents: await listLinkedAttachments(db, organizationId, "role_assignment", r.id),
      trainings: r.trainingAttendees.map((a) => ({
        id: a.trainingRecord.id,
        kind: a.trainingRecord.kind,
        date: a.trainingRecord.trainingDate,
        topic: typedTrainingTopic(a.trainingRecord.kind, a.trainingRecord.topic),
        authority: a.trainingRecord.authority,
        score: a.score,
        passed: a.passed,
        result: typedAssessmentResult(a.passed, a.result),
        nextDueAt: a.trainingRecord.nextDueAt,
      })),
    });
  }
  return views;
}
