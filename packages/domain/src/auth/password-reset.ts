// Password reset by a single-use link. A link is issued three ways: asked for by e-mail on
// /forgot-password (when SMTP is configured), by an organisation admin for one of its members, or
// by the operator (`pnpm anzhi user reset-link`). Only the token's sha256 is stored; a link lasts
// RESET_TTL_MS (e-mailed) or ISSUED_RESET_TTL_MS (handed over by a person), works once, and using
// it sets the new password, ends every session of the person and uses up their other open links.
// Asking by e-mail answers the same whether or not the address is registered, and does the same
// database work either way; the e-mail itself is sent after the answer.
import type { PasswordResetInput } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/audit.ts";
import { hashPassword } from "./password.ts";
import { hashToken, newToken } from "./sessions.ts";

export const RESET_TTL_MS = 60 * 60 * 1000;
export const ISSUED_RESET_TTL_MS = 24 * 60 * 60 * 1000;
/** At most this many e-mailed links per address per hour (the rest are silently not sent). */
export const RESET_MAILS_PER_HOUR = 3;

export type ResetIssuer =
  { via: "email" } | { via: "admin"; userId: string; organizationId: string } | { via: "operator" };

export interface IssuedReset {
  token: string;
  expiresAt: Date;
  userId: string;
  email: string;
  name: string;
  locale: string;
}

/** Issues a link for the person with this e-mail, or null when there is none (or they are disabled). */
export async function issuePasswordReset(
  db: Db,
  email: string,
  issuer: ResetIssuer,
  now: Date,
): Promise<IssuedReset | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, locale: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  const token = newToken();
  const expiresAt = new Date(now.getTime() + (issuer.via === "email" ? RESET_TTL_MS : ISSUED_RESET_TTL_MS));
  await db.$transaction(async (tx) => {
    await tx.passwordReset.create({
      data: {
        userId: user.id,
        tokenHash: hashToken(token),
        issuedVia: issuer.via,
        issuedByUserId: issuer.via === "admin" ? issuer.userId : null,
        createdAt: now,
        expiresAt,
      },
    });
    await recordAudit(tx, {
      organizationId: issuer.via === "admin" ? issuer.organizationId : null,
      actor: issuer.via === "admin" ? { kind: "user", userId: issuer.userId } : { kind: "system" },
      action: "auth.password_reset_issue",
      entityType: "user",
      entityId: user.id,
      data: { via: issuer.via, expiresAt: expiresAt.toISOString() },
      at: now,
    });
  });
  return { token, expiresAt, userId: user.id, email: user.email, name: user.name, locale: user.locale };
}

/**
 * An organisation admin's link for one of its active members. Only for a person whose account is
 * this organisation's alone — no other active membership, no regulator account — so an admin
 * cannot take over an account another organisation (or an agency) relies on; the operator's
 * `pnpm anzhi user reset-link` covers those.
 */
export async function issueMemberPasswordReset(
  db: Db,
  input: { organizationId: string; membershipId: string; adminUserId: string },
  now: Date,
): Promise<IssuedReset> {
  const membership = await db.membership.findFirst({
    where: { id: input.membershipId, organizationId: input.organizationId, status: "active" },
    select: {
      user: {
        select: {
          email: true,
          regulatorUser: { select: { id: true } },
          memberships: { where: { status: "active" }, select: { organizationId: true } },
        },
      },
    },
  });
  if (!membership) throw new AppError("MEMBER_NOT_FOUND");
  const { user } = membership;
  if (user.regulatorUser || user.memberships.some((m) => m.organizationId !== input.organizationId))
    throw new AppError("RESET_LINK_SHARED_ACCOUNT");
  const issued = await issuePasswordReset(
    db,
    user.email,
    { via: "admin", userId: input.adminUserId, organizationId: input.organizationId },
    now,
  );
  if (!issued) throw new AppError("MEMBER_NOT_FOUND");
  return issued;
}

/**
 * /forgot-password: a link for the address when it is registered and not asked for too often.
 * Resolves null otherwise — the caller answers the same either way.
 */
export async function requestPasswordReset(db: Db, email: string, now: Date): Promise<IssuedReset | null> {
  const since = new Date(now.getTime() - 60 * 60 * 1000);
  const normalized = email.trim().toLowerCase();
  const recent = await db.passwordReset.count({
    where: { user: { email: normalized }, issuedVia: "email", createdAt: { gt: since } },
  });
  if (recent >= RESET_MAILS_PER_HOUR) return null;
  return issuePasswordReset(db, normalized, { via: "email" }, now);
}

async function openReset(db: Pick<Db, "passwordReset">, token: string, now: Date) {
  const row = await db.passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { email: true, disabledAt: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime() || row.user.disabledAt) return null;
  return row;
}

/** Whether /reset/<token> can still be used (the page shows the form or says the link is spent). */
export async function resetLinkStatus(db: Db, token: string, now: Date): Promise<{ valid: boolean; email?: string }> {
  const row = await openReset(db, token, now);
  return row ? { valid: true, email: row.user.email } : { valid: false };
}

/** Sets the new password, ends every session of the person and uses up their open links. */
export async function resetPassword(
  db: Db,
  input: PasswordResetInput,
  opts: { now: Date; ip?: string | null },
): Promise<{ userId: string; email: string; sessionsEnded: number }> {
  const found = await openReset(db, input.token, opts.now);
  if (!found) throw new AppError("RESET_LINK_INVALID");
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // single use, also against two submissions racing: only one can flip usedAt
    const used = await tx.passwordReset.updateMany({
      where: { id: found.id, usedAt: null },
      data: { usedAt: opts.now },
    });
    if (used.count !== 1) throw new AppError("RESET_LINK_INVALID");
    await tx.passwordReset.updateMany({ where: { userId: found.userId, usedAt: null }, data: { usedAt: opts.now } });
    await tx.user.update({ where: { id: found.userId }, data: { passwordHash } });
    const ended = await tx.session.deleteMany({ where: { userId: found.userId } });
    await recordAudit(tx, {
      organizationId: null,
      actor: { kind: "user", userId: found.userId },
      action: "auth.password_reset",
      entityType: "user",
      entityId: found.userId,
      data: { sessionsEnded: ended.count },
      ip: opts.ip ?? null,
      at: opts.now,
    });
    return { userId: found.userId, email: found.user.email, sessionsEnded: ended.count };
  });
}
