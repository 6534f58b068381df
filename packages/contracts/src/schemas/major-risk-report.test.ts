import { describe, expect, it } from "vitest";
import { MajorRiskReportCreateSchema } from "./major-risk-report";

const report = {
  title: "BV 电缆导体电阻超标",
  productIds: ["prd_1"],
  batchNos: ["B260302"],
  discoveredAt: "2026-03-25T10:00:00+08:00",
  description: "省抽检导体电阻 7.92 Ω/km，超出标准要求",
  containmentActions: ["stop_sales", "recall"],
  measuresTaken: "已通知经销商停售并启动召回",
  regulatorAuthority: "杭州市市场监督管理局",
};

describe("MajorRiskReportCreateSchema", () => {
  it("accepts a report", () => {
    expect(MajorRiskReportCreateSchema.safeParse(report).success).toBe(true);
  });

  it("needs at least one product and one containment action, each once", () => {
    const messages = (input: unknown) =>
      MajorRiskReportCreateSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages({ ...report, productIds: [] })).toEqual(["productIds:field.too_few"]);
    expect(messages({ ...report, containmentActions: [] })).toEqual(["containmentActions:field.too_few"]);
    expect(messages({ ...report, containmentActions: ["recall", "recall"] })).toEqual([
      "containmentActions:field.duplicate",
    ]);
  });
});
