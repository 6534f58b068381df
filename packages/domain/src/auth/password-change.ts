// Password change: needs the current password; ends every other session of the person so a
// stolen session stops working. Guesses of the current password count against the same lock as
// sign-in (./throttle.ts), so a stolen session cannot be used to brute-force the password.
import { type ChangePasswordInput } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/audit.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { revokeOtherSessions } from "./sessions.ts";
import { attemptSucceeded, recordFailure, reserveAttempt } from "./throttle.ts";

export async function changePassword(
  db: Db,
  data: ChangePasswordInput,
  opts: { userId: string; sessionId: string | null; ip?: string | null; now: Date },
): Promise<{ otherSessionsEnded: number }> {
  const user = await db.user.findUnique({
    where: { id: opts.userId },
    select: { email: true, passwordHash: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED");
  const key = { email: user.email, ip: opts.ip ?? null, userId: opts.userId, now: opts.now };
  const reservation = await reserveAttempt(db, key);
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    const minutes = await recordFailure(db, key, reservation, "auth.password_change_failed");
    if (minutes > 0) throw new AppError("LOGIN_LOCKED", { details: { minutes } });
    throw new AppError("PASSWORD_INCORRECT", { issues: [{ path: "currentPassword", message: "PASSWORD_INCORRECT" }] });
  }
  const passwordHash = await hashPassword(data.newPassword);
  return db.$transaction(async (tx) => {
    await attemptSucceeded(tx, reservation);
    await tx.user.update({ where: { id: opts.userId }, data: { passwordHash } });
    const ended = await revokeOtherSessions(tx, opts.userId, opts.sessionId);
    await recordAudit(tx, {
      organizationId: null,
      actor: { kind: "user", userId: opts.userId },
      action: "auth.password_change",
      entityType: "user",
      entityId: opts.userId,
      data: { otherSessionsEnded: ended },
      ip: opts.ip ?? null,
      at: opts.now,
    });
    return { otherSessionsEnded: ended };
  });
}
