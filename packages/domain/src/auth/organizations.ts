// The organisations a signed-in person belongs to, and switching the session between them.
import type { OrgKind, Role } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { parseRolesJson } from "../members/roles.ts";

export interface MyOrganization {
  id: string;
  slug: string;
  name: string;
  kind: OrgKind;
  roles: Role[];
  isAdmin: boolean;
}

/** Active memberships of a person, oldest first. */
export async function listMyOrganizations(db: Db, userId: string): Promise<MyOrganization[]> {
  const rows = await db.membership.findMany({
    where: { userId, status: "active", organization: { deactivatedAt: null } },
    orderBy: { createdAt: "asc" },
    select: {
      rolesJson: true,
      isAdmin: true,
      organization: { select: { id: true, slug: true, name: true, kind: true } },
    },
  });
  return rows.map((r) => ({
    ...r.organization,
    kind: r.organization.kind as OrgKind,
    roles: parseRolesJson(r.rolesJson),
    isAdmin: r.isAdmin,
  }));
}

/** Makes `organizationId` the session's active organisation; only an active member may. */
export async function switchOrganization(
  db: Db,
  input: { sessionId: string; userId: string; organizationId: string },
): Promise<void> {
  const membership = await db.membership.findFirst({
    where: {
      userId: input.userId,
      organizationId: input.organizationId,
      status: "active",
      organization: { deactivatedAt: null },
    },
    select: { id: true },
  });
  if (!membership) throw new AppError("MEMBERSHIP_INACTIVE");
  await db.session.update({ where: { id: input.sessionId }, data: { activeOrganizationId: input.organizationId } });
}
