// Signing authority follows the appointment register (人员任命), not membership roles: the daily
// record is signed by an officer appointed for that site, the weekly report by the appointed
// director (or the appointed principal where the size class allows no director), the minutes,
// the risk list's approval and the weekly 阅 by the appointed principal, the daily 阅 by the
// appointed director. An appointment is in force on day d when appointedOn <= d < endedOn.
import type { AppointmentRole, ErrorCode } from "@anzhi/contracts";
import type { Tx } from "@anzhi/db";
import { AppError } from "../errors.ts";

type RegisterDb = Pick<Tx, "roleAssignment">;

export interface InForceAppointment {
  id: string;
  role: AppointmentRole;
  userId: string | null;
  personName: string;
  appointedOn: string;
  endedOn: string | null;
  /** Sites the appointment names; empty = the whole organisation. */
  siteIds: string[];
}

/** Appointments of `role` in force on `day` (and, when `until` is given, still in force on that later day). */
export async function appointmentsInForce(
  db: RegisterDb,
  organizationId: string,
  role: AppointmentRole,
  day: string,
  until: string = day,
): Promise<InForceAppointment[]> {
  const last = until > day ? until : day;
  const rows = await db.roleAssignment.findMany({
    where: {
      organizationId,
      role,
      appointedOn: { lte: day },
      OR: [{ endedOn: null }, { endedOn: { gt: last } }],
    },
    select: {
      id: true,
      role: true,
      userId: true,
      personName: true,
      appointedOn: true,
      endedOn: true,
      scopes: { select: { siteId: true } },
    },
    orderBy: { appointedOn: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    role: r.role as AppointmentRole,
    userId: r.userId,
    personName: r.personName,
    appointedOn: r.appointedOn,
    endedOn: r.endedOn,
    siteIds: r.scopes.flatMap((s) => (s.siteId ? [s.siteId] : [])),
  }));
}

/** Whether an appointment covers a site: it names the site, or names no site at all. */
export function coversSite(a: Pick<InForceAppointment, "siteIds">, siteId: string): boolean {
  return a.siteIds.length === 0 || a.siteIds.includes(siteId);
}

/**
 * The user's appointment of `role` in force on `day` and still on `today` (covering `siteId` when
 * given), else the error `code` in the user's language.
 */
export async function requireAppointed(
  db: RegisterDb,
  organizationId: string,
  userId: string,
  role: AppointmentRole,
  when: { day: string; today: string; siteId?: string },
  code: ErrorCode,
): Promise<InForceAppointment> {
  const rows = await appointmentsInForce(db, organizationId, role, when.day, when.today);
  const mine = rows.find((a) => a.userId === userId && (when.siteId === undefined || coversSite(a, when.siteId)));
  if (!mine) throw new AppError(code, { details: { role } });
  return mine;
}

/** Users holding an appointment of `role` today (with an account), for notifications. */
export async function appointedUserIds(
  db: RegisterDb,
  organizationId: string,
  role: AppointmentRole,
  today: string,
): Promise<string[]> {
  const rows = await appointmentsInForce(db, organizationId, role, today);
  return [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))];
}
