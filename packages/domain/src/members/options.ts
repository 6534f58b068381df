// The choices the forms offer inside one organisation: active sites, people who take part in the
// routines, and the scopes of hazards and appointments. Read functions only; the routers wire them.
import type { Db } from "@anzhi/db";
import { parseRolesJson } from "./roles.ts";

const byAge = { createdAt: "asc" } as const;

/** Active sites, oldest first (id, name, code). */
export function activeSites(db: Db, organizationId: string) {
  return db.site.findMany({
    where: { organizationId, retiredAt: null },
    select: { id: true, name: true, code: true },
    orderBy: byAge,
  });
}

/** Active members with their roles, oldest first. */
export async function activePeople(db: Db, organizationId: string) {
  const rows = await db.membership.findMany({
    where: { organizationId, status: "active" },
    orderBy: byAge,
    select: { rolesJson: true, user: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({ id: r.user.id, name: r.user.name, roles: parseRolesJson(r.rolesJson) }));
}

/** Active members who can be named responsible for a risk item (any role but viewer). */
export async function riskItemAssignees(db: Db, organizationId: string) {
  const people = await activePeople(db, organizationId);
  return people
    .map((p) => ({ userId: p.id, name: p.name, roles: p.roles }))
    .filter((p) => p.roles.some((role) => role !== "viewer"));
}

/** Hazard forms and filters: owners (active members other than viewers), sites, products, current risk items. */
export async function hazardOptions(db: Db, organizationId: string) {
  const [people, sites, products, riskItems] = await Promise.all([
    activePeople(db, organizationId),
    db.site.findMany({ where: { organizationId, retiredAt: null }, select: { id: true, name: true }, orderBy: byAge }),
    db.product.findMany({
      where: { organizationId, retiredAt: null },
      select: { id: true, name: true, model: true },
      orderBy: byAge,
    }),
    db.riskControlItem.findMany({
      where: { organizationId, status: "active" },
      select: { id: true, seq: true, riskPoint: true },
      orderBy: { seq: "asc" },
      take: 500,
    }),
  ]);
  const owners = people
    .filter((p) => p.roles.some((role) => role !== "viewer"))
    .map((p) => ({ id: p.id, name: p.name }));
  return { owners, sites, products, riskItems };
}

/** What an appointment can cover: sites, products and current risk items, and the active members. */
export async function appointmentScopeOptions(db: Db, organizationId: string) {
  const [sites, products, riskItems, people] = await Promise.all([
    db.site.findMany({ where: { organizationId, retiredAt: null }, select: { id: true, name: true }, orderBy: byAge }),
    db.product.findMany({
      where: { organizationId, retiredAt: null },
      select: { id: true, name: true, model: true },
      orderBy: byAge,
    }),
    db.riskControlItem.findMany({
      where: { organizationId, retiredAt: null },
      select: { id: true, riskPoint: true, stage: true },
      orderBy: { seq: "asc" },
      take: 500,
    }),
    activePeople(db, organizationId),
  ]);
  return { sites, products, riskItems, members: people.map((p) => ({ userId: p.id, name: p.name })) };
}
