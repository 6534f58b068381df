// When duties start: nothing is due before the organisation's 启用日期 (Organization.activatedOn)
// nor, for an officer, outside the dates of their 质量安全员 appointments (RoleAssignment
// appointedOn … endedOn; the end day belongs to the successor). An officer without any officer
// appointment is due from the 启用日期 (the register flags the missing appointment).
// Loaded once per organisation (two queries), then answered in memory, so ledgers and indicators
// over many days stay set-based.
import { localDate } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { memoRead } from "../read-memo.ts";

export interface DutyInterval {
  from: string;
  /** Exclusive: the appointment's end day (null while it runs). */
  until: string | null;
  siteIds: string[];
}

export interface Duties {
  /** The 启用日期, or null when the organisation has none (created outside sign-up). */
  activatedOn: string | null;
  /** Officer appointments per user id. */
  officer: Map<string, DutyInterval[]>;
}

type DutyDb = Pick<Db | Tx, "organization" | "roleAssignment">;

export function loadDuties(db: DutyDb, organizationId: string): Promise<Duties> {
  return memoRead(`duties:${organizationId}`, () => readDuties(db, organizationId));
}

async function readDuties(db: DutyDb, organizationId: string): Promise<Duties> {
  const [org, appointments] = await Promise.all([
    db.organization.findUnique({ where: { id: organizationId }, select: { activatedOn: true } }),
    db.roleAssignment.findMany({
      where: { organizationId, role: "officer", userId: { not: null } },
      select: { userId: true, appointedOn: true, endedOn: true, scopes: { select: { siteId: true } } },
    }),
  ]);
  if (!org) throw new AppError("ORG_NOT_FOUND");
  return dutiesOf(
    org.activatedOn,
    appointments.map((a) => ({ ...a, siteIds: a.scopes.flatMap((s) => (s.siteId ? [s.siteId] : [])) })),
  );
}

/** The duties from the 启用日期 and the officer appointments (loaded for one or many organisations). */
export function dutiesOf(
  activatedOn: string | null,
  appointments: ReadonlyArray<{
    userId: string | null;
    appointedOn: string;
    endedOn: string | null;
    siteIds: string[];
  }>,
): Duties {
  const officer = new Map<string, DutyInterval[]>();
  for (const a of appointments) {
    if (!a.userId) continue;
    const list = officer.get(a.userId) ?? [];
    list.push({ from: a.appointedOn, until: a.endedOn, siteIds: a.siteIds });
    officer.set(a.userId, list);
  }
  return { activatedOn, officer };
}

/** Is anything of the organisation due on `day`? */
export function orgDueOn(duties: Duties, day: string): boolean {
  return duties.activatedOn === null || day >= duties.activatedOn;
}

/** Is a daily record of this officer (at this site, when given) due on `day` (calendar aside)? */
export function officerDueOn(duties: Duties, userId: string, day: string, siteId?: string): boolean {
  if (!orgDueOn(duties, day)) return false;
  const intervals = duties.officer.get(userId);
  if (!intervals || intervals.length === 0) return true;
  return intervals.some(
    (i) =>
      day >= i.from &&
      (i.until === null || day < i.until) &&
      (siteId === undefined || i.siteIds.length === 0 || i.siteIds.includes(siteId)),
  );
}

/**
 * The first day this officer's daily record is due (at `siteId` when given): the later of the 启用日期
 * and the earliest officer appointment covering the site. Null when nothing bounds it.
 */
export function officerDutyStart(duties: Duties, userId: string, siteId?: string): string | null {
  const intervals = (duties.officer.get(userId) ?? []).filter(
    (i) => siteId === undefined || i.siteIds.length === 0 || i.siteIds.includes(siteId),
  );
  const appointed = intervals.length > 0 ? intervals.map((i) => i.from).sort()[0] : undefined;
  const candidates = [duties.activatedOn, appointed ?? null].filter((d): d is string => d !== null);
  return candidates.length > 0 ? (candidates.sort().at(-1) ?? null) : null;
}

/** `officerDutyStart` for one person, loading the organisation's duties. */
export async function dutyStart(
  db: DutyDb,
  organizationId: string,
  userId: string,
  siteId?: string,
): Promise<string | null> {
  return officerDutyStart(await loadDuties(db, organizationId), userId, siteId);
}

/** The 启用日期 a new organisation gets: its sign-up day in its own time zone. */
export function signUpActivationDate(now: Date, timeZone: string): string {
  return localDate(now, timeZone);
}
