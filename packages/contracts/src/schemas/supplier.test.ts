import { describe, expect, it } from "vitest";
import { SupplierCreateSchema } from "./supplier";

describe("SupplierCreateSchema", () => {
  it("normalises an optional USCC", () => {
    const parsed = SupplierCreateSchema.parse({
      externalId: "V-0042",
      name: "福州示例铜材厂",
      uscc: "91350100m000100y43",
      type: "raw_material",
    });
    expect(parsed.uscc).toBe("91350100M000100Y43");
  });

  it("accepts a supplier without a USCC but validates one when given", () => {
    expect(SupplierCreateSchema.safeParse({ name: "Foreign GmbH", type: "component" }).success).toBe(true);
    const result = SupplierCreateSchema.safeParse({ name: "X", type: "goods", uscc: "91350100M000100Y44" });
    expect(result.error?.issues[0]).toMatchObject({ message: "uscc.check_digit", path: ["uscc"] });
  });

  it("limits the external id to 128 characters", () => {
    const result = SupplierCreateSchema.safeParse({ name: "X", type: "goods", externalId: "x".repeat(129) });
    expect(result.error?.issues[0]?.message).toBe("field.too_long");
  });
});
