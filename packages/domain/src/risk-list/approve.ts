// 批准: the principal signs off a version of the list that a director prepared. Approving records
// who and when on the version (and in the audit trail); it changes no item.
import type { z } from "zod";
import { type RiskListApproveSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { memberRoles } from "./items.ts";

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
    const roles = (await memberRoles(tx, organizationId, actor.userId)) ?? [];
    if (!roles.includes("principal")) throw new AppError("ROLE_REQUIRED", { details: { role: "主要负责人" } });
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
