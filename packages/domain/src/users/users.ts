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
  return db.$transaction((tx) =>
    insertUser(
      tx,
      { ...data, passwordHash },
      { membership: opts.membership ? { ...opts.membership, roles } : undefined, actor: opts.actor },
    ),
  );
}

/**
 * Inserts a user (password already hashed) and optionally a membership inside the caller's
 * transaction; sign-up and invitation acceptance use it.
 */
export async function insertUser(
  tx: Tx,
  data: { email: string; name: string; passwordHash: string; locale: string },
  opts: { membership?: { organizationId: string; roles: Role[]; isAdmin: boolean } | undefined; actor: Actor },
): Promise<UserSummary & { roles: Role[] }> {
  if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new AppError("EMAIL_TAKEN", {
      message: `a user with e-mail ${data.email} exists`,
      issues: [{ path: "email", message: "EMAIL_TAKEN" }],
    });
  }
  const user = await tx.user.create({
    data: { email: data.email, name: data.name, passwordHash: data.passwordHash, locale: data.locale },
    select: { id: true, email: true, name: true },
  });
  const roles = opts.membership?.roles ?? [];
  if (opts.membership) {
    await upsertMembership(
      tx,
      { userId: user.id, organizationId: opts.membership.organizationId, roles, isAdmin: opts.membership.isAdmin },
      opts.actor,
    );
  }
  return { ...user, roles };
}

export async function upsertMembership(
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
    entityType: "membership",
    entityId: membership.id,
    data: { userId: input.userId, roles: input.roles, isAdmin: input.isAdmin },
  });
  return membership;
}

/** Adds a membership, or re-activates one with new roles. */
export async function addMembership(
  db: Db,
  input: { userId: string } & MembershipInput,
  actor: Actor,
): Promise<{ id: string; roles: Role[] }> {
  const roles = parseInput(RolesSchema, input.roles);
  const m = await db.$transaction((tx) =>
    upsertMembership(
      tx,
      { userId: input.userId, organizationId: input.organizationId, roles, isAdmin: input.isAdmin },
      actor,
    ),
  );
  return { id: m.id, roles };
}
