import { describe, expect, it } from "vitest";
import { riskItemsFor } from "../catalog";
import { RiskControlItemCreateSchema, toRiskItemCreate } from "./risk-item";

describe("RiskControlItemCreateSchema", () => {
  it("accepts every catalogue draft row, converted with toRiskItemCreate", () => {
    const drafts = riskItemsFor({ kind: "both", productGroupIds: ["e-bike", "fireworks"] });
    for (const draft of drafts) {
      const input = toRiskItemCreate(draft);
      expect(RiskControlItemCreateSchema.parse(input), draft.catalogItemId).toEqual(input);
    }
    const perBatch = drafts.find((d) => d.trigger === "perBatch");
    expect(perBatch && toRiskItemCreate(perBatch).trigger).toBe("perBatch");
    const generic = drafts.find((d) => d.productGroupId === null);
    expect(generic && "productGroupId" in toRiskItemCreate(generic)).toBe(false);
  });

  it("a viewer cannot be the responsible role", () => {
    const result = RiskControlItemCreateSchema.safeParse({
      stage: "process",
      riskCategory: "关键参数失控",
      riskPoint: "焊接电流漂移",
      controlMeasure: "每班首件检查焊接电流",
      frequency: "daily",
      responsibleRole: "viewer",
    });
    expect(result.error?.issues[0]).toMatchObject({ message: "risk_item.viewer_not_responsible", path: ["responsibleRole"] });
  });
});
