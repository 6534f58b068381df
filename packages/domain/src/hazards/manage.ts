// Putting a hazard in the ledger by hand (source manual) and (re)assigning its owner and due
// date. Both validate every reference against the organisation before writing anything.
import type { HazardAssign, HazardCreate } from "@anzhi/contracts";
import type { HazardCreateWithEvidence } from "@anzhi/contracts/uploads";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError, fieldError } from "../errors.ts";
import { linkAttachments, transactionWithFiles } from "../files/attachments.ts";
import type { FileLocation } from "../files/storage.ts";
import { preparePhotos, recordPhotoEvidence } from "../files/photos.ts";
import { openHazard, type OpenedHazard } from "./open-hazard.ts";
import { parseRolesJson } from "../members/roles.ts";

interface Ctx {
  organizationId: string;
  userId: string;
  now: Date;
}

export async function assertActiveMember(
  tx: Pick<Tx, "membership">,
  organizationId: string,
  userId: string,
  path: string,
): Promise<void> {
  const m = await tx.membership.findFirst({
    where: { organizationId, userId, status: "active" },
    select: { rolesJson: true },
  });
  if (!m || parseRolesJson(m.rolesJson).every((r) => r === "viewer"))
    throw fieldError("VALIDATION_FAILED", path, "hazard.owner_not_member");
}

async function assertRefs(
  tx: Tx,
  organizationId: string,
  data: Pick<HazardCreate, "siteId" | "productId" | "riskItemId">,
): Promise<void> {
  const org = { organizationId };
  if (data.siteId && !(await tx.site.findFirst({ where: { ...org, id: data.siteId }, select: { id: true } }))) {
    throw fieldError("SITE_NOT_FOUND", "siteId", "hazard.ref_unknown");
  }
  if (
    data.productId &&
    !(await tx.product.findFirst({ where: { ...org, id: data.productId }, select: { id: true } }))
  ) {
    throw fieldError("PRODUCT_NOT_FOUND", "productId", "hazard.ref_unknown");
  }
  if (
    data.riskItemId &&
    !(await tx.riskControlItem.findFirst({ where: { ...org, id: data.riskItemId }, select: { id: true } }))
  ) {
    throw fieldError("RECORD_NOT_FOUND", "riskItemId", "hazard.ref_unknown");
  }
}

/** Records a hazard by hand with its evidence photos (stored in the same transaction, in the file storage). */
export async function createManualHazard(
  db: Db,
  ctx: Ctx & { dataDir: FileLocation },
  data: HazardCreateWithEvidence,
): Promise<OpenedHazard> {
  const photos = await preparePhotos(data.evidence, undefined);
  return transactionWithFiles(db, ctx.dataDir, async (tx, files) => {
    await assertActiveMember(tx, ctx.organizationId, data.ownerUserId, "ownerUserId");
    await assertRefs(tx, ctx.organizationId, data);
    const opened = await openHazard(tx, {
      organizationId: ctx.organizationId,
      source: "manual",
      title: data.title,
      description: data.description,
      severity: data.severity,
      dueDate: data.dueDate,
      stage: data.stage ?? null,
      riskItemId: data.riskItemId ?? null,
      productId: data.productId ?? null,
      siteId: data.siteId ?? null,
      ownerUserId: data.ownerUserId,
      containment: data.containment || null,
      actor: { kind: "user", userId: ctx.userId },
      now: ctx.now,
    });
    if (data.cause || data.correctiveAction) {
      await tx.hazard.update({
        where: { id: opened.id },
        data: { rootCause: data.cause || null, correctiveAction: data.correctiveAction || null },
      });
    }
    await linkAttachments(tx, {
      organizationId: ctx.organizationId,
      attachmentIds: data.evidenceFileIds ?? [],
      entityType: "hazard",
      entityId: opened.id,
      purpose: "evidence",
      userId: ctx.userId,
    });
    const photoIds = await files.attach({
      organizationId: ctx.organizationId,
      files: data.evidence,
      entityType: "hazard",
      entityId: opened.id,
      purpose: "evidence",
      actor: { kind: "user", userId: ctx.userId },
      path: "evidence",
    });
    const org = await tx.organization.findUniqueOrThrow({
      where: { id: ctx.organizationId },
      select: { timeZone: true },
    });
    await recordPhotoEvidence(tx, {
      organizationId: ctx.organizationId,
      timeZone: org.timeZone,
      attachmentIds: photoIds,
      prepared: photos,
      now: ctx.now,
    });
    return opened;
  });
}

export async function assignHazard(db: Db, ctx: Ctx, data: HazardAssign): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const hazard = await tx.hazard.findFirst({
      where: { id: data.hazardId, organizationId: ctx.organizationId },
      select: { id: true, status: true, ownerUserId: true, dueDate: true, hazardNo: true, title: true },
    });
    if (!hazard) throw new AppError("HAZARD_NOT_FOUND");
    if (hazard.status === "closed") throw new AppError("HAZARD_TRANSITION_FORBIDDEN");
    await assertActiveMember(tx, ctx.organizationId, data.ownerUserId, "ownerUserId");
    const applied = await tx.hazard.updateMany({
      where: { id: hazard.id, organizationId: ctx.organizationId, status: hazard.status },
      data: { ownerUserId: data.ownerUserId, dueDate: data.dueDate },
    });
    if (applied.count !== 1) throw new AppError("CONFLICT");
    const note = data.note || null;
    await tx.hazardEvent.create({
      data: {
        organizationId: ctx.organizationId,
        hazardId: hazard.id,
        fromStatus: hazard.status,
        toStatus: hazard.status,
        action: "reassign",
        actorUserId: ctx.userId,
        note,
      },
    });
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "hazard.reassign",
      entityType: "hazard",
      entityId: hazard.id,
      data: {
        hazardNo: hazard.hazardNo,
        owner: { from: hazard.ownerUserId, to: data.ownerUserId },
        dueDate: { from: hazard.dueDate, to: data.dueDate },
        note,
      },
    });
    if (data.ownerUserId !== hazard.ownerUserId && data.ownerUserId !== ctx.userId) {
      // A reassignment is a new assignment: its own notice (the dedupe key names the owner change).
      await tx.notification.create({
        data: {
          organizationId: ctx.organizationId,
          userId: data.ownerUserId,
          kind: "hazard_assigned",
          title: `隐患 ${hazard.hazardNo} 由您负责整改：${hazard.title}（整改期限 ${data.dueDate}）`,
          entityType: "hazard",
          entityId: hazard.id,
          refsJson: JSON.stringify({ ref: hazard.hazardNo }),
          dedupeKey: `hazard_assigned:${hazard.id}:${ctx.now.getTime()}`,
          createdAt: ctx.now,
        },
      });
    }
    return { id: hazard.id };
  });
}
