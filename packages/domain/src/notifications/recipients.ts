// Who is told, for every active organisation at once: the principals and directors of each
// organisation on its local day — the people the appointment register names (ADR 016) who are
// active members, or, while the register names nobody for a role, the active members holding that
// role, so nothing goes unnoticed for want of an appointment. Two queries for all organisations.
import { addDays, localDate, type Role } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { parseRolesJson } from "../members/roles.ts";

export interface OrgPeople {
  id: string;
  name: string;
  timeZone: string;
  today: string;
  activatedOn: string | null;
  principals: string[];
  directors: string[];
  /** Active members (user id → roles). */
  members: Map<string, Role[]>;
}

type Escalated = "principal" | "director";

export async function loadOrgPeople(db: Db, now: Date): Promise<Map<string, OrgPeople>> {
  const [orgs, memberships, appointments] = await Promise.all([
    db.organization.findMany({
      where: { deactivatedAt: null },
      select: { id: true, name: true, timeZone: true, activatedOn: true },
    }),
    db.membership.findMany({
      where: { status: "active", organization: { deactivatedAt: null } },
      select: { organizationId: true, userId: true, rolesJson: true },
    }),
    db.roleAssignment.findMany({
      where: {
        role: { in: ["principal", "director"] },
        userId: { not: null },
        // Any organisation's day lies within a day of UTC's: ended appointments older than that are history.
        OR: [{ endedOn: null }, { endedOn: { gte: addDays(localDate(now, "UTC"), -1) } }],
        organization: { deactivatedAt: null },
      },
      select: { organizationId: true, userId: true, role: true, appointedOn: true, endedOn: true },
    }),
  ]);
  const out = new Map<string, OrgPeople>();
  for (const o of orgs)
    out.set(o.id, {
      id: o.id,
      name: o.name,
      timeZone: o.timeZone,
      today: localDate(now, o.timeZone),
      activatedOn: o.activatedOn,
      principals: [],
      directors: [],
      members: new Map(),
    });
  for (const m of memberships) out.get(m.organizationId)?.members.set(m.userId, parseRolesJson(m.rolesJson));
  const appointed = new Map<string, Record<Escalated, Set<string>>>();
  for (const a of appointments) {
    const org = out.get(a.organizationId);
    if (
      !org ||
      !a.userId ||
      a.appointedOn > org.today ||
      (a.endedOn !== null && a.endedOn <= org.today) ||
      !org.members.has(a.userId)
    )
      continue;
    const sets = appointed.get(a.organizationId) ?? { principal: new Set<string>(), director: new Set<string>() };
    sets[a.role as Escalated].add(a.userId);
    appointed.set(a.organizationId, sets);
  }
  for (const org of out.values()) {
    const sets = appointed.get(org.id);
    for (const role of ["principal", "director"] as const) {
      let ids = [...(sets?.[role] ?? [])];
      if (ids.length === 0) ids = [...org.members].filter(([, roles]) => roles.includes(role)).map(([id]) => id);
      if (role === "principal") org.principals = ids.sort();
      else org.directors = ids.sort();
    }
  }
  return out;
}

/**
 * One organisation's people of `role` to tell on `today` (inside a transaction): the appointed
 * ones who are active members, else the active members holding the role.
 */
export async function escalationRecipients(
  tx: Pick<Tx, "roleAssignment" | "membership">,
  organizationId: string,
  role: Escalated,
  today: string,
): Promise<{ userIds: string[]; members: Set<string> }> {
  const [members, appointed] = await Promise.all([
    tx.membership.findMany({ where: { organizationId, status: "active" }, select: { userId: true, rolesJson: true } }),
    tx.roleAssignment.findMany({
      where: {
        organizationId,
        role,
        userId: { not: null },
        appointedOn: { lte: today },
        OR: [{ endedOn: null }, { endedOn: { gt: today } }],
      },
      select: { userId: true },
    }),
  ]);
  const active = new Set(members.map((m) => m.userId));
  let userIds = [...new Set(appointed.flatMap((a) => (a.userId && active.has(a.userId) ? [a.userId] : [])))];
  if (userIds.length === 0)
    userIds = members.filter((m) => parseRolesJson(m.rolesJson).includes(role)).map((m) => m.userId);
  return { userIds: userIds.sort(), members: active };
}
