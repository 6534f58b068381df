// Database-backed web sessions. The browser holds a random token; the database keeps only its
// sha256 (Session.id), so a leaked database does not leak live sessions. Expiry slides: a session
// used within its lifetime is extended (at most once a day, to spare writes).
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@anzhi/db";
import type { Locale } from "@anzhi/contracts";

export const SESSION_COOKIE = "anzhi_session";
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const REFRESH_AFTER_MS = 24 * 60 * 60 * 1000;

export interface SessionPrincipal {
  sessionId: string;
  expiresAt: Date;
  /** True when this lookup extended the expiry (the cookie should be re-sent). */
  refreshed: boolean;
  activeOrganizationId: string | null;
  user: { id: string; email: string; name: string; locale: Locale };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export async function createSession(
  db: Pick<Db, "session">,
  input: {
    userId: string;
    activeOrganizationId?: string | null;
    userAgent?: string | null;
    ip?: string | null;
    now: Date;
  },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = newToken();
  const now = input.now;
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  const session = await db.session.create({
    data: {
      id: hashToken(token),
      userId: input.userId,
      activeOrganizationId: input.activeOrganizationId ?? null,
      expiresAt,
      createdAt: now,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip ?? null,
    },
    select: { id: true },
  });
  return { token, sessionId: session.id, expiresAt };
}

/**
 * The session behind a cookie token, or null when there is none, it expired, or its user is
 * disabled. Expired sessions are removed on sight.
 */
export async function resolveSession(
  db: Db,
  token: string | null | undefined,
  now: Date,
): Promise<SessionPrincipal | null> {
  if (!token || token.length > 200) return null;
  const id = hashToken(token);
  const session = await db.session.findUnique({
    where: { id },
    select: {
      id: true,
      expiresAt: true,
      activeOrganizationId: true,
      user: { select: { id: true, email: true, name: true, locale: true, disabledAt: true } },
    },
  });
  if (!session) return null;
  if (session.expiresAt.getTime() <= now.getTime()) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (session.user.disabledAt) return null;
  let expiresAt = session.expiresAt;
  let refreshed = false;
  if (expiresAt.getTime() - now.getTime() < SESSION_TTL_MS - REFRESH_AFTER_MS) {
    expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await db.session.update({ where: { id }, data: { expiresAt } });
    refreshed = true;
  }
  const { disabledAt: _disabled, ...user } = session.user;
  return {
    sessionId: session.id,
    expiresAt,
    refreshed,
    activeOrganizationId: session.activeOrganizationId,
    user: { ...user, locale: user.locale === "en" ? "en" : "zh-CN" },
  };
}

export async function revokeSession(db: Pick<Db, "session">, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Ends every other session of the user (after a password change). Returns how many ended. */
export async function revokeOtherSessions(
  db: Pick<Db, "session">,
  userId: string,
  keepSessionId: string | null,
): Promise<number> {
  const result = await db.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
  return result.count;
}
