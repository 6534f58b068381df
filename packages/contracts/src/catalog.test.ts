import { describe, expect, it } from "vitest";
import raw from "./catalog.data.json" with { type: "json" };
import {
  catalog,
  CatalogSchema,
  findProductGroup,
  genericProducerItems,
  genericSellerItems,
  PER_OCCURRENCE_TRIGGERS,
  productGroups,
  riskItemsFor,
  UnknownProductGroupError,
} from "./catalog";
import { PRODUCT_GROUP_IDS, ProductGroupIdSchema } from "./product-groups";

function group(id: string) {
  const found = findProductGroup(id);
  if (!found) throw new Error(`missing group ${id}`);
  return found;
}

describe("catalog data", () => {
  it("parses with 18 product groups and 12 + 12 generic items", () => {
    expect(catalog.schemaVersion).toBe("1.0");
    expect(productGroups).toHaveLength(18);
    expect(genericProducerItems).toHaveLength(12);
    expect(genericSellerItems).toHaveLength(12);
  });

  it("has unique item ids across the whole catalogue", () => {
    const ids = [...productGroups.flatMap((g) => g.checkItems), ...genericProducerItems, ...genericSellerItems].map(
      (i) => i.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("the schema rejects drift such as an unknown frequency", () => {
    const drifted = structuredClone(raw);
    const [first] = drifted.genericProducerItems;
    if (!first) throw new Error("no items");
    first.frequency = "hourly";
    expect(CatalogSchema.safeParse(drifted).success).toBe(false);
  });

  it("finds groups by id", () => {
    expect(findProductGroup("cement")?.nameZh).toBe("水泥");
    expect(findProductGroup("nope")).toBeUndefined();
    expect(ProductGroupIdSchema.safeParse("cement").success).toBe(true);
    expect(ProductGroupIdSchema.safeParse("nope").error?.issues[0]?.message).toBe("catalog.unknown_group");
  });

  it("lists in product-groups.ts exactly the catalogue's group ids (the SDK validates with that list)", () => {
    expect([...PRODUCT_GROUP_IDS]).toEqual(productGroups.map((g) => g.id));
  });
});

describe("riskItemsFor", () => {
  it("a producer with one group gets its producer items plus the generic producer items, nothing seller-only", () => {
    const hazchem = group("hazchem");
    const items = riskItemsFor({ kind: "producer", productGroupIds: ["hazchem"] });
    const expectedGroupIds = hazchem.checkItems.filter((i) => i.appliesTo !== "seller").map((i) => i.id);
    expect(items.map((i) => i.catalogItemId)).toEqual([...expectedGroupIds, ...genericProducerItems.map((i) => i.id)]);
    // hazchem-07 applies to both kinds and must be included; there are no seller-only rows.
    expect(expectedGroupIds).toContain("hazchem-07");
    expect(items.some((i) => i.catalogItemId.startsWith("gen-s-"))).toBe(false);
    expect(items.map((i) => i.seq)).toEqual(items.map((_, index) => index + 1));
  });

  it("a seller gets seller/both items and the generic seller items", () => {
    const refinedOil = group("refined-oil");
    const items = riskItemsFor({ kind: "seller", productGroupIds: ["refined-oil"] });
    const expected = refinedOil.checkItems.filter((i) => i.appliesTo !== "producer").map((i) => i.id);
    expect(items.map((i) => i.catalogItemId)).toEqual([...expected, ...genericSellerItems.map((i) => i.id)]);
  });

  it("both → every item of the group plus both generic lists", () => {
    const items = riskItemsFor({ kind: "both", productGroupIds: ["fireworks", "cement"] });
    const expectedCount =
      group("fireworks").checkItems.length +
      group("cement").checkItems.length +
      genericProducerItems.length +
      genericSellerItems.length;
    expect(items).toHaveLength(expectedCount);
    expect(items[0]?.productGroupId).toBe("fireworks");
  });

  it("ignores repeated group ids", () => {
    const once = riskItemsFor({ kind: "producer", productGroupIds: ["cement"] });
    expect(riskItemsFor({ kind: "producer", productGroupIds: ["cement", "cement"] })).toEqual(once);
  });

  it("maps a catalogue item onto a draft row", () => {
    const items = riskItemsFor({ kind: "producer", productGroupIds: ["hazchem"] });
    expect(items.find((i) => i.catalogItemId === "hazchem-01")).toMatchObject({
      productGroupId: "hazchem",
      stage: "incoming",
      frequency: "daily",
      trigger: "perBatch",
      triggerNote: "每批检查",
      responsibleRole: "officer",
      riskPoint: "危险化学品：主要原料来源不明或指标超标即投入生产",
      consequence: "泄漏、火灾、爆炸或中毒事故",
      riskLevel: "significant",
      checkMethod: "document",
      basis: [
        "GB 15258-2009《化学品安全标签编写规定》",
        "GB 30000系列（2013）《化学品分类和标签规范》",
        "GB 190-2009《危险货物包装标志》",
      ],
    });
    expect(items.find((i) => i.catalogItemId === "hazchem-08")).toMatchObject({
      frequency: "monthly",
      trigger: null,
      responsibleRole: "director",
    });
  });

  it("prefers an item's own basis over the group standards", () => {
    const items = riskItemsFor({ kind: "producer", productGroupIds: ["cement"] });
    const withBasis = items.find((i) => i.basis.length === 1 && i.basis[0] === "GB 175-2023《通用硅酸盐水泥》第5章");
    expect(withBasis?.productGroupId).toBe("cement");
  });

  it("puts every check at a per-batch, per-unit, per-lot, per-delivery or per-sale trigger on the officer, daily", () => {
    const all = riskItemsFor({ kind: "both", productGroupIds: productGroups.map((g) => g.id) });
    const triggered = all.filter((i) => i.trigger !== null && PER_OCCURRENCE_TRIGGERS.has(i.trigger));
    expect(triggered.length).toBeGreaterThan(50);
    for (const i of triggered) expect([i.frequency, i.responsibleRole], i.catalogItemId).toEqual(["daily", "officer"]);
    // the notice's per-batch tests named in the issue
    for (const id of ["safety-helmet-04", "e-bike-helmet-04", "elderly-products-03", "gen-s-02"])
      expect(all.find((i) => i.catalogItemId === id)).toMatchObject({ frequency: "daily", responsibleRole: "officer" });
  });

  it("gives every item a real risk point, consequence, level, check method and a Chinese basis", () => {
    const all = riskItemsFor({ kind: "both", productGroupIds: productGroups.map((g) => g.id) });
    const strip = (t: string) =>
      t.replace(/\b(GB|QB)(\/T)?\s?[\d.]+(-\d{4})?/g, "").replace(/\b(CCC|Ex|BMS|OCV|ABS|PC|HDPE|pH|BB)\b/g, "");
    for (const i of all) {
      expect(i.riskPoint).not.toMatch(/·.*环节$/);
      expect(i.riskPoint.length).toBeGreaterThan(6);
      expect(i.consequence.length).toBeGreaterThan(3);
      for (const b of i.basis) {
        expect(b.length).toBeLessThanOrEqual(64);
        expect(strip(b), i.catalogItemId).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
  });

  it("generic items carry no group", () => {
    const items = riskItemsFor({ kind: "seller", productGroupIds: [] });
    expect(items).toHaveLength(genericSellerItems.length);
    expect(items.every((i) => i.productGroupId === null)).toBe(true);
  });

  it("throws a specific error naming every unknown id", () => {
    let caught: unknown;
    try {
      riskItemsFor({ kind: "producer", productGroupIds: ["cement", "bogus", "also-bogus"] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownProductGroupError);
    expect(caught).toMatchObject({ code: "PRODUCT_GROUP_UNKNOWN", ids: ["bogus", "also-bogus"] });
  });
});
