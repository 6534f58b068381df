// Moving a hazard through its lifecycle with the pure state machine of @anzhi/contracts. The
// new status is written with a check-and-set on the status the decision was made from, so of two
// concurrent transitions only one applies; the event, the evidence links and the audit row are
// written in the same transaction.
import { HAZARD_SIGNED_STEP, localDate, transition, type HazardStatus } from "@anzhi/contracts";
import type { HazardTransitionWithEvidence } from "@anzhi/contracts/uploads";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { linkAttachments, transactionWithFiles } from "../files/attachments.ts";
import type { FileLocation } from "../files/storage.ts";
import { preparePhotos, recordPhotoEvidence } from "../files/photos.ts";
import { hazardStepContentHash, recordContentHash } from "../audit/record-hash.ts";
import { writeRecordSignature } from "../signatures/record-signatures.ts";
import { appointmentsInForce } from "../appointments/authority.ts";
import { emitWebhookEvent } from "../webhooks/outbox.ts";

const EVENT_ACTION = {
  start_rectification: "start",
  submit_for_verification: "submit_rectification",
  verify_pass: "verify_pass",
  verify_fail: "verify_fail",
} as const;

const FIELD_OF_CODE = {
  HAZARD_RECTIFICATION_NOTE_REQUIRED: "action.rectificationNote",
  HAZARD_FAIL_REASON_REQUIRED: "action.reason",
} as const;

export interface TransitionResultView {
  id: string;
  status: HazardStatus;
}

export async function transitionHazard(
  db: Db,
  ctx: { organizationId: string; userId: string; now: Date; dataDir: FileLocation },
  data: HazardTransitionWithEvidence,
): Promise<TransitionResultView> {
  // The rectifier and the verifier sign their step by hand (docs/decisions/032); the signer is the session's user.
  const step = HAZARD_SIGNED_STEP[data.action.type];
  if (step !== null && data.signature === undefined)
    throw new AppError("VALIDATION_FAILED", { issues: [{ path: "signature", message: "signature.required" }] });
  const signed = step === null || data.signature === undefined ? null : { step, capture: data.signature };
  const photos =
    data.action.type === "submit_for_verification" ? await preparePhotos(data.action.evidence, undefined) : [];
  return transactionWithFiles(db, ctx.dataDir, async (tx, files) => {
    const hazard = await tx.hazard.findFirst({
      where: { id: data.hazardId, organizationId: ctx.organizationId },
      select: {
        id: true,
        status: true,
        severity: true,
        rectifiedByUserId: true,
        updatedAt: true,
        hazardNo: true,
        organization: { select: { timeZone: true } },
      },
    });
    if (!hazard) throw new AppError("HAZARD_NOT_FOUND");
    const verifying = data.action.type === "verify_pass" || data.action.type === "verify_fail";
    if (verifying && hazard.severity === "major") {
      const today = localDate(ctx.now, hazard.organization.timeZone);
      if (!(await mayVerifyMajor(tx, ctx.organizationId, ctx.userId, today)))
        throw new AppError("HAZARD_MAJOR_VERIFIER_NOT_APPOINTED");
    }
    if (data.expectedVersion !== undefined && data.expectedVersion !== hazard.updatedAt.getTime()) {
      throw new AppError("CONFLICT", { message: "the hazard changed since it was read" });
    }
    const from = hazard.status as HazardStatus;
    const result = transition({ status: from, rectifiedByUserId: hazard.rectifiedByUserId }, data.action, {
      actorUserId: ctx.userId,
    });
    if (!result.ok) {
      const path = result.code in FIELD_OF_CODE ? FIELD_OF_CODE[result.code as keyof typeof FIELD_OF_CODE] : undefined;
      throw new AppError(result.code, path ? { issues: [{ path, message: result.code }] } : {});
    }
    const { next, event } = result;
    const now = ctx.now;
    // Evidence or a reasoned exception: photos/documents uploaded now or already stored, else the reason.
    let exception: string | null = null;
    if (data.action.type === "submit_for_verification") {
      const evidenceCount = (data.action.evidenceFileIds?.length ?? 0) + (data.action.evidence?.length ?? 0);
      exception = data.action.evidenceExceptionReason?.trim() || null;
      if (evidenceCount === 0 && exception === null)
        throw new AppError("HAZARD_EVIDENCE_REQUIRED", {
          issues: [{ path: "action.evidence", message: "HAZARD_EVIDENCE_REQUIRED" }],
        });
      if (evidenceCount > 0) exception = null;
    }
    const patch =
      event.type === "start_rectification"
        ? { rectifiedByUserId: null, rectifiedAt: null }
        : event.type === "submit_for_verification"
          ? {
              rectifiedByUserId: next.rectifiedByUserId,
              rectifiedAt: now,
              rectificationNote: event.text,
              ...(data.action.type === "submit_for_verification"
                ? {
                    rootCause: data.action.rootCause,
                    correctiveAction: data.action.correctiveAction,
                    evidenceException: exception,
                  }
                : {}),
            }
          : event.type === "verify_pass"
            ? { verifiedByUserId: next.verifiedByUserId, verifiedAt: now, verificationNote: event.text, closedAt: now }
            : { rectifiedByUserId: null, verificationNote: event.text };
    // Check-and-set: only applies while the hazard is still in the status we decided from.
    const applied = await tx.hazard.updateMany({
      where: { id: hazard.id, organizationId: ctx.organizationId, status: from, updatedAt: hazard.updatedAt },
      data: { status: next.status, ...patch },
    });
    if (applied.count !== 1) throw new AppError("CONFLICT", { message: "the hazard changed concurrently" });
    await tx.hazardEvent.create({
      data: {
        organizationId: ctx.organizationId,
        hazardId: hazard.id,
        fromStatus: from,
        toStatus: next.status,
        action: EVENT_ACTION[event.type],
        actorUserId: ctx.userId,
        actorKind: "user",
        note: event.text,
        at: now,
      },
    });
    await linkAttachments(tx, {
      organizationId: ctx.organizationId,
      attachmentIds: event.evidenceFileIds,
      entityType: "hazard",
      entityId: hazard.id,
      purpose: "rectification",
      userId: ctx.userId,
      path: "action.evidenceFileIds",
    });
    const uploaded =
      data.action.type === "submit_for_verification"
        ? await files.attach({
            organizationId: ctx.organizationId,
            files: data.action.evidence,
            entityType: "hazard",
            entityId: hazard.id,
            purpose: "rectification",
            actor: { kind: "user", userId: ctx.userId },
            path: "action.evidence",
          })
        : [];
    await recordPhotoEvidence(tx, {
      organizationId: ctx.organizationId,
      timeZone: hazard.organization.timeZone,
      attachmentIds: uploaded,
      prepared: photos,
      now,
    });
    // The step's own content, now that its fields, event and evidence are written, bound to the signature.
    let stepHash: string | null = null;
    if (signed !== null) {
      stepHash = await hazardStepContentHash(tx, hazard.id, signed.step);
      await writeRecordSignature(
        tx,
        {
          organizationId: ctx.organizationId,
          recordType: "hazard",
          recordId: hazard.id,
          step: signed.step,
          contentHash: stepHash,
        },
        ctx.userId,
        signed.capture,
        now,
      );
    }
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: `hazard.${EVENT_ACTION[event.type]}`,
      entityType: "hazard",
      entityId: hazard.id,
      data: {
        hazardNo: hazard.hazardNo,
        from,
        to: next.status,
        note: event.text,
        ...(data.action.type === "submit_for_verification"
          ? {
              rootCause: data.action.rootCause,
              correctiveAction: data.action.correctiveAction,
              evidenceException: exception,
            }
          : {}),
        evidence: [...event.evidenceFileIds, ...uploaded],
        contentHash: await recordContentHash(tx, "hazard", hazard.id),
        ...(signed !== null ? { signedStep: signed.step, stepContentHash: stepHash } : {}),
      },
    });
    if (next.status === "closed")
      await emitWebhookEvent(
        tx,
        ctx.organizationId,
        "hazard.closed",
        { id: hazard.id, hazardNo: hazard.hazardNo, severity: hazard.severity, closedAt: now.toISOString() },
        now,
      );
    return { id: hazard.id, status: next.status };
  });
}

/**
 * 重大 hazards are verified and closed only by the appointed director or principal (the register
 * decides, docs/decisions/016 and 024): membership roles alone do not suffice.
 */
export async function mayVerifyMajor(
  db: Pick<Tx, "roleAssignment">,
  organizationId: string,
  userId: string,
  today: string,
): Promise<boolean> {
  const [directors, principals] = await Promise.all([
    appointmentsInForce(db, organizationId, "director", today),
    appointmentsInForce(db, organizationId, "principal", today),
  ]);
  return [...directors, ...principals].some((a) => a.userId === userId);
}
