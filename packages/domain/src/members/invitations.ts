// Invitations: an admin creates a single-use link that expires after INVITATION_TTL; the token is
// shown once and only its sha256 is stored. Whoever opens it either registers (new account) or,
// signed in already, joins with their existing account. Accepting consumes the invitation in the
// same transaction that creates the membership, so a link can be used once only.
import type { z } from "zod";
import {
  type InvitationAcceptNewSchema,
  type InvitationCreateSchema,
  InvitationTokenSchema,
  type Role,
} from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { claimEmail, neutralEmailTaken } from "../auth/claim-email.ts";
import { attemptSucceeded } from "../auth/throttle.ts";
import { createSession, hashToken, newToken } from "../auth/sessions.ts";
import { parseRolesJson } from "./roles.ts";
import { insertUser, upsertMembership } from "../users/users.ts";
import { assertCanGrow } from "../billing/entitlements.ts";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface InvitationView {
  id: string;
  email: string | null;
  roles: Role[];
  isAdmin: boolean;
  expiresAt: Date;
  createdAt: Date;
  createdByName: string;
  status: "pending" | "accepted" | "revoked" | "expired";
  acceptedByName: string | null;
}

const invitationSelect = {
  id: true,
  email: true,
  rolesJson: true,
  isAdmin: true,
  expiresAt: true,
  createdAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
  acceptedBy: { select: { name: true } },
} as const;

type InvitationRow = {
  id: string;
  email: string | null;
  rolesJson: string;
  isAdmin: boolean;
  expiresAt: Date;
  createdAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { name: string };
  acceptedBy: { name: string } | null;
};

function statusOf(
  row: Pick<InvitationRow, "acceptedAt" | "revokedAt" | "expiresAt">,
  now: Date,
): InvitationView["status"] {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

function toView(row: InvitationRow, now: Date): InvitationView {
  return {
    id: row.id,
    email: row.email,
    roles: parseRolesJson(row.rolesJson),
    isAdmin: row.isAdmin,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    createdByName: row.createdBy.name,
    status: statusOf(row, now),
    acceptedByName: row.acceptedBy?.name ?? null,
  };
}

export async function createInvitation(
  db: Db,
  organizationId: string,
  data: z.output<typeof InvitationCreateSchema>,
  actor: { kind: "user"; userId: string },
  now: Date,
): Promise<{ invitation: InvitationView; token: string }> {
  const token = newToken();
  return db.$transaction(async (tx) => {
    await assertCanGrow(tx, organizationId, "members", now);
    const row = await tx.invitation.create({
      data: {
        organizationId,
        email: data.email ?? null,
        rolesJson: JSON.stringify(data.roles),
        isAdmin: data.isAdmin,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        createdByUserId: actor.userId,
        createdAt: now,
      },
      select: invitationSelect,
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "invitation.create",
      entityType: "invitation",
      entityId: row.id,
      data: { email: data.email ?? null, roles: data.roles, isAdmin: data.isAdmin },
    });
    return { invitation: toView(row, now), token };
  });
}

export async function listInvitations(db: Db, organizationId: string, now: Date): Promise<InvitationView[]> {
  const rows = await db.invitation.findMany({
    where: { organizationId },
    select: invitationSelect,
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((r) => toView(r, now));
}

export async function revokeInvitation(
  db: Db,
  organizationId: string,
  invitationId: string,
  actor: Actor,
  now: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.invitation.findFirst({
      where: { id: invitationId, organizationId },
      select: { id: true, acceptedAt: true, revokedAt: true },
    });
    if (!row) throw new AppError("NOT_FOUND");
    if (row.acceptedAt || row.revokedAt) return;
    await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: now } });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "invitation.revoke",
      entityType: "invitation",
      entityId: row.id,
    });
  });
}

export interface InvitationPreview {
  organizationName: string;
  roles: Role[];
  isAdmin: boolean;
  email: string | null;
  expiresAt: Date;
}

type Usable = {
  id: string;
  organizationId: string;
  email: string | null;
  roles: Role[];
  isAdmin: boolean;
  expiresAt: Date;
  organizationName: string;
};

async function usableInvitation(db: Pick<Tx, "invitation">, token: unknown, now: Date): Promise<Usable> {
  const parsed = InvitationTokenSchema.safeParse(token);
  if (!parsed.success) throw new AppError("INVITATION_INVALID");
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashToken(parsed.data) },
    select: {
      id: true,
      organizationId: true,
      email: true,
      rolesJson: true,
      isAdmin: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true, deactivatedAt: true } },
    },
  });
  if (!row || row.acceptedAt || row.revokedAt || row.organization.deactivatedAt)
    throw new AppError("INVITATION_INVALID");
  if (row.expiresAt.getTime() <= now.getTime()) throw new AppError("INVITATION_EXPIRED");
  return {
    id: row.id,
    organizationId: row.organizationId,
    email: row.email,
    roles: parseRolesJson(row.rolesJson),
    isAdmin: row.isAdmin,
    expiresAt: row.expiresAt,
    organizationName: row.organization.name,
  };
}

/** What the accept page shows; throws INVITATION_INVALID / INVITATION_EXPIRED. */
export async function previewInvitation(db: Db, token: unknown, now: Date): Promise<InvitationPreview> {
  const inv = await usableInvitation(db, token, now);
  return {
    organizationName: inv.organizationName,
    roles: inv.roles,
    isAdmin: inv.isAdmin,
    email: inv.email,
    expiresAt: inv.expiresAt,
  };
}

/** Marks the invitation used; fails when a concurrent acceptance got there first. */
async function consume(tx: Tx, inv: Usable, userId: string, now: Date): Promise<void> {
  const used = await tx.invitation.updateMany({
    where: { id: inv.id, acceptedAt: null, revokedAt: null },
    data: { acceptedAt: now, acceptedByUserId: userId },
  });
  if (used.count !== 1) throw new AppError("INVITATION_INVALID");
}

/** A new person registers through the invitation; returns their first session. */
export async function acceptInvitationAsNewUser(
  db: Db,
  data: z.output<typeof InvitationAcceptNewSchema>,
  opts: { ip?: string | null; userAgent?: string | null; now: Date },
): Promise<{ token: string; expiresAt: Date; userId: string; organizationId: string }> {
  const now = opts.now;
  await usableInvitation(db, data.token, now);
  // A registered e-mail joins with its account when the password is its own; otherwise the same
  // neutral refusal as sign-up (auth/claim-email.ts) — acceptance does not tell who is registered.
  const claimed = await claimEmail(db, {
    email: data.email,
    password: data.password,
    ip: opts.ip ?? null,
    now,
    action: "auth.invitation_accept_failed",
  });
  try {
    return await db.$transaction(async (tx) => {
      const inv = await usableInvitation(tx, data.token, now);
      if (inv.email && inv.email !== data.email) {
        throw new AppError("VALIDATION_FAILED", {
          issues: [{ path: "email", message: "INVITATION_INVALID" }],
          message: "the invitation is for another e-mail",
        });
      }
      let userId: string;
      if (claimed.kind === "existing") {
        await attemptSucceeded(tx, claimed.reservation);
        userId = claimed.userId;
      } else {
        const user = await insertUser(
          tx,
          { email: data.email, name: data.name, passwordHash: claimed.passwordHash, locale: data.locale },
          { actor: { kind: "system" } },
        );
        userId = user.id;
      }
      await assertCanGrow(tx, inv.organizationId, "members", now);
      await upsertMembership(
        tx,
        { userId, organizationId: inv.organizationId, roles: inv.roles, isAdmin: inv.isAdmin },
        { kind: "user", userId },
      );
      await consume(tx, inv, userId, now);
      const session = await createSession(tx, {
        userId,
        activeOrganizationId: inv.organizationId,
        ip: opts.ip,
        userAgent: opts.userAgent,
        now,
      });
      await recordAudit(tx, {
        organizationId: inv.organizationId,
        actor: { kind: "user", userId },
        action: "invitation.accept",
        entityType: "invitation",
        entityId: inv.id,
        data: { newUser: claimed.kind === "new" },
      });
      return { token: session.token, expiresAt: session.expiresAt, userId, organizationId: inv.organizationId };
    });
  } catch (error) {
    throw neutralEmailTaken(error);
  }
}

/** A signed-in person joins with their account; the session switches to the organisation. */
export async function acceptInvitationAsUser(
  db: Db,
  input: { token: unknown; userId: string; sessionId: string | null },
  now: Date,
): Promise<{ organizationId: string }> {
  return db.$transaction(async (tx) => {
    const inv = await usableInvitation(tx, input.token, now);
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { email: true } });
    if (!user) throw new AppError("UNAUTHENTICATED");
    if (inv.email && inv.email !== user.email)
      throw new AppError("INVITATION_INVALID", { message: "the invitation is for another e-mail" });
    const existing = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: input.userId, organizationId: inv.organizationId } },
      select: { status: true, rolesJson: true, isAdmin: true },
    });
    if (existing?.status === "active") {
      // already a member: keep what they have and add the invited roles
      const roles = [...new Set([...parseRolesJson(existing.rolesJson), ...inv.roles])];
      await upsertMembership(
        tx,
        { userId: input.userId, organizationId: inv.organizationId, roles, isAdmin: existing.isAdmin || inv.isAdmin },
        { kind: "user", userId: input.userId },
      );
    } else {
      await assertCanGrow(tx, inv.organizationId, "members", now);
      await upsertMembership(
        tx,
        { userId: input.userId, organizationId: inv.organizationId, roles: inv.roles, isAdmin: inv.isAdmin },
        { kind: "user", userId: input.userId },
      );
    }
    await consume(tx, inv, input.userId, now);
    if (input.sessionId)
      await tx.session.update({ where: { id: input.sessionId }, data: { activeOrganizationId: inv.organizationId } });
    await recordAudit(tx, {
      organizationId: inv.organizationId,
      actor: { kind: "user", userId: input.userId },
      action: "invitation.accept",
      entityType: "invitation",
      entityId: inv.id,
      data: { newUser: false },
    });
    return { organizationId: inv.organizationId };
  });
}

function tokenOfLink(link: string): string {
  try {
    return decodeURIComponent(new URL(link).pathname.split("/").pop() ?? "");
  } catch {
    throw new AppError("INVITATION_INVALID");
  }
}

/**
 * The invitation behind a link the admin was shown, for e-mailing it: the link must carry this
 * invitation's own token (its hash matches) and the invitation must still be pending with an
 * e-mail address.
 */
export async function invitationForMail(
  db: Db,
  organizationId: string,
  input: { invitationId: string; link: string },
  now: Date,
): Promise<{ email: string; roles: Role[]; expiresAt: Date; organizationName: string; inviterName: string }> {
  const token = tokenOfLink(input.link);
  const row = await db.invitation.findFirst({
    where: {
      id: input.invitationId,
      organizationId,
      tokenHash: hashToken(token),
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: now },
    },
    select: {
      email: true,
      rolesJson: true,
      expiresAt: true,
      organization: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  if (!row?.email) throw new AppError("INVITATION_INVALID");
  return {
    email: row.email,
    roles: parseRolesJson(row.rolesJson),
    expiresAt: row.expiresAt,
    organizationName: row.organization.name,
    inviterName: row.createdBy.name,
  };
}
