// The producer's release rules on a real SQLite file (docs/decisions/018): an outgoing record that
// is incomplete (出厂检验记录不全) is refused through the ERP path with every missing field named; a
// batch released or shipped without a passing outgoing inspection is flagged 未检验出厂.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import type { IngestCaller } from "./context.ts";
import { pushShipments } from "../shipments/shipments.ts";
import { pushInspections } from "./push-inspections.ts";

let t: TestDb;
let caller: IngestCaller;
let orgId: string;

const outgoing = (externalId: string, over: Record<string, unknown> = {}) => ({
  externalId,
  productCode: "WIRE-6",
  specModel: "BV 450/750V 1×6mm²",
  batchNo: `B-${externalId}`,
  quantity: 100,
  unit: "卷",
  inspectedAt: "2027-03-01T10:00:00+08:00",
  result: "pass",
  inspector: "蒋涛",
  approver: "周建华",
  releaseDecision: "released",
  markingCheck: "pass",
  standardNo: "GB/T 5023.3-2008",
  lines: [
    { item: "导体电阻", requirement: "≤3.08 Ω/km", measured: "3.01", unit: "Ω/km", result: "pass" },
    { item: "电压试验", requirement: "2500V 5min 不击穿", measured: "不击穿", result: "pass" },
  ],
  ...over,
});

beforeAll(async () => {
  t = await createTestDb("anzhi-release-");
  const org = await t.db.organization.create({
    data: {
      slug: "release",
      kind: "producer",
      name: "release",
      uscc: "91350100M000100Y43",
      regionCode: "320411",
      address: "常州",
      employeeCount: 10,
      annualRevenueWanYuan: 100,
      sizeClass: "micro",
      timeZone: "Asia/Shanghai",
    },
  });
  orgId = org.id;
  const user = await t.db.user.create({ data: { email: "r@example.test", name: "R", passwordHash: "x" } });
  await t.db.site.create({ data: { organizationId: org.id, name: "厂区", type: "factory", address: "常州" } });
  await t.db.product.create({
    data: {
      organizationId: org.id,
      code: "WIRE-6",
      name: "聚氯乙烯绝缘电线",
      model: "BV 450/750V 1×6mm²",
      productGroupId: "wire-cable",
      scopeRoutesJson: '["xk","ccc"]',
      releaseItemsJson: '["导体电阻","电压试验"]',
    },
  });
  await t.db.product.create({
    data: {
      organizationId: org.id,
      code: "HOSE-1",
      name: "燃气用不锈钢波纹软管",
      model: "DN12",
      productGroupId: "gas-appliances",
      scopeRoutesJson: '["mandatory_standard"]',
    },
  });
  const key = await t.db.apiKey.create({
    data: { organizationId: org.id, name: "k", prefix: "anz_release", keyHash: "h", createdByUserId: user.id },
  });
  caller = {
    organizationId: org.id,
    apiKeyId: key.id,
    siteId: null,
    locale: "zh-CN",
    now: new Date("2027-03-01T04:00:00Z"),
  };
});
afterAll(async () => t?.cleanup());

describe("出厂检验记录不全 through the ERP path", { timeout: 30_000 }, () => {
  it("refuses an outgoing record without its lines, approver, release decision and CCC marking check, naming each", async () => {
    const bare = outgoing("E-1", {
      lines: [],
      approver: undefined,
      releaseDecision: undefined,
      markingCheck: undefined,
    });
    const report = await pushInspections(t.db, caller, "outgoing", [bare]);
    const issues = report.results[0]?.issues ?? [];
    expect(report.results[0]?.status).toBe("rejected");
    expect(issues.map((i) => i.path)).toEqual(["lines", "lines", "approver", "releaseDecision", "markingCheck"]);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(["RECORD_INCOMPLETE"]));
    expect(issues[1]?.message).toBe("缺少产品执行标准要求的出厂检验项目：导体电阻、电压试验");
    expect(await t.db.inspectionRecord.count({ where: { organizationId: orgId } })).toBe(0);
  });

  it("names the one required item missing, and the failed marking of a released CCC batch", async () => {
    const report = await pushInspections(t.db, caller, "outgoing", [
      outgoing("E-2", { lines: [outgoing("x").lines[0]] }),
      outgoing("E-3", { markingCheck: "fail" }),
    ]);
    expect(report.results.map((r) => [r.status, r.issues?.map((i) => i.message)])).toEqual([
      ["rejected", ["缺少产品执行标准要求的出厂检验项目：电压试验"]],
      ["rejected", ["标志核对不合格的CCC产品不能放行"]],
    ]);
  });

  it("stores a complete record; a product without CCC needs no marking check, but still a line", async () => {
    const report = await pushInspections(t.db, caller, "outgoing", [
      outgoing("OK-1"),
      outgoing("OK-2", { productCode: "HOSE-1", specModel: "DN12", markingCheck: undefined }),
      outgoing("E-4", { productCode: "HOSE-1", specModel: "DN12", lines: [] }),
    ]);
    expect(report.results.map((r) => r.status)).toEqual(["created", "created", "rejected"]);
    expect(report.results[2]?.issues?.map((i) => i.path)).toEqual(["lines"]);
  });
});

const shipment = (externalId: string, over: Record<string, unknown> = {}) => ({
  externalId,
  productCode: "WIRE-6",
  event: "shipped",
  batchNo: "B-OK-1",
  quantity: 20,
  unit: "卷",
  shippedOn: "2027-03-01",
  consignee: "南京五金城",
  ...over,
});

describe("未检验出厂", { timeout: 30_000 }, () => {
  it("flags a pushed release of a batch without a passing inspection, once per batch, and not an inspected one", async () => {
    const report = await pushShipments(t.db, caller, [
      shipment("S-1"),
      shipment("S-2", { batchNo: "B-NONE", event: "released" }),
      shipment("S-3", { batchNo: "B-NONE" }),
      // inspected on 2027-03-01: a shipment dated the day before was not inspected yet
      shipment("S-4", { shippedOn: "2027-02-28" }),
      shipment("S-5", { productCode: "NOPE" }),
    ]);
    expect(report.results.map((r) => r.status)).toEqual(["created", "created", "created", "created", "rejected"]);
    const rows = await t.db.shipment.findMany({ where: { organizationId: orgId }, orderBy: { externalId: "asc" } });
    expect(rows.map((r) => [r.externalId, r.uninspected, r.inspectionRecordId !== null])).toEqual([
      ["S-1", false, true],
      ["S-2", true, false],
      ["S-3", true, false],
      ["S-4", true, false],
    ]);
    const hazards = await t.db.hazard.findMany({ where: { organizationId: orgId, ruleKey: "uninspected_release" } });
    expect(hazards.map((h) => h.title).sort()).toEqual([
      "未检验出厂：聚氯乙烯绝缘电线（BV 450/750V 1×6mm²）（批次 B-NONE）",
      "未检验出厂：聚氯乙烯绝缘电线（BV 450/750V 1×6mm²）（批次 B-OK-1）",
    ]);
    expect(rows[1]?.hazardId).toBe(rows[2]?.hazardId);
    expect(report.results[1]?.hazardNo).toBeDefined();
    // the same push again changes nothing and opens nothing
    const again = await pushShipments(t.db, caller, [
      shipment("S-1"),
      shipment("S-2", { batchNo: "B-NONE", event: "released" }),
    ]);
    expect(again.results.map((r) => r.status)).toEqual(["unchanged", "unchanged"]);
    expect(await t.db.hazard.count({ where: { organizationId: orgId, ruleKey: "uninspected_release" } })).toBe(2);
  });
});
