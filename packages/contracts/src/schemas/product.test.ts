import { describe, expect, it } from "vitest";
import { ProductCreateSchema, ProductUpdateSchema } from "./product";

const product = { name: "额定电压450/750V聚氯乙烯绝缘电缆", productGroupId: "wire-cable", scopeRoutes: ["xk", "ccc"] };

describe("ProductCreateSchema", () => {
  it("accepts a product of a catalogue group", () => {
    expect(ProductCreateSchema.parse({ ...product, code: "BV-2.5" })).toMatchObject({ code: "BV-2.5" });
  });

  it("rejects an unknown catalogue group", () => {
    const result = ProductCreateSchema.safeParse({ ...product, productGroupId: "spaceships" });
    expect(result.error?.issues[0]).toMatchObject({ message: "catalog.unknown_group", path: ["productGroupId"] });
  });

  it("does not combine none with other routes, nor accept duplicates or an empty list", () => {
    const messageFor = (scopeRoutes: string[]) =>
      ProductCreateSchema.safeParse({ ...product, scopeRoutes }).error?.issues[0]?.message;
    expect(messageFor(["none", "xk"])).toBe("product.scope_none_exclusive");
    expect(messageFor(["xk", "xk"])).toBe("field.duplicate");
    expect(messageFor([])).toBe("field.too_few");
    expect(ProductCreateSchema.safeParse({ ...product, scopeRoutes: ["none"] }).success).toBe(true);
  });

  it("rejects codes with spaces", () => {
    const result = ProductCreateSchema.safeParse({ ...product, code: "BV 2.5" });
    expect(result.error?.issues[0]?.message).toBe("code.format");
  });

  it("updates apply the same route rule", () => {
    expect(ProductUpdateSchema.safeParse({ scopeRoutes: ["none", "ccc"] }).success).toBe(false);
    expect(ProductUpdateSchema.parse({ name: "新名称" })).toEqual({ name: "新名称" });
  });
});
