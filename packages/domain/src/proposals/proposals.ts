// 履职记录: proposals (意见建议) and vetoes (stop production / stop selling) by the director or an
// officer, and the principal's decisions. Each is signed (signer + time + a sha256 of the canonical
// content, and the signer's handwritten or typed-name signature bound to that hash) and never edited: a changed decision is a new row that
// supersedes the previous one, which stays.
import { createHash } from "node:crypto";
import { localDate, type ProposalDecide, type ProposalDecision, type ProposalType, type Role } from "@anzhi/contracts";
import type { ProposalCreateWithEvidence } from "@anzhi/contracts/uploads";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { writeRecordSignature } from "../signatures/record-signatures.ts";
import { AppError, fieldError } from "../errors.ts";
import { linkAttachments, transactionWithFiles } from "../files/attachments.ts";
import type { FileLocation } from "../files/storage.ts";
import { parseRolesJson } from "../members/roles.ts";
import { vetoNotice } from "../notifications/escalation.ts";
import { notifyOnce } from "../notifications/notify.ts";
import { escalationRecipients } from "../notifications/recipients.ts";

interface Ctx {
  organizationId: string;
  userId: string;
  now: Date;
}

/** sha256 over a canonical (key-sorted) JSON of what was signed. */
export function contentHash(content: Record<string, unknown>): string {
  const canonical = JSON.stringify(content, Object.keys(content).sort());
  return createHash("sha256").update(canonical).digest("hex");
}

async function rolesIn(tx: Pick<Tx, "membership">, ctx: Ctx): Promise<Role[]> {
  const m = await tx.membership.findFirst({
    where: { organizationId: ctx.organizationId, userId: ctx.userId, status: "active" },
    select: { rolesJson: true },
  });
  return m ? parseRolesJson(m.rolesJson) : [];
}

const VETO_KIND: Partial<Record<ProposalType, string>> = { stop_production: "producer", stop_sales: "seller" };

/** Files a proposal or veto; its evidence files are stored in the same transaction (in the file storage) and signed with it. */
export async function createProposal(
  db: Db,
  ctx: Ctx & { dataDir: FileLocation },
  data: ProposalCreateWithEvidence,
): Promise<{ id: string; contentHash: string }> {
  return transactionWithFiles(db, ctx.dataDir, async (tx, files) => {
    const roles = await rolesIn(tx, ctx);
    const proposerRole = roles.includes("director") ? "director" : roles.includes("officer") ? "officer" : null;
    if (proposerRole === null) throw new AppError("ROLE_REQUIRED", { details: { roles: ["director", "officer"] } });
    const org = await tx.organization.findUniqueOrThrow({ where: { id: ctx.organizationId }, select: { kind: true } });
    const kind = VETO_KIND[data.type];
    if (kind && org.kind !== kind && org.kind !== "both")
      throw fieldError("VALIDATION_FAILED", "type", "field.invalid_option");
    const productIds = data.productIds ?? [];
    const products = await tx.product.count({ where: { organizationId: ctx.organizationId, id: { in: productIds } } });
    if (products !== productIds.length) throw fieldError("PRODUCT_NOT_FOUND", "productIds", "hazard.ref_unknown");
    if (
      data.hazardId &&
      !(await tx.hazard.findFirst({
        where: { organizationId: ctx.organizationId, id: data.hazardId },
        select: { id: true },
      }))
    ) {
      throw fieldError("HAZARD_NOT_FOUND", "hazardId", "hazard.ref_unknown");
    }
    const evidence = [...(data.evidenceFileIds ?? [])];
    for (const file of data.evidence ?? []) {
      const stored = await files.store({
        organizationId: ctx.organizationId,
        file,
        actor: { kind: "user", userId: ctx.userId },
        path: "evidence",
      });
      if (!evidence.includes(stored.id)) evidence.push(stored.id);
    }
    const proposedAt = ctx.now;
    const batchNos = data.batchNos ?? [];
    const hash = contentHash({
      type: data.type,
      productIds,
      batchNos,
      hazardId: data.hazardId ?? null,
      defectDescription: data.defectDescription,
      evidence,
      proposedBy: ctx.userId,
      proposerRole,
      proposedAt: proposedAt.toISOString(),
    });
    const row = await tx.staffProposal.create({
      data: {
        organizationId: ctx.organizationId,
        proposedByUserId: ctx.userId,
        proposerRole,
        type: data.type,
        productIdsJson: JSON.stringify(productIds),
        batchNosJson: JSON.stringify(batchNos),
        hazardId: data.hazardId ?? null,
        defectDescription: data.defectDescription,
        proposedAt,
        contentHash: hash,
      },
      select: { id: true },
    });
    await linkAttachments(tx, {
      organizationId: ctx.organizationId,
      attachmentIds: evidence,
      entityType: "staff_proposal",
      entityId: row.id,
      purpose: "evidence",
      userId: ctx.userId,
    });
    if (data.type === "stop_production" || data.type === "stop_sales") {
      // A veto: the principal must act at once — told now, then every hour by the scheduler (ADR 023).
      const org = await tx.organization.findUniqueOrThrow({
        where: { id: ctx.organizationId },
        select: { timeZone: true },
      });
      const { userIds, members } = await escalationRecipients(
        tx,
        ctx.organizationId,
        "principal",
        localDate(proposedAt, org.timeZone),
      );
      await notifyOnce(
        tx,
        vetoNotice(
          { id: ctx.organizationId, principals: userIds, members },
          { id: row.id, type: data.type, proposedAt },
          0,
        ),
        proposedAt,
      );
    }
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "proposal.file",
      entityType: "staff_proposal",
      entityId: row.id,
      data: { type: data.type, contentHash: hash },
    });
    await writeRecordSignature(
      tx,
      { organizationId: ctx.organizationId, recordType: "staff_proposal", recordId: row.id, contentHash: hash },
      ctx.userId,
      data.signature,
      ctx.now,
    );
    return { id: row.id, contentHash: hash };
  });
}

export async function decideProposal(
  db: Db,
  ctx: Ctx,
  data: ProposalDecide,
): Promise<{ id: string; contentHash: string }> {
  return db.$transaction(async (tx) => {
    if (!(await rolesIn(tx, ctx)).includes("principal"))
      throw new AppError("ROLE_REQUIRED", { details: { roles: ["principal"] } });
    const proposal = await tx.staffProposal.findFirst({
      where: { id: data.proposalId, organizationId: ctx.organizationId },
      select: { id: true, contentHash: true },
    });
    if (!proposal) throw new AppError("RECORD_NOT_FOUND");
    const current = await tx.proposalDecision.findFirst({
      where: { proposalId: proposal.id, organizationId: ctx.organizationId, supersededBy: null },
      select: { id: true },
    });
    // A decision is never edited: deciding again must name the decision it replaces.
    if ((current?.id ?? undefined) !== data.supersedesId) {
      throw new AppError(current ? "RECORD_ALREADY_SIGNED" : "RECORD_NOT_FOUND", {
        issues: [{ path: "supersedesId", message: "field.invalid" }],
      });
    }
    const decidedAt = ctx.now;
    const hash = contentHash({
      proposalId: proposal.id,
      proposalHash: proposal.contentHash,
      decision: data.decision,
      reason: data.reason ?? null,
      actionsTaken: data.actionsTaken ?? null,
      decidedBy: ctx.userId,
      decidedAt: decidedAt.toISOString(),
      supersedesId: data.supersedesId ?? null,
    });
    const row = await tx.proposalDecision.create({
      data: {
        organizationId: ctx.organizationId,
        proposalId: proposal.id,
        decision: data.decision,
        reason: data.reason || null,
        actionsTaken: data.actionsTaken || null,
        decidedAt,
        decidedByUserId: ctx.userId,
        contentHash: hash,
        supersedesId: data.supersedesId ?? null,
      },
      select: { id: true },
    });
    await tx.staffProposal.updateMany({
      where: { id: proposal.id, organizationId: ctx.organizationId },
      data: { status: "decided" },
    });
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: data.supersedesId ? "proposal.redecide" : "proposal.decide",
      entityType: "staff_proposal",
      entityId: proposal.id,
      data: { decisionId: row.id, decision: data.decision, supersedesId: data.supersedesId ?? null, contentHash: hash },
    });
    await writeRecordSignature(
      tx,
      {
        organizationId: ctx.organizationId,
        recordType: "proposal_decision",
        recordId: row.id,
        step: "decision",
        contentHash: hash,
      },
      ctx.userId,
      data.signature,
      ctx.now,
    );
    return { id: row.id, contentHash: hash };
  });
}

export type { ProposalDecision };
