// Guess throttling for one account's password (sign-in and password change share it: both check
// the same secret). An attempt is reserved — counted as a failure — in one serialised transaction
// BEFORE the password is hashed, so concurrent guesses cannot all pass a check made before any of
// them is recorded. Two limits hold at once, over the last LOCK_WINDOW:
//   • LOCK_AFTER failures for the e-mail from one client address, and
//   • ACCOUNT_LOCK_AFTER failures for the e-mail from any address (so spreading guesses over many
//     addresses does not help).
// A reservation whose password turns out right is marked succeeded and stops counting. Refused
// attempts are not recorded (the lock does not extend itself), and the moment a lock engages is
// written to the audit trail (auth.login_locked).
import { serialize, type Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/audit.ts";

export const LOCK_AFTER = 5;
export const ACCOUNT_LOCK_AFTER = 10;
export const LOCK_WINDOW_MS = 15 * 60 * 1000;

export interface AttemptKey {
  email: string;
  ip: string | null;
  userId: string | null;
  now: Date;
}

async function minutesLocked(
  db: Pick<Db, "loginAttempt">,
  where: { email: string; ip?: string | null },
  limit: number,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - LOCK_WINDOW_MS);
  const failures = await db.loginAttempt.findMany({
    where: { ...where, succeeded: false, at: { gt: since } },
    orderBy: { at: "desc" },
    skip: limit - 1,
    take: 1,
    select: { at: true },
  });
  // The limit-th newest failure leaves the window last among those that make the lock.
  const oldestCounted = failures[0];
  if (!oldestCounted) return 0;
  const unlocksAt = oldestCounted.at.getTime() + LOCK_WINDOW_MS;
  return Math.max(1, Math.ceil((unlocksAt - now.getTime()) / 60_000));
}

/** Minutes until either lock on this e-mail (from this address) lifts, or 0 when not locked. */
export async function lockedForMinutes(
  db: Pick<Db, "loginAttempt">,
  email: string,
  ip: string | null,
  now: Date,
): Promise<number> {
  const [byAddress, byAccount] = await Promise.all([
    minutesLocked(db, { email, ip }, LOCK_AFTER, now),
    minutesLocked(db, { email }, ACCOUNT_LOCK_AFTER, now),
  ]);
  return Math.max(byAddress, byAccount);
}

export interface Reservation {
  id: string;
  /** This attempt is the one that reaches a limit: if it fails, the lock engages. */
  engagesLock: boolean;
}

/**
 * Reserves one guess: refuses with LOGIN_LOCKED when a lock holds, else records a failed attempt
 * (pass the reservation to `attemptSucceeded` when the password was right).
 */
export async function reserveAttempt(db: Db, key: AttemptKey): Promise<Reservation> {
  const reserved = await db.$transaction(async (tx) => {
    // One reservation per e-mail at a time (SQLite: its one writer; PostgreSQL: an advisory lock).
    await serialize(tx, `login-attempts:${key.email}`);
    const minutes = await lockedForMinutes(tx, key.email, key.ip, key.now);
    if (minutes > 0) return { minutes, id: "", engagesLock: false };
    const row = await tx.loginAttempt.create({
      data: { email: key.email, ip: key.ip, succeeded: false, userId: key.userId, at: key.now },
      select: { id: true },
    });
    const engagesLock = (await lockedForMinutes(tx, key.email, key.ip, key.now)) > 0;
    return { minutes: undefined, id: row.id, engagesLock };
  });
  if (reserved.minutes !== undefined) throw new AppError("LOGIN_LOCKED", { details: { minutes: reserved.minutes } });
  return { id: reserved.id, engagesLock: reserved.engagesLock };
}

export async function attemptSucceeded(db: Pick<Db, "loginAttempt">, reservation: Reservation): Promise<void> {
  await db.loginAttempt.update({ where: { id: reservation.id }, data: { succeeded: true } });
}

/**
 * After a wrong password: writes the failure to the audit trail (`action`), and — when this
 * failure engaged a lock — `auth.login_locked` too. Resolves the lock's minutes (0 when none).
 */
export async function recordFailure(
  db: Db,
  key: AttemptKey,
  reservation: Reservation,
  action: string,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const minutes = await lockedForMinutes(tx, key.email, key.ip, key.now);
    const actor = key.userId ? ({ kind: "user", userId: key.userId } as const) : ({ kind: "system" } as const);
    await recordAudit(tx, {
      organizationId: null,
      actor,
      action,
      entityType: "user",
      entityId: key.userId,
      data: { email: key.email },
      ip: key.ip,
      at: key.now,
    });
    if (minutes > 0 && reservation.engagesLock) {
      await recordAudit(tx, {
        organizationId: null,
        actor,
        action: "auth.login_locked",
        entityType: "user",
        entityId: key.userId,
        data: { email: key.email, minutes },
        ip: key.ip,
        at: key.now,
      });
    }
    return minutes;
  });
}
