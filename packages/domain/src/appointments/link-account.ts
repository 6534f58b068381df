// 关联账号: an appointment registered for a person without an account (userId null, a name only)
// is tied to their account once they have joined the organisation — until then nobody can sign its
// 确认岗位职责 (acknowledgeAppointment requires the appointee to be the signed-in user). The
// registered name stays as recorded: it is the statutory record, the account's name is not it.
import type { AppointmentLinkAccount } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { hasRecordSignature } from "../signatures/record-signatures.ts";
import { requireMemberOf } from "./appointments.ts";

/**
 * Links the current, unlinked appointment `input.id` of the organisation to the active member
 * `input.userId`, in one transaction with its audit event. Another organisation's appointment is
 * not found; an ended one, one already linked (or, corruptly, signed) is refused on the field `id`; a person who is not
 * an active member is MEMBER_NOT_FOUND on `userId`.
 */
export async function linkAppointmentAccount(
  db: Db,
  ctx: { organizationId: string; userId: string; now: Date },
  input: AppointmentLinkAccount,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const row = await tx.roleAssignment.findFirst({
      where: { id: input.id, organizationId: ctx.organizationId },
      select: { id: true, role: true, personName: true, userId: true, endedOn: true },
    });
    if (!row) throw new AppError("RECORD_NOT_FOUND");
    if (row.endedOn) throw new AppError("CONFLICT", { issues: [{ path: "id", message: "appointment.ended" }] });
    if (row.userId) throw new AppError("CONFLICT", { issues: [{ path: "id", message: "appointment.already_linked" }] });
    // The content hash of an appointment covers its userId: linking must never change what someone
    // signed. Without an account nobody can sign its acknowledgement, so a signature here is corrupt;
    // a dutyDocAckAt without one is the recorder's tick of the earlier register form (ADR 032), which
    // signed nothing and stays shown as such.
    if (await hasRecordSignature(tx, ctx.organizationId, "appointment", row.id))
      throw new AppError("RECORD_ALREADY_SIGNED");
    await requireMemberOf(tx, ctx.organizationId, input.userId, { active: true });
    const claimed = await tx.roleAssignment.updateMany({
      where: { id: row.id, organizationId: ctx.organizationId, userId: null, endedOn: null },
      data: { userId: input.userId },
    });
    if (claimed.count !== 1)
      throw new AppError("CONFLICT", { issues: [{ path: "id", message: "appointment.already_linked" }] });
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "appointment.link_account",
      entityType: "role_assignment",
      entityId: row.id,
      data: { role: row.role, personName: row.personName, userId: input.userId },
      at: ctx.now,
    });
    return { id: row.id };
  });
}
