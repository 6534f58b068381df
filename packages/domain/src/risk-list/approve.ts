// 批准: the appointed principal signs off a version of the list that someone else prepared; it then
// becomes the version in force (the highest approved one). Approving records who and when on the
// version (and in the audit trail), changes no item, and marks the 待批准 reminders read.
import type { z } from "zod";
import { type RiskListApproveSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { requireAppointed } from "../appointments/authority.ts";
import { orgToday } from "../profile/org-clock.ts";

export async function approveRiskListVersion(
  db: Db,
  organizationId: string,
  input: z.output<typeof RiskListApproveSchema>,
  actor: Actor,
  now: Date,
): Promise<{ version: number; approvedAt: Date }> {
  const { version } = input;
  if (actor.kind !== "user") throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const today = await orgToday(tx, organizationId, now);
    await requireAppointed(
      tx,
      organizationId,
      actor.userId,
      "principal",
      { day: today, today },
      "RISK_LIST_APPROVER_NOT_APPOINTED",
    );
    const row = await tx.riskListVersion.findFirst({
      where: { organizationId, version },
      select: { id: true, approvedAt: true },
    });
    if (!row) throw new AppError("RECORD_NOT_FOUND", { issues: [{ path: "version", message: "RECORD_NOT_FOUND" }] });
    if (row.approvedAt) return { version, approvedAt: row.approvedAt };
    await tx.riskListVersion.update({
      where: { id: row.id },
      data: { approvedByUserId: actor.userId, approvedAt: now },
    });
    await tx.notification.updateMany({
      where: { organizationId, kind: "risk_list_pending", entityId: row.id, readAt: null },
      data: { readAt: now },
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "risk_list.approve",
      entityType: "risk_list_version",
      entityId: row.id,
      data: { version },
    });
    return { version, approvedAt: now };
  });
}
