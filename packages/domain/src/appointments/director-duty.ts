// Who carries the director's duties today (the weekly report's signature, the daily records' 阅):
// the appointed 质量安全总监; where none is appointed and the prior-year size class does not
// require one (ADR 016), the appointed 主要负责人 — a fact the records then show.
import type { ErrorCode } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { orgStanding } from "../profile/standing.ts";
import { appointmentsInForce } from "./authority.ts";

export type DirectorDutyRole = "director" | "principal";

/** The role under which `userId` carries the director's duties today, or the reason they do not. */
export async function directorDutyRole(
  db: Db,
  organizationId: string,
  userId: string,
  today: string,
): Promise<DirectorDutyRole | { refused: ErrorCode }> {
  const directors = await appointmentsInForce(db, organizationId, "director", today);
  if (directors.some((d) => d.userId === userId)) return "director";
  const principals = await appointmentsInForce(db, organizationId, "principal", today);
  if (!principals.some((p) => p.userId === userId)) return { refused: "WEEKLY_SIGNER_NOT_APPOINTED" };
  if (directors.length > 0) return { refused: "WEEKLY_DIRECTOR_SIGNS" };
  if ((await orgStanding(db, organizationId, today)).directorRequired) return { refused: "WEEKLY_DIRECTOR_REQUIRED" };
  return "principal";
}

/** Like directorDutyRole, throwing the refusal (or `code` instead of it, when given). */
export async function requireDirectorDuty(
  db: Db,
  organizationId: string,
  userId: string,
  today: string,
  code?: ErrorCode,
): Promise<DirectorDutyRole> {
  const role = await directorDutyRole(db, organizationId, userId, today);
  if (typeof role === "object") throw new AppError(code ?? role.refused);
  return role;
}
