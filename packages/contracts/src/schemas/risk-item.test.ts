import { describe, expect, it } from "vitest";
import { RiskControlItemCreateSchema } from "./risk-item";

describe("RiskControlItemCreateSchema", () => {
  it("a viewer cannot be the responsible role", () => {
    const result = RiskControlItemCreateSchema.safeParse({
      stage: "process",
      riskCategory: "关键参数失控",
      riskPoint: "焊接电流漂移",
      controlMeasure: "每班首件检查焊接电流",
      frequency: "daily",
      responsibleRole: "viewer",
    });
    expect(result.error?.issues[0]).toMatchObject({
      message: "risk_item.viewer_not_responsible",
      path: ["responsibleRole"],
    });
  });
});
