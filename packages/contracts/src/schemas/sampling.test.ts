import { describe, expect, it } from "vitest";
import { objectionDeadlineOf, SupervisionSamplingResultCreateSchema } from "./sampling";

const result = {
  samplingType: "provincial",
  organizingAuthority: "浙江省市场监督管理局",
  testingInstitution: "浙江省质量科学研究院",
  samplingDate: "2026-03-03",
  samplingFormNo: "ZJ-2026-0001",
  samplingLocation: "production",
  nominalProducer: "杭州示例电缆有限公司",
  productName: "聚氯乙烯绝缘电缆",
  specModel: "BV 2.5mm²",
  batchNoOrDate: "B260302",
  inspectionBasis: "GB/T 5023.3-2008",
  reportNo: "R2026-0311",
  reportDate: "2026-03-20",
  resultReceivedOn: "2026-03-25",
  conclusion: "pass",
};

const messages = (input: unknown) =>
  SupervisionSamplingResultCreateSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ??
  [];

describe("SupervisionSamplingResultCreateSchema", () => {
  it("accepts a passed sampling", () => {
    expect(messages(result)).toEqual([]);
  });

  it("a failure lists the failed items", () => {
    expect(messages({ ...result, conclusion: "fail" })).toEqual(["failedItems:sampling.failed_items_required"]);
    const failedItems = [{ item: "导体电阻", requirement: "≤7.41 Ω/km", measured: "7.92", severity: "serious" }];
    expect(messages({ ...result, conclusion: "fail", failedItems })).toEqual([]);
  });

  it("keeps sampling ≤ report ≤ received", () => {
    expect(messages({ ...result, reportDate: "2026-03-01" })).toEqual(["reportDate:date.order"]);
    expect(messages({ ...result, resultReceivedOn: "2026-03-19" })).toEqual(["resultReceivedOn:date.order"]);
  });
});

describe("objectionDeadlineOf", () => {
  it("is 15 days after receipt by default (PQL art. 15)", () => {
    expect(objectionDeadlineOf("2026-03-25")).toBe("2026-04-09");
    expect(objectionDeadlineOf("2026-12-20", 30)).toBe("2027-01-19");
  });
});
