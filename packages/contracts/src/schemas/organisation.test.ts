import { describe, expect, it } from "vitest";
import { inScopeRoutes, OrganisationCreateSchema, sizeClassOf } from "./organisation";

const valid = {
  name: " 杭州示例电缆有限公司 ",
  uscc: "91110108ma01ab2c3t",
  kind: "producer",
  regionCode: "330106",
  address: "杭州市西湖区示例路 1 号",
  employeeCount: 120,
  annualRevenueWanYuan: 8500.5,
} as const;

describe("OrganisationCreateSchema", () => {
  it("normalises the USCC, trims text and defaults the time zone", () => {
    expect(OrganisationCreateSchema.parse(valid)).toEqual({
      ...valid,
      name: "杭州示例电缆有限公司",
      uscc: "91110108MA01AB2C3T",
      timeZone: "Asia/Shanghai",
    });
  });

  it("requires a sales channel for sellers and producer-sellers, on the salesChannel path", () => {
    for (const kind of ["seller", "both"] as const) {
      const result = OrganisationCreateSchema.safeParse({ ...valid, kind });
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ message: "org.sales_channel_required", path: ["salesChannel"] }),
      ]);
    }
    expect(OrganisationCreateSchema.safeParse({ ...valid, kind: "seller", salesChannel: "retail" }).success).toBe(true);
  });

  it("rejects unknown keys, bad time zones, fractional head counts and bad credit codes", () => {
    const messages = (input: object) =>
      OrganisationCreateSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages({ ...valid, plan: "free" })?.[0]).toMatch(/Unrecognized key/);
    expect(messages({ ...valid, timeZone: "China/Beijing" })).toEqual(["timeZone:timezone.invalid"]);
    expect(messages({ ...valid, employeeCount: 12.5 })).toEqual(["employeeCount:field.not_integer"]);
    expect(messages({ ...valid, annualRevenueWanYuan: -1 })).toEqual(["annualRevenueWanYuan:field.too_small"]);
    expect(messages({ ...valid, uscc: "91110108MA01AB2C3X" })).toEqual(["uscc:uscc.check_digit"]);
  });
});

describe("sizeClassOf (regulation.md §1.1, revenue in 万元)", () => {
  it.each([
    // producer: large ≥1000 staff or ≥40000; medium ≥300 or ≥2000
    ["producer", undefined, 1000, 0, "large"],
    ["producer", undefined, 10, 40_000, "large"],
    ["producer", undefined, 999, 39_999, "medium"],
    ["producer", undefined, 300, 0, "medium"],
    ["producer", undefined, 10, 2_000, "medium"],
    ["producer", undefined, 299, 1_999, "small"],
    ["producer", undefined, 19, 1_999, "micro"],
    // wholesale: large ≥200 or ≥40000; medium ≥20 or ≥5000
    ["seller", "wholesale", 200, 0, "large"],
    ["seller", "wholesale", 20, 0, "medium"],
    ["seller", "wholesale", 19, 4_999, "small"],
    ["seller", "wholesale", 4, 4_999, "micro"],
    // retail: large ≥300 or ≥20000; medium ≥50 or ≥500
    ["seller", "retail", 10, 20_000, "large"],
    ["seller", "retail", 50, 0, "medium"],
    ["seller", "retail", 30, 499, "small"],
    ["seller", "online", 30, 499, "small"],
    ["seller", "retail", 9, 100, "micro"],
  ] as const)("%s/%s with %i staff and %i 万元 → %s", (kind, channel, employees, revenue, expected) => {
    expect(sizeClassOf(kind, channel, employees, revenue)).toBe(expected);
  });

  it("a seller with both channels, or none given, gets the larger class", () => {
    // 25 staff: wholesale medium, retail small.
    expect(sizeClassOf("seller", "both", 25, 200)).toBe("medium");
    expect(sizeClassOf("seller", undefined, 25, 200)).toBe("medium");
    // 5 staff and 600 万元: wholesale micro, retail medium (≥500).
    expect(sizeClassOf("seller", "both", 5, 600)).toBe("medium");
  });

  it("a producer-seller gets the larger of both results", () => {
    expect(sizeClassOf("both", "wholesale", 100, 100)).toBe("medium"); // wholesale medium, producer small
    expect(sizeClassOf("both", "retail", 1000, 0)).toBe("large");
  });
});

describe("inScopeRoutes", () => {
  it("keeps XK and CCC for any size", () => {
    expect(inScopeRoutes("micro", ["ccc", "xk", "ccc"])).toEqual(["xk", "ccc"]);
  });

  it("counts the mandatory-standard route only for large and medium units", () => {
    expect(inScopeRoutes("medium", ["mandatory_standard"])).toEqual(["mandatory_standard"]);
    expect(inScopeRoutes("large", ["mandatory_standard", "xk"])).toEqual(["xk", "mandatory_standard"]);
    expect(inScopeRoutes("small", ["mandatory_standard"])).toEqual(["none"]);
  });

  it("returns none when nothing applies", () => {
    expect(inScopeRoutes("large", [])).toEqual(["none"]);
    expect(inScopeRoutes("large", ["none"])).toEqual(["none"]);
  });
});
