// Sign-up and invitation acceptance with an e-mail that may already have an account. Neither says
// "this e-mail is registered" (EMAIL_TAKEN): a registered e-mail with that account's own password
// goes ahead with that account (a person adding a second company, or joining with the account they
// have); with any other password the answer is SIGNUP_REFUSED, worded like a failed sign-in ("if
// you already have an account, use its password or reset it"). Both paths cost one scrypt, and the
// password check is throttled and audited exactly like sign-in (./throttle.ts), so sign-up is no
// side door for guessing.
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { recordFailure, reserveAttempt, type Reservation } from "./throttle.ts";

export type ClaimedEmail =
  { kind: "new"; passwordHash: string } | { kind: "existing"; userId: string; reservation: Reservation };

export function signupRefused(): AppError {
  return new AppError("SIGNUP_REFUSED", { issues: [{ path: "email", message: "SIGNUP_REFUSED" }] });
}

export async function claimEmail(
  db: Db,
  input: { email: string; password: string; ip: string | null; now: Date; action: string },
): Promise<ClaimedEmail> {
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, passwordHash: true, disabledAt: true, regulatorUser: { select: { id: true } } },
  });
  if (!user) return { kind: "new", passwordHash: await hashPassword(input.password) };
  const key = { email: input.email, ip: input.ip, userId: user.id, now: input.now };
  const reservation = await reserveAttempt(db, key);
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok || user.disabledAt || user.regulatorUser) {
    const minutes = await recordFailure(db, key, reservation, input.action);
    if (minutes > 0) throw new AppError("LOGIN_LOCKED", { details: { minutes } });
    throw signupRefused();
  }
  return { kind: "existing", userId: user.id, reservation };
}

/** A concurrent sign-up took the e-mail between the check and the insert: the same neutral answer. */
export function neutralEmailTaken(error: unknown): unknown {
  return error instanceof AppError && error.code === "EMAIL_TAKEN" ? signupRefused() : error;
}
