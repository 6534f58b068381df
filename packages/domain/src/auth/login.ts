// Sign-in with throttling: after LOCK_AFTER failed attempts for one e-mail from one IP address
// within LOCK_WINDOW, further attempts are refused until the window has passed — even with the
// right password, so guessing cannot continue. Every attempt is recorded (LoginAttempt).
import { EmailSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/audit.ts";
import { verifyPassword } from "./password.ts";
import { createSession } from "./sessions.ts";

export const LOCK_AFTER = 5;
export const LOCK_WINDOW_MS = 15 * 60 * 1000;

export interface LoginInput {
  email: string;
  password: string;
  ip?: string | null;
  userAgent?: string | null;
  now: Date;
}

export interface LoginResult {
  token: string;
  sessionId: string;
  expiresAt: Date;
  userId: string;
  activeOrganizationId: string | null;
}

/** Minutes until the lock lifts, or 0 when sign-in is allowed. */
export async function lockedForMinutes(db: Db, email: string, ip: string | null, now: Date): Promise<number> {
  const since = new Date(now.getTime() - LOCK_WINDOW_MS);
  const failures = await db.loginAttempt.findMany({
    where: { email, ip, succeeded: false, at: { gt: since } },
    orderBy: { at: "desc" },
    take: LOCK_AFTER,
    select: { at: true },
  });
  if (failures.length < LOCK_AFTER) return 0;
  const newest = failures[0];
  if (!newest) return 0;
  const unlocksAt = newest.at.getTime() + LOCK_WINDOW_MS;
  return Math.max(1, Math.ceil((unlocksAt - now.getTime()) / 60_000));
}

/** A dummy hash so unknown e-mails cost the same time as known ones. */
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export async function login(db: Db, input: LoginInput): Promise<LoginResult> {
  const now = input.now;
  const parsed = EmailSchema.safeParse(input.email);
  const email = parsed.success ? parsed.data : String(input.email).trim().toLowerCase().slice(0, 254);
  const ip = input.ip ?? null;
  const minutes = await lockedForMinutes(db, email, ip, now);
  if (minutes > 0) throw new AppError("LOGIN_LOCKED", { details: { minutes } });

  const user = parsed.success
    ? await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } })
    : null;
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, String(input.password ?? ""));
  if (!user || !ok || user.disabledAt) {
    await db.loginAttempt.create({ data: { email, ip, succeeded: false, userId: user?.id ?? null, at: now } });
    const after = await lockedForMinutes(db, email, ip, now);
    if (after > 0) throw new AppError("LOGIN_LOCKED", { details: { minutes: after } });
    throw new AppError("LOGIN_FAILED");
  }

  const memberships = await db.membership.findMany({
    where: { userId: user.id, status: "active", organization: { deactivatedAt: null } },
    select: { organizationId: true },
    orderBy: { createdAt: "asc" },
  });
  const activeOrganizationId = memberships.length === 1 ? (memberships[0]?.organizationId ?? null) : null;
  return db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, ip, succeeded: true, userId: user.id, at: now } });
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    const session = await createSession(tx, {
      userId: user.id,
      activeOrganizationId,
      userAgent: input.userAgent,
      ip,
      now,
    });
    await recordAudit(tx, {
      organizationId: null,
      actor: { kind: "user", userId: user.id },
      action: "auth.login",
      entityType: "user",
      entityId: user.id,
      ip,
    });
    return { ...session, userId: user.id, activeOrganizationId };
  });
}
