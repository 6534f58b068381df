// Demo data: a Jiangsu e-bike battery producer (Order 75), a Nanjing hardware seller (Order 76,
// with its suppliers' documents, today's 进货查验 and sales) and their district regulator, with about two months of daily/weekly/monthly routines, hazards
// in every state and ~300 ERP inspection records. Everything is relative to `now` and written in
// one transaction; a second run finds the demo organisation and writes nothing.
import { sealPendingChains } from "../audit/chain.ts";
import type { Db } from "@anzhi/db";
import { hashPassword } from "../auth/password.ts";
import { createDailyRuns } from "./daily.ts";
import { planHazards } from "./hazard-plan.ts";
import { createFollowUps, createHazards } from "./hazards.ts";
import { createErpApiKey, createInspections } from "./inspections.ts";
import { createMonthlyMeetings } from "./monthly.ts";
import { createOrganizations, DEMO_SLUGS, type OrgBase } from "./orgs.ts";
import { createPeople, DEMO_PASSWORD, demoLogins } from "./people.ts";
import { createRegulator } from "./regulator.ts";
import { createRiskList } from "./risk-list.ts";
import { createSamplingResults } from "./sampling.ts";
import { createSellerRecords } from "./sellers.ts";
import type { OrgSeed, RiskListSeed, SeedCtx } from "./types.ts";
import { addDays, createRng, eachDay, isWorkingDay, json, localDate, mondayOf } from "./util.ts";
import { createWeeklyReports } from "./weekly.ts";

export { DEMO_PASSWORD } from "./people.ts";
export { DEMO_SLUGS } from "./orgs.ts";

export interface DemoLogin {
  org: string;
  email: string;
  password: string;
  roles: string[];
}

export interface SeedDemoOptions {
  /** Reference instant; all demo dates are relative to it. */
  now: Date;
  /** Encrypts phone and ID numbers for RoleAssignment.phoneEnc / idNumberEnc (the field cipher). */
  encrypt: (plain: string) => string;
}

export interface SeedDemoResult {
  seeded: boolean;
  logins: DemoLogin[];
}

const SEED = 20_261_127;

export async function hasDemoData(db: Db): Promise<boolean> {
  return (await db.organization.count({ where: { slug: DEMO_SLUGS.battery } })) > 0;
}

export async function seedDemo(db: Db, opts: SeedDemoOptions): Promise<SeedDemoResult> {
  const logins = demoLogins();
  if (await hasDemoData(db)) return { seeded: false, logins };
  const now = opts.now;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const encrypt = opts.encrypt;
  const seeded = await db.$transaction(
    async (tx) => {
      // Checked again inside the transaction: another process may have seeded meanwhile.
      if ((await tx.organization.count({ where: { slug: DEMO_SLUGS.battery } })) > 0) return false;
      const today = localDate(now);
      const yesterday = addDays(today, -1);
      const windowStart = mondayOf(addDays(today, -60));
      const ctx: SeedCtx = {
        tx,
        now,
        today,
        yesterday,
        windowStart,
        workingDays: eachDay(windowStart, yesterday).filter(isWorkingDay),
        v2From: addDays(windowStart, 28),
        passwordHash,
        encrypt,
        rng: createRng(SEED),
      };
      await seedAll(ctx);
      return true;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { seeded, logins };
}

async function seedAll(ctx: SeedCtx): Promise<void> {
  const bases = await createOrganizations(ctx);
  const withPeople = async (base: OrgBase): Promise<OrgSeed> => ({
    ...base,
    people: await createPeople(ctx, base),
    apiKeyId: null,
  });
  const battery = await withPeople(bases.battery);
  const hardware = await withPeople(bases.hardware);
  battery.apiKeyId = await createErpApiKey(ctx, battery);
  const orgs = [battery, hardware];
  const regulator = await createRegulator(ctx, battery);

  const lists = new Map<string, RiskListSeed>();
  for (const org of orgs) lists.set(org.id, await createRiskList(ctx, org));
  const list = (org: OrgSeed): RiskListSeed => {
    const l = lists.get(org.id);
    if (!l) throw new Error(`seed: no risk list for ${org.key}`);
    return l;
  };

  const hazards = planHazards(ctx, battery, hardware);
  const runs = new Map<string, Awaited<ReturnType<typeof createDailyRuns>>>();
  for (const org of orgs) runs.set(org.id, await createDailyRuns(ctx, org, list(org), hazards));
  await createInspections(ctx, battery, hazards);
  await createSellerRecords(ctx, hardware);
  await createSamplingResults(ctx, battery, hardware, hazards);
  for (const org of orgs) {
    const orgRuns = runs.get(org.id) ?? [];
    const weeks = await createWeeklyReports(ctx, org, orgRuns, hazards);
    await createMonthlyMeetings(ctx, org, orgRuns, weeks, hazards);
  }
  const hazardIds = await createHazards(ctx, orgs, lists, hazards);
  await createFollowUps(ctx, battery, hardware, hazards, hazardIds, regulator);
  await ctx.tx.auditEvent.create({
    data: {
      actorKind: "system",
      action: "seed.demo",
      entityType: "system",
      dataJson: json({
        now: ctx.now.toISOString(),
        windowStart: ctx.windowStart,
        organizations: orgs.map((o) => o.id),
      }),
      at: ctx.now,
    },
  });
  // The seed writes its audit rows in bulk; chain them as every write path does.
  await sealPendingChains(ctx.tx);
}
