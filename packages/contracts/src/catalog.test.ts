import { describe, expect, it } from "vitest";
import raw from "./catalog.data.json" with { type: "json" };
import {
  catalog,
  CatalogSchema,
  findProductGroup,
  genericProducerItems,
  genericSellerItems,
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
      riskPoint: "危险化学品·进货/原料环节",
      basis: ["GB 15258-2009", "GB 30000 series (2013)", "GB 190-2009"],
    });
    expect(items.find((i) => i.catalogItemId === "hazchem-08")).toMatchObject({
      frequency: "monthly",
      trigger: null,
      responsibleRole: "director",
    });
  });

  it("prefers an item's own basis over the group standards", () => {
    const items = riskItemsFor({ kind: "producer", productGroupIds: ["cement"] });
    const withBasis = items.find((i) => i.basis.length === 1 && i.basis[0] === "GB 175-2023 §5");
    expect(withBasis?.productGroupId).toBe("cement");
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
