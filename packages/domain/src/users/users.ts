// User accounts and memberships. A person may belong to several organisations; memberships are
// deactivated, never deleted, so what a person recorded stays attributed to them.
import { RolesSchema, UserCreateSchema, type Role, type UserCreateInput } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { hashPassword } from "../auth/password.ts";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError, parseInput } from "../errors.ts";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
}

export interface MembershipInput {
  organizationId: string;
  roles: Role[] | unknown;
  isAdmin: boolean;
}

/**
 * Creates a user and, when given, their membership — both or neither. Input is validated before
 * anything is written.
 */
export async function createUser(
  db: Db,
  input: UserCreateInput | unknown,
  opts: { membership?: MembershipInput; actor: Actor },
): Promise<UserSummary & { roles: Role[] }> {
  const data = parseInput(UserCreateSchema, input);
  const roles = opts.membership ? parseInput(RolesSchema, opts.membership.roles) : [];
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", { message: `a user with e-mail ${data.email} exists`, issues: [{ path: "email", message: "CONFLICT" }] });
    }
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, passwordHash, locale: data.locale },
      select: { id: true, email: true, name: true },
    });
    if (opts.membership) {
      await upsertMembership(tx, { userId: user.id, organizationId: opts.membership.organizationId, roles, isAdmin: opts.membership.isAdmin }, opts.actor);
    }
    return { ...user, roles };
  });
}

async function upsertMembership(
  tx: Tx,
  input: { userId: string; organizationId: string; roles: Role[]; isAdmin: boolean },
  actor: Actor,
): Promise<{ id: string }> {
  const rolesJson = JSON.stringify(input.roles);
  const membership = await tx.membership.upsert({
    where: { userId_organizationId: { userId: input.userId, organizationId: input.organizationId } },
    create: { userId: input.userId, organizationId: input.organizationId, rolesJson, isAdmin: input.isAdmin },
    update: { rolesJson, isAdmin: input.isAdmin, status: "active", deactivatedAt: null, deactivatedByUserId: null },
    select: { id: true },
  });
  await recordAudit(tx, {
    organizationId: input.organizationId,
    actor,
    action: "membership.upsert",
    entityType: "Membership",
    entityId: membership.id,
    data: { userId: input.userId, roles: input.roles, isAdmin: input.isAdmin },
  });
  return membership;
}

/** Adds a membership, or re-activates one with new roles. */
export async function addMembership(db: Db, input: { userId: string } & MembershipInput, actor: Actor): Promise<{ id: string; roles: Role[] }> {
  const roles = parseInput(RolesSchema, input.roles);
  const m = await db.$transaction((tx) => upsertMembership(tx, { userId: input.userId, organizationId: input.organizationId, roles, isAdmin: input.isAdmin }, actor));
  return { id: m.id, roles };
}
