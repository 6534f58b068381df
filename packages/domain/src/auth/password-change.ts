// Password change: needs the current password; ends every other session of the person so a
// stolen session stops working.
import { type ChangePasswordInput } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/audit.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { revokeOtherSessions } from "./sessions.ts";

export async function changePassword(
  db: Db,
  data: ChangePasswordInput,
  opts: { userId: string; sessionId: string | null },
): Promise<{ otherSessionsEnded: number }> {
  const user = await db.user.findUnique({ where: { id: opts.userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new AppError("PASSWORD_INCORRECT", { issues: [{ path: "currentPassword", message: "PASSWORD_INCORRECT" }] });
  }
  const passwordHash = await hashPassword(data.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: opts.userId }, data: { passwordHash } });
    const ended = await revokeOtherSessions(tx, opts.userId, opts.sessionId);
    await recordAudit(tx, {
      organizationId: null,
      actor: { kind: "user", userId: opts.userId },
      action: "auth.password_change",
      entityType: "user",
      entityId: opts.userId,
      data: { otherSessionsEnded: ended },
    });
    return { otherSessionsEnded: ended };
  });
}
