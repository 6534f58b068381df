// Regulator agencies (市场监管局/所) and their inspectors. Only platform operators create them
// (ops CLI); regulators never self-register. An inspector is a User with a RegulatorUser row and
// no membership, so every member procedure refuses them.
import { z } from "zod";
import { AgencyLevel, RegionCodeSchema, requiredText, UserCreateSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { hashPassword } from "../auth/password.ts";
import { recordAudit } from "../audit/audit.ts";
import { AppError, fieldError, parseInput } from "../errors.ts";
import { insertUser } from "../users/users.ts";

export const AgencyCreateSchema = z.strictObject({
  name: requiredText(100),
  level: AgencyLevel,
  regionCode: RegionCodeSchema,
});

export interface AgencyRow {
  id: string;
  name: string;
  level: string;
  regionCode: string;
  users: number;
  liveGrants: number;
}

export async function createAgency(db: Db, input: unknown): Promise<{ id: string; name: string }> {
  const data = parseInput(AgencyCreateSchema, input);
  return db.$transaction(async (tx) => {
    if (await tx.regulatorAgency.findUnique({ where: { name: data.name }, select: { id: true } })) {
      throw fieldError("CONFLICT", "name", "field.duplicate");
    }
    const agency = await tx.regulatorAgency.create({ data, select: { id: true, name: true } });
    await recordAudit(tx, {
      organizationId: null,
      actor: { kind: "system" },
      action: "regulator_agency.create",
      entityType: "regulator_agency",
      entityId: agency.id,
      data,
    });
    return agency;
  });
}

/** An agency by id or exact name (the CLI accepts either). */
export async function findAgency(
  db: Pick<Db, "regulatorAgency">,
  idOrName: string,
): Promise<{ id: string; name: string }> {
  const agency = await db.regulatorAgency.findFirst({
    where: { OR: [{ id: idOrName }, { name: idOrName }], retiredAt: null },
    select: { id: true, name: true },
  });
  if (!agency) throw new AppError("NOT_FOUND", { message: `no agency with id or name "${idOrName}"` });
  return agency;
}

export async function addRegulatorUser(
  db: Db,
  agencyIdOrName: string,
  input: unknown,
  title?: string,
): Promise<{ userId: string; regulatorUserId: string; agencyId: string }> {
  const data = parseInput(UserCreateSchema, input);
  const agency = await findAgency(db, agencyIdOrName);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await insertUser(tx, { ...data, passwordHash }, { actor: { kind: "system" } });
    const reg = await tx.regulatorUser.create({
      data: { agencyId: agency.id, userId: user.id, title: title ?? null },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: null,
      actor: { kind: "system" },
      action: "regulator_user.create",
      entityType: "regulator_user",
      entityId: reg.id,
      data: { agencyId: agency.id, email: data.email },
    });
    return { userId: user.id, regulatorUserId: reg.id, agencyId: agency.id };
  });
}

export async function listAgencies(db: Db, now: Date): Promise<AgencyRow[]> {
  const rows = await db.regulatorAgency.findMany({
    where: { retiredAt: null },
    orderBy: [{ regionCode: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      level: true,
      regionCode: true,
      _count: {
        select: {
          users: { where: { deactivatedAt: null } },
          accessGrants: { where: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    regionCode: r.regionCode,
    users: r._count.users,
    liveGrants: r._count.accessGrants,
  }));
}

/** Whether a person is an inspector: an active one, or with `includeDeactivated` any RegulatorUser row. */
export async function isRegulatorUser(
  db: Db,
  userId: string,
  opts: { includeDeactivated?: boolean } = {},
): Promise<boolean> {
  const row = await db.regulatorUser.findFirst({
    where: { userId, ...(opts.includeDeactivated ? {} : { deactivatedAt: null }) },
    select: { id: true },
  });
  return row !== null;
}

/** The agency an inspector works for, as the portal's header shows it. */
export function agencyProfile(db: Db, agencyId: string) {
  return db.regulatorAgency.findUniqueOrThrow({
    where: { id: agencyId },
    select: { id: true, name: true, level: true, regionCode: true },
  });
}
