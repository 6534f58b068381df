// Sites and products of the enterprise profile through the tRPC router on a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { defaultStandardsFor } from "@anzhi/contracts";
import { createTestOrg, failure, type TestOrg } from "../testing/profile-fixtures.ts";

let t: TestDb;
let a: TestOrg;
let b: TestOrg;

beforeAll(async () => {
  t = await createTestDb("anzhi-profile-");
  a = await createTestOrg(t.db, { key: "a" });
  b = await createTestOrg(t.db, { key: "b" });
});

afterAll(async () => {
  await t?.cleanup();
});

const factory = { name: "一号厂区", type: "factory", address: "杭州市西湖区文三路1号", regionCode: "330106" } as const;

describe("sites", () => {
  it("creates, lists, edits and retires a site, auditing each step", async () => {
    const site = await a.as("director").profile.sites.create(factory);
    expect(site).toMatchObject({ name: "一号厂区", type: "factory", retiredAt: null });
    // every member reads
    expect((await a.as("viewer").profile.sites.list()).map((s) => s.id)).toContain(site.id);
    const edited = await a.as("principal").profile.sites.update({ id: site.id, ...factory, name: "一号厂区（东）" });
    expect(edited.name).toBe("一号厂区（东）");
    await a.as("director").profile.sites.retire({ id: site.id });
    expect((await a.as("officer").profile.sites.list()).map((s) => s.id)).not.toContain(site.id);
    // retired, never deleted
    const all = await a.as("officer").profile.sites.list({ includeRetired: true });
    expect(all.find((s) => s.id === site.id)?.retiredAt).toBeInstanceOf(Date);
    const audit = await t.db.auditEvent.findMany({
      where: { entityId: site.id },
      select: { action: true },
      orderBy: { at: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["site.create", "site.update", "site.retire"]);
  });

  it("rejects a bad region code on its field and writes nothing", async () => {
    const before = await t.db.site.count();
    const err = await failure(a.as("director").profile.sites.create({ ...factory, regionCode: "12" }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.paths).toEqual(["regionCode"]);
    expect(await t.db.site.count()).toBe(before);
  });

  it("lets neither an officer nor a viewer edit", async () => {
    const before = await t.db.site.count();
    expect((await failure(a.as("officer").profile.sites.create(factory))).code).toBe("FORBIDDEN");
    expect((await failure(a.as("viewer").profile.sites.create(factory))).code).toBe("FORBIDDEN");
    expect(await t.db.site.count()).toBe(before);
  });

  it("keeps organisation A away from B's sites even with B's ids", async () => {
    const siteOfB = await b.as("principal").profile.sites.create({ ...factory, name: "B厂区" });
    expect((await a.as("principal").profile.sites.list({ includeRetired: true })).map((s) => s.id)).not.toContain(
      siteOfB.id,
    );
    expect(
      (await failure(a.as("principal").profile.sites.update({ id: siteOfB.id, ...factory, name: "hijack" }))).code,
    ).toBe("NOT_FOUND");
    expect((await failure(a.as("principal").profile.sites.retire({ id: siteOfB.id }))).code).toBe("NOT_FOUND");
    const row = await t.db.site.findUniqueOrThrow({ where: { id: siteOfB.id } });
    expect(row).toMatchObject({ name: "B厂区", retiredAt: null });
  });
});

describe("products", () => {
  it("creates a key product with the catalogue's standards pre-filled, edits and retires it", async () => {
    const site = await a.as("director").profile.sites.create(factory);
    const product = await a.as("director").profile.products.create({
      name: "电动自行车用锂离子蓄电池",
      model: "48V20Ah",
      productGroupId: "e-bike-battery-charger",
      subProductId: "e-bike-li-ion-battery",
      siteId: site.id,
      scopeRoutes: ["ccc"],
    });
    expect(product).toMatchObject({
      productGroupId: "e-bike-battery-charger",
      isCustom: false,
      siteId: site.id,
      siteName: "一号厂区",
      scopeRoutes: ["ccc"],
    });
    expect(product.standards).toEqual(defaultStandardsFor("e-bike-battery-charger", "e-bike-li-ion-battery"));
    expect(product.standards).toEqual(["GB 43854-2024"]);
    const edited = await a.as("principal").profile.products.update({
      id: product.id,
      name: "锂电池组",
      productGroupId: "e-bike-battery-charger",
      scopeRoutes: ["ccc"],
      standards: ["GB 43854-2024"],
    });
    expect(edited).toMatchObject({ name: "锂电池组", standards: ["GB 43854-2024"], siteId: null });
    await a.as("principal").profile.products.retire({ id: product.id });
    expect((await a.as("viewer").profile.products.list()).map((p) => p.id)).not.toContain(product.id);
    expect((await a.as("viewer").profile.products.list({ includeRetired: true })).map((p) => p.id)).toContain(
      product.id,
    );
  });

  it("accepts a custom product outside the catalogue", async () => {
    const product = await a
      .as("director")
      .profile.products.create({ name: "定制五金件", productGroupId: "custom", scopeRoutes: [] });
    expect(product).toMatchObject({ isCustom: true, productGroupId: "custom", standards: [] });
  });

  it("rejects an unknown group or sub-product on its field, and a site of another organisation, writing nothing", async () => {
    const before = await t.db.product.count();
    expect(
      (
        await failure(
          a.as("director").profile.products.create({ name: "x", productGroupId: "nope", scopeRoutes: ["xk"] }),
        )
      ).paths,
    ).toEqual(["productGroupId"]);
    expect(
      (
        await failure(
          a.as("director").profile.products.create({
            name: "x",
            productGroupId: "cement",
            subProductId: "nope",
            scopeRoutes: ["xk"],
          }),
        )
      ).paths,
    ).toEqual(["subProductId"]);
    const siteOfB = await b.as("principal").profile.sites.create({ ...factory, name: "B二厂" });
    const err = await failure(
      a
        .as("director")
        .profile.products.create({ name: "x", productGroupId: "cement", siteId: siteOfB.id, scopeRoutes: ["xk"] }),
    );
    expect(err).toMatchObject({ code: "NOT_FOUND", appCode: "SITE_NOT_FOUND", paths: ["siteId"] });
    expect(await t.db.product.count()).toBe(before);
  });

  it("keeps products between organisations apart and refuses an officer", async () => {
    const ofB = await b
      .as("director")
      .profile.products.create({ name: "B的水泥", productGroupId: "cement", scopeRoutes: ["xk"] });
    expect((await a.as("principal").profile.products.list({ includeRetired: true })).map((p) => p.id)).not.toContain(
      ofB.id,
    );
    expect(
      (
        await failure(
          a
            .as("principal")
            .profile.products.update({ id: ofB.id, name: "hijack", productGroupId: "cement", scopeRoutes: ["xk"] }),
        )
      ).appCode,
    ).toBe("PRODUCT_NOT_FOUND");
    expect((await failure(a.as("principal").profile.products.retire({ id: ofB.id }))).appCode).toBe(
      "PRODUCT_NOT_FOUND",
    );
    expect((await failure(b.as("officer").profile.products.retire({ id: ofB.id }))).code).toBe("FORBIDDEN");
    expect(
      await t.db.product.findUniqueOrThrow({ where: { id: ofB.id }, select: { name: true, retiredAt: true } }),
    ).toEqual({ name: "B的水泥", retiredAt: null });
  });
});
