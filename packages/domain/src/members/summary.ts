// Head-counts of an organisation's members, for the dashboard.
import type { Role } from "@anzhi/contracts";
import type { ScopedDb } from "@anzhi/db";
import { parseRolesJson } from "./roles.ts";

export interface MemberSummary {
  active: number;
  deactivated: number;
  pendingInvitations: number;
  byRole: Record<Role, number>;
}

export async function memberSummary(orgDb: ScopedDb, now: Date): Promise<MemberSummary> {
  const rows = await orgDb.membership.findMany({ select: { status: true, rolesJson: true } });
  const byRole: Record<Role, number> = { principal: 0, director: 0, officer: 0, viewer: 0 };
  let active = 0;
  for (const row of rows) {
    if (row.status !== "active") continue;
    active += 1;
    for (const role of parseRolesJson(row.rolesJson)) byRole[role] += 1;
  }
  const pendingInvitations = await orgDb.invitation.count({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
  });
  return { active, deactivated: rows.length - active, pendingInvitations, byRole };
}
