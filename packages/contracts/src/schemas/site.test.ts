import { describe, expect, it } from "vitest";
import { SiteCreateSchema } from "./site";

describe("SiteCreateSchema", () => {
  const site = {
    name: "一号厂区",
    code: "F1",
    type: "factory",
    address: "杭州市西湖区示例路 1 号",
    regionCode: "330106",
  };

  it("accepts a site", () => {
    expect(SiteCreateSchema.parse(site)).toEqual(site);
  });

  it("rejects unknown site types and region codes", () => {
    expect(SiteCreateSchema.safeParse({ ...site, type: "garage" }).success).toBe(false);
    expect(SiteCreateSchema.safeParse({ ...site, regionCode: "990106" }).error?.issues[0]?.message).toBe(
      "region_code.province",
    );
  });
});
