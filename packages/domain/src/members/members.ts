// An organisation's members: listing, roles, deactivation and re-activation. Memberships are
// never deleted — a deactivated member's records stay attributed to them, and their next request
// to the organisation is refused. The organisation always keeps an active principal and an admin.
import type { z } from "zod";
import { type MemberRolesUpdateSchema, type MembershipIdSchema, type Role } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { assertCanGrow } from "../billing/entitlements.ts";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { parseRolesJson } from "./roles.ts";

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  email: string;
  roles: Role[];
  isAdmin: boolean;
  status: "active" | "deactivated";
  joinedAt: Date;
  deactivatedAt: Date | null;
  lastLoginAt: Date | null;
}

const memberSelect = {
  id: true,
  userId: true,
  rolesJson: true,
  isAdmin: true,
  status: true,
  createdAt: true,
  deactivatedAt: true,
  user: { select: { name: true, email: true, lastLoginAt: true } },
} as const;

type MemberRow = {
  id: string;
  userId: string;
  rolesJson: string;
  isAdmin: boolean;
  status: string;
  createdAt: Date;
  deactivatedAt: Date | null;
  user: { name: string; email: string; lastLoginAt: Date | null };
};

function toView(row: MemberRow): MemberView {
  return {
    id: row.id,
    userId: row.userId,
    name: row.user.name,
    email: row.user.email,
    roles: parseRolesJson(row.rolesJson),
    isAdmin: row.isAdmin,
    status: row.status === "active" ? "active" : "deactivated",
    joinedAt: row.createdAt,
    deactivatedAt: row.deactivatedAt,
    lastLoginAt: row.user.lastLoginAt,
  };
}

export async function listMembers(db: Db, organizationId: string): Promise<MemberView[]> {
  const rows = await db.membership.findMany({
    where: { organizationId },
    select: memberSelect,
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(toView);
}

async function findMember(tx: Tx, organizationId: string, membershipId: string): Promise<MemberRow> {
  const row = await tx.membership.findFirst({ where: { id: membershipId, organizationId }, select: memberSelect });
  if (!row) throw new AppError("MEMBER_NOT_FOUND", { issues: [{ path: "membershipId", message: "MEMBER_NOT_FOUND" }] });
  return row;
}

/** After a change: at least one active principal and one active admin must remain. */
async function assertLeadershipRemains(tx: Tx, organizationId: string): Promise<void> {
  const active = await tx.membership.findMany({
    where: { organizationId, status: "active" },
    select: { rolesJson: true, isAdmin: true },
  });
  if (!active.some((m) => parseRolesJson(m.rolesJson).includes("principal"))) {
    throw new AppError("LAST_PRINCIPAL", { issues: [{ path: "roles", message: "LAST_PRINCIPAL" }] });
  }
  if (!active.some((m) => m.isAdmin)) {
    throw new AppError("CONFLICT", {
      message: "the organisation must keep an active admin",
      issues: [{ path: "isAdmin", message: "CONFLICT" }],
    });
  }
}

export async function setMemberRoles(
  db: Db,
  organizationId: string,
  data: z.output<typeof MemberRolesUpdateSchema>,
  actor: Actor,
): Promise<MemberView> {
  return db.$transaction(async (tx) => {
    const before = await findMember(tx, organizationId, data.membershipId);
    await tx.membership.update({
      where: { id: before.id },
      data: { rolesJson: JSON.stringify(data.roles), isAdmin: data.isAdmin },
    });
    await assertLeadershipRemains(tx, organizationId);
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "membership.roles",
      entityType: "membership",
      entityId: before.id,
      data: {
        from: { roles: parseRolesJson(before.rolesJson), isAdmin: before.isAdmin },
        to: { roles: data.roles, isAdmin: data.isAdmin },
      },
    });
    return toView(await findMember(tx, organizationId, before.id));
  });
}

export async function deactivateMember(
  db: Db,
  organizationId: string,
  input: z.output<typeof MembershipIdSchema>,
  actor: Actor,
  now: Date,
): Promise<MemberView> {
  const { membershipId } = input;
  return db.$transaction(async (tx) => {
    const before = await findMember(tx, organizationId, membershipId);
    if (before.status !== "active") return toView(before);
    await tx.membership.update({
      where: { id: before.id },
      data: {
        status: "deactivated",
        deactivatedAt: now,
        deactivatedByUserId: actor.kind === "user" ? actor.userId : null,
      },
    });
    await assertLeadershipRemains(tx, organizationId);
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "membership.deactivate",
      entityType: "membership",
      entityId: before.id,
      data: { userId: before.userId },
    });
    return toView(await findMember(tx, organizationId, before.id));
  });
}

export async function reactivateMember(
  db: Db,
  organizationId: string,
  input: z.output<typeof MembershipIdSchema>,
  actor: Actor,
  now: Date,
): Promise<MemberView> {
  const { membershipId } = input;
  return db.$transaction(async (tx) => {
    const before = await findMember(tx, organizationId, membershipId);
    if (before.status === "active") return toView(before);
    await assertCanGrow(tx, organizationId, "members", now);
    await tx.membership.update({
      where: { id: before.id },
      data: { status: "active", deactivatedAt: null, deactivatedByUserId: null },
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "membership.reactivate",
      entityType: "membership",
      entityId: before.id,
      data: { userId: before.userId },
    });
    return toView(await findMember(tx, organizationId, before.id));
  });
}
