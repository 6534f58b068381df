// The district market regulator with one inspector, the producer's live access grant (all
// ledgers) and a few logged reads.
import { REGULATOR_AGENCY_NAME, REGULATOR_PERSON } from "./people.ts";
import type { OrgSeed, SeedCtx } from "./types.ts";
import { addDays, atLocal, json, newId } from "./util.ts";

export interface RegulatorSeed {
  agencyId: string;
  regulatorUserId: string;
  userId: string;
}

export async function createRegulator(ctx: SeedCtx, battery: OrgSeed): Promise<RegulatorSeed> {
  const { tx } = ctx;
  const cityId = newId();
  const agencyId = newId();
  const createdAt = addDays(ctx.windowStart, -30);
  await tx.regulatorAgency.create({
    data: {
      id: cityId,
      name: "常州市市场监督管理局",
      level: "city",
      regionCode: "320400",
      createdAt: atLocal(createdAt, 9),
    },
  });
  await tx.regulatorAgency.create({
    data: {
      id: agencyId,
      name: REGULATOR_AGENCY_NAME,
      level: "district",
      regionCode: "320411",
      parentId: cityId,
      createdAt: atLocal(createdAt, 9),
    },
  });
  const userId = newId();
  await tx.user.create({
    data: {
      id: userId,
      email: REGULATOR_PERSON.email,
      name: REGULATOR_PERSON.name,
      phone: REGULATOR_PERSON.phone,
      passwordHash: ctx.passwordHash,
      createdAt: atLocal(createdAt, 9, 30),
      updatedAt: atLocal(createdAt, 9, 30),
      lastLoginAt: atLocal(addDays(ctx.today, -2), 9, 5),
    },
  });
  const regulatorUserId = newId();
  await tx.regulatorUser.create({
    data: { id: regulatorUserId, agencyId, userId, title: "质量监督科 一级科员", createdAt: atLocal(createdAt, 9, 30) },
  });

  const grantedAt = atLocal(addDays(ctx.windowStart, 3), 10, 0);
  const grantId = newId();
  await tx.accessGrant.create({
    data: {
      id: grantId,
      organizationId: battery.id,
      agencyId,
      ledgers: "all",
      grantedByUserId: battery.people.principal,
      grantedAt,
      note: "配合新北区市场监管局日常监督检查",
    },
  });
  await tx.auditEvent.create({
    data: {
      organizationId: battery.id,
      actorUserId: battery.people.principal,
      actorKind: "user",
      action: "access_grant.create",
      entityType: "access_grant",
      entityId: grantId,
      dataJson: json({ agencyId, ledgers: "all" }),
      at: grantedAt,
    },
  });
  const reads = [
    { days: -20, ledger: "daily", action: "view", format: null, filters: {} },
    { days: -3, ledger: "hazards", action: "view", format: null, filters: { status: ["open", "rectifying"] } },
    {
      days: -2,
      ledger: "inspections",
      action: "export",
      format: "xlsx",
      filters: { kind: "outgoing", result: "fail" },
    },
    { days: -2, ledger: "sampling", action: "view", format: null, filters: {} },
  ];
  await tx.regulatorReadLog.createMany({
    data: reads.map((r, i) => ({
      regulatorUserId,
      agencyId,
      organizationId: battery.id,
      ledger: r.ledger,
      action: r.action,
      format: r.format,
      filtersJson: json(r.filters),
      at: atLocal(addDays(ctx.today, r.days), 9, 10 + i * 7),
    })),
  });
  return { agencyId, regulatorUserId, userId };
}
