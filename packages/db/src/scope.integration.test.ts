import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CrossTenantWriteError, ORG_SCOPED_MODELS, forOrganization } from "./scope.ts";
import { createTestDb, migrationsFor, type TestDb } from "./testing.ts";
import { countAppliedMigrations, migrateUrl } from "./migrate.ts";

let t: TestDb;
let a: string;
let b: string;

const org = (slug: string, uscc: string) => ({
  slug,
  kind: "producer",
  name: `${slug} 有限公司`,
  uscc,
  regionCode: "320411",
  address: "江苏省常州市",
  employeeCount: 100,
  annualRevenueWanYuan: 5000,
  sizeClass: "small",
});

beforeAll(async () => {
  t = await createTestDb();
  a = (await t.db.organization.create({ data: org("org-a", "91350100M000100Y43") })).id;
  b = (await t.db.organization.create({ data: org("org-b", "91110108MA01AB2C3T") })).id;
  await t.db.site.createMany({
    data: [
      { organizationId: a, name: "A 一厂", type: "factory", address: "A" },
      { organizationId: a, name: "A 二厂", type: "factory", address: "A" },
      { organizationId: b, name: "B 门店", type: "store", address: "B" },
    ],
  });
  await t.db.supplier.create({ data: { organizationId: b, name: "B 的供应商", type: "goods", externalId: "S-1" } });
});

afterAll(async () => {
  await t?.cleanup();
});

describe("migrations", () => {
  it("are all applied to a fresh database and re-running applies none", async () => {
    const total = migrationsFor(t).length;
    expect(total).toBeGreaterThanOrEqual(1);
    expect(await countAppliedMigrations(t.url)).toBe(total);
    expect((await migrateUrl(t.url)).applied).toEqual([]);
  });
});

describe("forOrganization", () => {
  it("knows which models are organisation-owned", () => {
    for (const m of ["Site", "Hazard", "InspectionRecord", "DailyCheckRun", "AuditEvent", "ApiKey"]) {
      expect(ORG_SCOPED_MODELS.has(m)).toBe(true);
    }
    expect(ORG_SCOPED_MODELS.has("User")).toBe(false);
  });

  it("never returns rows of another organisation, whatever the query asks", async () => {
    const scoped = forOrganization(t.db, a);
    const sites = await scoped.site.findMany();
    expect(sites.map((s) => s.name).sort()).toEqual(["A 一厂", "A 二厂"]);
    expect(await scoped.site.count()).toBe(2);
    // asking for B's rows explicitly still yields nothing
    expect(await scoped.site.findMany({ where: { organizationId: b } })).toEqual([]);
    const bSite = await t.db.site.findFirstOrThrow({ where: { organizationId: b } });
    expect(await scoped.site.findUnique({ where: { id: bSite.id } })).toBeNull();
    expect(await scoped.supplier.findMany()).toEqual([]);
    const orgs = await scoped.organization.findMany();
    expect(orgs.map((o) => o.id)).toEqual([a]);
    expect(await scoped.organization.findUnique({ where: { id: b } })).toBeNull();
  });

  it("cannot update or delete another organisation's rows", async () => {
    const scoped = forOrganization(t.db, a);
    const bSite = await t.db.site.findFirstOrThrow({ where: { organizationId: b } });
    const res = await scoped.site.updateMany({ where: { id: bSite.id }, data: { name: "hijacked" } });
    expect(res.count).toBe(0);
    await expect(scoped.site.update({ where: { id: bSite.id }, data: { name: "hijacked" } })).rejects.toThrow();
    expect((await t.db.site.findUniqueOrThrow({ where: { id: bSite.id } })).name).toBe("B 门店");
  });

  it("stamps its organisation on creates and refuses to create for another", async () => {
    const scoped = forOrganization(t.db, b);
    const created = await scoped.site.create({ data: { name: "B 仓库", type: "warehouse", address: "B" } as never });
    expect(created.organizationId).toBe(b);
    await expect(
      scoped.site.create({ data: { organizationId: a, name: "x", type: "store", address: "x" } }),
    ).rejects.toThrow(CrossTenantWriteError);
    expect(await forOrganization(t.db, a).site.count()).toBe(2);
  });
});
