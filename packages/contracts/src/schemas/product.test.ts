import { describe, expect, it } from "vitest";
import { ProductUpsertSchema } from "./product";

const product = {
  name: "额定电压450/750V聚氯乙烯绝缘电缆",
  code: "BV-2.5",
  productGroupId: "wire-cable",
  scopeRoutes: ["xk", "ccc"],
};

describe("ProductUpsertSchema", () => {
  it("accepts a product of a catalogue group", () => {
    expect(ProductUpsertSchema.parse({ ...product, code: "BV-2.5" })).toMatchObject({ code: "BV-2.5" });
  });

  it("rejects an unknown catalogue group", () => {
    const result = ProductUpsertSchema.safeParse({ ...product, productGroupId: "spaceships" });
    expect(result.error?.issues[0]).toMatchObject({ message: "catalog.unknown_group", path: ["productGroupId"] });
  });

  it("does not combine none with other routes, nor accept duplicates or an empty list", () => {
    const messageFor = (scopeRoutes: string[]) =>
      ProductUpsertSchema.safeParse({ ...product, scopeRoutes }).error?.issues[0]?.message;
    expect(messageFor(["none", "xk"])).toBe("product.scope_none_exclusive");
    expect(messageFor(["xk", "xk"])).toBe("field.duplicate");
    expect(messageFor([])).toBe("field.too_few");
    expect(ProductUpsertSchema.safeParse({ ...product, scopeRoutes: ["none"] }).success).toBe(true);
  });

  it("rejects codes with spaces", () => {
    const result = ProductUpsertSchema.safeParse({ ...product, code: "BV 2.5" });
    expect(result.error?.issues[0]?.message).toBe("code.format");
  });
});
