// Test fixture: entries of the appointment register (人员任命) written straight to the database, so
// a test's people hold the appointments that signing authority requires (ADR 016).
import type { Db } from "@anzhi/db";
import type { AppointmentRole } from "@anzhi/contracts";
import { createFieldCipher } from "@anzhi/domain/crypto/field-cipher";

const cipher = createFieldCipher(Buffer.alloc(32, 7));

export async function appoint(
  db: Db,
  organizationId: string,
  userId: string,
  role: AppointmentRole,
  opts: { appointedOn?: string; endedOn?: string; siteIds?: string[]; personName?: string } = {},
): Promise<string> {
  const row = await db.roleAssignment.create({
    data: {
      organizationId,
      role,
      personName: opts.personName ?? `${role}-${userId.slice(-4)}`,
      userId,
      employment: "full_time",
      phoneEnc: cipher.encrypt("13800000000"),
      appointedOn: opts.appointedOn ?? "2020-01-01",
      endedOn: opts.endedOn ?? null,
    },
    select: { id: true },
  });
  if (opts.siteIds && opts.siteIds.length > 0)
    await db.appointmentScope.createMany({
      data: opts.siteIds.map((siteId) => ({ organizationId, roleAssignmentId: row.id, siteId })),
    });
  return row.id;
}
