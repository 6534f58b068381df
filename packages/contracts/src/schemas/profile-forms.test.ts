// The enterprise-profile and risk-list form schemas: catalogue choices, licence/CCC numbers and
// dates with field-specific keys, and the reason every list change needs.
import { describe, expect, it } from "vitest";
import { CccSaveSchema, LicenceEditSchema, LicenceSaveSchema } from "./certificate";
import { defaultScopeRoutesFor, defaultStandardsFor, ProductSaveSchema } from "./product-profile";
import { RiskItemRetireSchema } from "./risk-item";
import { SiteSaveSchema } from "./site";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join(".")}:${i.message}`);

describe("ProductSaveSchema", () => {
  it("accepts a catalogue group with one of its sub-products, and a custom product", () => {
    expect(
      ProductSaveSchema.safeParse({
        name: "锂电池",
        productGroupId: "e-bike-battery-charger",
        subProductId: "e-bike-li-ion-battery",
        scopeRoutes: ["ccc"],
      }).success,
    ).toBe(true);
    expect(ProductSaveSchema.safeParse({ name: "五金件", productGroupId: "custom", scopeRoutes: [] }).success).toBe(
      true,
    );
  });

  it("names the field of an unknown group or a sub-product of another group", () => {
    expect(issues(ProductSaveSchema.safeParse({ name: "x", productGroupId: "nope", scopeRoutes: ["xk"] }))).toEqual([
      "productGroupId:catalog.unknown_group",
    ]);
    expect(
      issues(
        ProductSaveSchema.safeParse({
          name: "x",
          productGroupId: "cement",
          subProductId: "e-bike-charger",
          scopeRoutes: ["xk"],
        }),
      ),
    ).toEqual(["subProductId:field.invalid_option"]);
    expect(
      issues(
        ProductSaveSchema.safeParse({
          name: "x",
          productGroupId: "custom",
          subProductId: "e-bike-charger",
          scopeRoutes: [],
        }),
      ),
    ).toEqual(["subProductId:field.invalid_option"]);
  });

  it("keeps every scope route a product holds, in one order, and refuses a repeated one", () => {
    const parsed = ProductSaveSchema.parse({ name: "x", productGroupId: "cement", scopeRoutes: ["ccc", "xk"] });
    expect(parsed.scopeRoutes).toEqual(["ccc", "xk"]);
    expect(ProductSaveSchema.parse({ name: "x", productGroupId: "cement" }).scopeRoutes).toEqual([]);
    expect(
      issues(ProductSaveSchema.safeParse({ name: "x", productGroupId: "cement", scopeRoutes: ["xk", "xk"] })),
    ).toEqual(["scopeRoutes:field.duplicate"]);
  });

  it("pre-fills mandatory standards and the likely scope routes from the catalogue", () => {
    expect(defaultStandardsFor("cement")).toEqual(["GB 175-2023", "GB 31893", "GB 6566-2010"]);
    expect(defaultStandardsFor("e-bike-battery-charger", "e-bike-charger")).toEqual(["GB 42296-2022"]);
    expect(defaultStandardsFor("custom")).toEqual([]);
    expect(defaultScopeRoutesFor("e-bike")).toContain("ccc");
    expect(defaultScopeRoutesFor("cement")).toEqual(["xk", "mandatory_standard"]);
    expect(defaultScopeRoutesFor("e-bike-helmet")).toEqual(["mandatory_standard"]);
    expect(defaultScopeRoutesFor("custom")).toEqual([]);
  });
});

const licence = {
  licenceNo: "（苏）xk08 001 00123",
  productScope: "水泥",
  holderName: "某公司",
  issuer: "江苏省市场监督管理局",
  issueDate: "2024-01-10",
  expiryDate: "2029-01-09",
};

describe("licence and CCC forms", () => {
  it("normalises a licence number and defaults the status", () => {
    const parsed = LicenceSaveSchema.parse(licence);
    expect(parsed).toMatchObject({ licenceNo: "(苏)XK08-001-00123", status: "valid" });
  });

  it("puts a wrong number on licenceNo and an expiry before the issue date on expiryDate", () => {
    expect(issues(LicenceSaveSchema.safeParse({ ...licence, licenceNo: "XK-1" }))).toEqual([
      "licenceNo:licence_no.format",
    ]);
    expect(issues(LicenceEditSchema.safeParse({ id: "x", ...licence, expiryDate: "2024-01-09" }))).toEqual([
      "expiryDate:date.expiry_before_issue",
    ]);
  });

  it("checks a CCC certificate's number, dates and first-issue year", () => {
    const ccc = {
      certNo: "2024011001234567",
      productScope: "锂电池",
      holderName: "甲",
      manufacturerName: "甲",
      factoryName: "甲厂",
      issuer: "CQC",
      issueDate: "2024-05-10",
      expiryDate: "2029-05-09",
    };
    expect(CccSaveSchema.safeParse(ccc).success).toBe(true);
    expect(issues(CccSaveSchema.safeParse({ ...ccc, expiryDate: "2024-05-09" }))).toEqual([
      "expiryDate:date.expiry_before_issue",
    ]);
    expect(issues(CccSaveSchema.safeParse({ ...ccc, issueDate: "2023-05-10" }))).toEqual([
      "certNo:ccc_no.year_after_issue",
    ]);
  });
});

describe("site and risk-list forms", () => {
  it("has no ERP code on the profile's site form", () => {
    expect(SiteSaveSchema.safeParse({ name: "厂", type: "factory", address: "地址", code: "A1" }).success).toBe(false);
    expect(SiteSaveSchema.safeParse({ name: "厂", type: "factory", address: "地址" }).success).toBe(true);
  });

  it("requires a non-blank reason to retire an item", () => {
    expect(issues(RiskItemRetireSchema.safeParse({ itemId: "i1", reason: "   " }))).toEqual(["reason:field.required"]);
  });
});
