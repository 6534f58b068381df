// Sign-in with throttling (./throttle.ts): each attempt is reserved before the password is hashed,
// and after LOCK_AFTER failures for one e-mail from one address — or ACCOUNT_LOCK_AFTER from any
// address — within LOCK_WINDOW, further attempts are refused until the window has passed, even
// with the right password, so guessing cannot continue. Every checked attempt is recorded
// (LoginAttempt); failures and lock-outs also go to the audit trail.
import { EmailSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/audit.ts";
import { verifyPassword } from "./password.ts";
import { createSession } from "./sessions.ts";
import { attemptSucceeded, recordFailure, reserveAttempt } from "./throttle.ts";

export { ACCOUNT_LOCK_AFTER, LOCK_AFTER, LOCK_WINDOW_MS, lockedForMinutes } from "./throttle.ts";

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

/** A dummy hash so unknown e-mails cost the same time as known ones. */
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export async function login(db: Db, input: LoginInput): Promise<LoginResult> {
  const now = input.now;
  const parsed = EmailSchema.safeParse(input.email);
  const email = parsed.success ? parsed.data : String(input.email).trim().toLowerCase().slice(0, 254);
  const ip = input.ip ?? null;
  const user = parsed.success
    ? await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } })
    : null;
  const key = { email, ip, userId: user?.id ?? null, now };
  const reservation = await reserveAttempt(db, key);
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, String(input.password ?? ""));
  if (!user || !ok || user.disabledAt) {
    const minutes = await recordFailure(db, key, reservation, "auth.login_failed");
    if (minutes > 0) throw new AppError("LOGIN_LOCKED", { details: { minutes } });
    throw new AppError("LOGIN_FAILED");
  }

  const memberships = await db.membership.findMany({
    where: { userId: user.id, status: "active", organization: { deactivatedAt: null } },
    select: { organizationId: true },
    orderBy: { createdAt: "asc" },
  });
  const activeOrganizationId = memberships.length === 1 ? (memberships[0]?.organizationId ?? null) : null;
  return db.$transaction(async (tx) => {
    await attemptSucceeded(tx, reservation);
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
      at: now,
    });
    return { ...session, userId: user.id, activeOrganizationId };
  });
}
