// The checks a product's set of routes demands (docs/decisions/018) through the tRPC routers and
// the daily scheduler on a real SQLite file, at chosen instants: a licence expiring (无证生产), a
// model outside every licence's scope (超范围生产), an XK+CCC product failing each check, no second
// hazard on a re-check, and the ERP code of a product typed in the web app resolving ERP pushes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createApiKey } from "@anzhi/domain/api-keys/api-keys";
import { pushProducts } from "@anzhi/domain/ingest/products";
import { schedulerTick } from "@anzhi/domain/routines/scheduler";
import { testClock } from "../testing/clock.ts";
import { createTestOrg, failure, type TestOrg } from "../testing/profile-fixtures.ts";

let t: TestDb;
const clock = testClock("2027-03-01 09:00");

beforeAll(async () => {
  t = await createTestDb("anzhi-routes-");
});
afterAll(async () => t?.cleanup());

const licence = (over: Record<string, unknown> = {}) => ({
  licenceNo: "(浙)XK08-001-00321",
  productScope: "水泥",
  scopeUnits: [{ unit: "通用硅酸盐水泥", models: ["P·O 42.5", "P·S·A 32.5"] }],
  holderName: "测试水泥有限公司",
  issuer: "浙江省市场监督管理局",
  issueDate: "2024-03-01",
  expiryDate: "2027-03-10",
  ...over,
});

const ccc = (over: Record<string, unknown> = {}) => ({
  certNo: "2024011001234570",
  productScope: "电线电缆",
  modelSpec: "BV 450/750V 1×2.5mm²、BV 450/750V 1×4mm²",
  holderName: "测试企业有限公司",
  manufacturerName: "测试企业有限公司",
  factoryName: "测试企业有限公司一号厂",
  issuer: "中国质量认证中心",
  issueDate: "2024-05-10",
  expiryDate: "2029-05-09",
  ...over,
});

async function openRules(org: TestOrg, productId: string) {
  const rows = await t.db.hazard.findMany({
    where: { organizationId: org.id, productId, status: { not: "closed" } },
    select: { ruleKey: true, title: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.ruleKey);
}

describe("生产许可 (xk)", { timeout: 30_000 }, () => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await createTestOrg(t.db, { key: "x", clock });
  });

  it("opens 无证生产 once the licence expires, on the daily run, and never twice", async () => {
    clock.set("2027-03-01 09:00");
    const product = await org.as("director").profile.products.create({
      name: "通用硅酸盐水泥",
      model: "P·O 42.5",
      productGroupId: "cement",
      scopeRoutes: ["xk", "mandatory_standard"],
    });
    expect(await openRules(org, product.id)).toEqual(["xk_unlicensed"]);
    const hazard = await t.db.hazard.findFirstOrThrow({ where: { productId: product.id, ruleKey: "xk_unlicensed" } });
    expect(hazard.title).toBe("无证生产：通用硅酸盐水泥（P·O 42.5）");
    // a valid licence covering the model: the open hazard waits for its rectification, no new one
    await org.as("director").certificates.licences.create(licence({ productIds: [product.id] }));
    await t.db.hazard.update({ where: { id: hazard.id }, data: { status: "closed", closedAt: clock() } });
    expect((await schedulerTick(t.db, clock())).errors).toEqual([]);
    expect(await openRules(org, product.id)).toEqual([]);
    // the licence expires on 2027-03-10: still valid that day, 无证生产 the next
    clock.set("2027-03-10 23:50");
    await schedulerTick(t.db, clock());
    expect(await openRules(org, product.id)).toEqual([]);
    clock.set("2027-03-11 00:10");
    await schedulerTick(t.db, clock());
    expect(await openRules(org, product.id)).toEqual(["xk_unlicensed"]);
    await schedulerTick(t.db, clock());
    clock.advance(86_400_000);
    await schedulerTick(t.db, clock());
    expect(await openRules(org, product.id)).toEqual(["xk_unlicensed"]);
  });

  it("opens 超范围生产 for a model no valid licence's scope names, on the product's change", async () => {
    clock.set("2027-03-01 09:00");
    const other = await createTestOrg(t.db, { key: "y", clock });
    const lic = await other.as("director").certificates.licences.create(licence({ licenceNo: "(浙)XK08-001-00322" }));
    expect(lic.scopeUnits).toEqual([{ unit: "通用硅酸盐水泥", models: ["P·O 42.5", "P·S·A 32.5"] }]);
    const product = await other.as("director").profile.products.create({
      name: "通用硅酸盐水泥",
      model: "P·O 52.5",
      productGroupId: "cement",
      scopeRoutes: ["xk"],
    });
    // before any licence is linked it is 无证生产; that hazard is rectified by linking one
    expect(await openRules(other, product.id)).toEqual(["xk_unlicensed"]);
    await t.db.hazard.updateMany({ where: { productId: product.id }, data: { status: "closed", closedAt: clock() } });
    await other.as("director").certificates.licences.update({
      id: lic.id,
      ...licence({ licenceNo: lic.licenceNo, productIds: [product.id] }),
    });
    expect(await openRules(other, product.id)).toEqual(["xk_out_of_scope"]);
    const h = await t.db.hazard.findFirstOrThrow({ where: { productId: product.id, ruleKey: "xk_out_of_scope" } });
    expect(h.title).toBe("超范围生产：通用硅酸盐水泥（P·O 52.5）");
    expect(h.description).toContain("(浙)XK08-001-00322");
    // the same model, written differently, is inside the scope: no new hazard for the changed product
    const inside = await other.as("director").profile.products.create({
      name: "通用硅酸盐水泥",
      model: "p·o42.5",
      productGroupId: "cement",
      scopeRoutes: ["xk"],
    });
    await t.db.hazard.updateMany({ where: { productId: inside.id }, data: { status: "closed", closedAt: clock() } });
    await other.as("director").certificates.licences.update({
      id: lic.id,
      ...licence({ licenceNo: lic.licenceNo, productIds: [product.id, inside.id] }),
    });
    expect(await openRules(other, inside.id)).toEqual([]);
    expect(await openRules(other, product.id)).toEqual(["xk_out_of_scope"]);
  });
});

describe("a product under both XK and CCC", { timeout: 30_000 }, () => {
  it("fails each check on its own and is clear only when both hold", async () => {
    clock.set("2027-03-01 09:00");
    const org = await createTestOrg(t.db, { key: "w", clock });
    const p = await org.as("director").profile.products.create({
      name: "聚氯乙烯绝缘电线",
      model: "BV 450/750V 1×6mm²",
      productGroupId: "wire-cable",
      scopeRoutes: ["ccc", "xk"],
    });
    expect(p.scopeRoutes).toEqual(["xk", "ccc"]);
    expect(await openRules(org, p.id)).toEqual(["xk_unlicensed", "ccc_uncertified"]);
    const closeAll = () =>
      t.db.hazard.updateMany({ where: { organizationId: org.id }, data: { status: "closed", closedAt: clock() } });
    await closeAll();
    // a licence whose scope covers the model, a certificate that does not name it
    await org.as("director").certificates.licences.create(
      licence({
        licenceNo: "(浙)XK06-001-00400",
        productScope: "电线电缆",
        scopeUnits: [{ unit: "聚氯乙烯绝缘电线电缆", models: [] }],
        productIds: [p.id],
      }),
    );
    const cert = await org.as("director").certificates.ccc.create(ccc({ productIds: [p.id] }));
    expect(cert.models).toEqual(["BV 450/750V 1×2.5mm²", "BV 450/750V 1×4mm²"]);
    expect(await openRules(org, p.id)).toEqual(["ccc_uncertified"]);
    await closeAll();
    // the certificate names the model: both checks hold
    await org.as("director").certificates.ccc.update({
      id: cert.id,
      ...ccc({ modelSpec: "BV 450/750V 1×2.5mm²～1×6mm²", models: ["BV 450/750V 1×6mm²"], productIds: [p.id] }),
    });
    expect(await openRules(org, p.id)).toEqual([]);
    // the licence is suspended: only the XK check fails
    const [lic] = await org.as("director").certificates.licences.list();
    if (!lic) throw new Error("licence missing");
    await org.as("director").certificates.licences.update({
      id: lic.id,
      ...licence({
        licenceNo: lic.licenceNo,
        productScope: "电线电缆",
        scopeUnits: lic.scopeUnits,
        status: "suspended",
        productIds: [p.id],
      }),
    });
    expect(await openRules(org, p.id)).toEqual(["xk_unlicensed"]);
  });
});

describe("the ERP code of a product", { timeout: 30_000 }, () => {
  it("is kept from the product form, unique per organisation, and resolves ERP pushes without a twin", async () => {
    clock.set("2027-03-01 09:00");
    const org = await createTestOrg(t.db, { key: "e", clock });
    const coded = await org.as("director").profile.products.create({
      name: "电动自行车用充电器",
      code: "CH-5430",
      model: "54.6V3A",
      productGroupId: "e-bike-battery-charger",
      subProductId: "e-bike-charger",
      scopeRoutes: ["mandatory_standard"],
    });
    expect(coded.code).toBe("CH-5430");
    expect(
      await failure(
        org.as("director").profile.products.create({ name: "另一个", code: "CH-5430", productGroupId: "cement" }),
      ),
    ).toMatchObject({ code: "CONFLICT", paths: ["code"] });
    const uncoded = await org.as("director").profile.products.create({
      name: "电动自行车用锂离子蓄电池",
      model: "48V20Ah",
      productGroupId: "e-bike-battery-charger",
      subProductId: "e-bike-li-ion-battery",
      scopeRoutes: ["mandatory_standard"],
    });
    const { key } = await createApiKey(t.db, org.id, org.users.principal.id, {
      name: "ERP",
      scopes: ["records:write"],
    });
    const caller = { organizationId: org.id, apiKeyId: key.id, siteId: null, locale: "zh-CN" as const, now: clock() };
    const pushed = await pushProducts(t.db, caller, [
      {
        code: "CH-5430",
        name: "电动自行车用充电器",
        specModel: "54.6V3A",
        productGroupId: "e-bike-battery-charger",
        scopeRoutes: ["mandatory_standard"],
        mandatoryStandards: ["GB 42296-2022"],
      },
      {
        code: "LH-4820T",
        name: "电动自行车用锂离子蓄电池",
        specModel: "48V20Ah",
        productGroupId: "e-bike-battery-charger",
        scopeRoutes: ["mandatory_standard"],
      },
    ]);
    expect(pushed.results.map((r) => [r.status, r.id])).toEqual([
      ["unchanged", coded.id],
      ["updated", uncoded.id],
    ]);
    expect(await t.db.product.count({ where: { organizationId: org.id } })).toBe(2);
    expect((await t.db.product.findUniqueOrThrow({ where: { id: uncoded.id } })).code).toBe("LH-4820T");
    // a push that makes a product CCC runs the CCC check like a form edit
    await pushProducts(t.db, caller, [
      {
        code: "LH-4820T",
        name: "电动自行车用锂离子蓄电池",
        specModel: "48V20Ah",
        productGroupId: "e-bike-battery-charger",
        scopeRoutes: ["ccc", "mandatory_standard"],
      },
    ]);
    expect(await openRules(org, uncoded.id)).toEqual(["ccc_uncertified"]);
  });
});

describe("未检验出厂 through the web app", { timeout: 30_000 }, () => {
  it("flags a batch shipped without a passing outgoing inspection and shows it in the list", async () => {
    clock.set("2027-03-01 09:00");
    const org = await createTestOrg(t.db, { key: "r", clock });
    const p = await org.as("director").profile.products.create({
      name: "燃气用不锈钢波纹软管",
      model: "DN12",
      productGroupId: "gas-appliances",
      scopeRoutes: ["mandatory_standard"],
    });
    const shipped = await org.as("officer").shipments.record({
      productId: p.id,
      event: "shipped",
      batchNo: "H-0301",
      quantity: 50,
      unit: "根",
      shippedOn: "2027-03-01",
      consignee: "杭州燃气工程公司",
    });
    expect(shipped).toMatchObject({ uninspected: true, inspectionRecordId: null, hazardNo: expect.any(String) });
    const hazard = await t.db.hazard.findFirstOrThrow({
      where: { organizationId: org.id, hazardNo: shipped.hazardNo ?? "" },
    });
    expect(hazard).toMatchObject({ source: "release_check", stage: "outgoing", productId: p.id, status: "open" });
    expect((await org.as("viewer").shipments.list({ uninspectedOnly: true })).map((s) => s.batchNo)).toEqual([
      "H-0301",
    ]);
    const again = {
      productId: p.id,
      event: "released" as const,
      batchNo: "H-0302",
      quantity: 1,
      unit: "根",
      shippedOn: "2027-03-01",
    };
    expect((await failure(org.as("viewer").shipments.record(again))).code).toBe("FORBIDDEN");
  });
});

describe("outgoing records typed in the web app", { timeout: 30_000 }, () => {
  it("pre-fills the product's test items, refuses an incomplete record naming each field, and a recorded pass clears its batch's shipment", async () => {
    clock.set("2027-03-02 09:00");
    const org = await createTestOrg(t.db, { key: "p", clock });
    const p = await org.as("director").profile.products.create({
      name: "电动自行车用锂离子蓄电池",
      model: "48V20Ah",
      productGroupId: "e-bike-battery-charger",
      subProductId: "e-bike-li-ion-battery",
      scopeRoutes: ["ccc"],
      releaseItems: ["外观", "开路电压"],
    });
    const template = await org.as("officer").inspections.template({ productId: p.id });
    expect(template).toMatchObject({
      needsMarkingCheck: true,
      specModel: "48V20Ah",
      standardNo: "GB 43854-2024",
      lines: [
        { item: "外观", required: true },
        { item: "开路电压", required: true },
      ],
    });
    const entry = {
      productId: p.id,
      specModel: "48V20Ah",
      batchNo: "LH-0302-01",
      quantity: 200,
      unit: "只",
      inspectedAt: "2027-03-02T10:00:00+08:00",
      result: "pass" as const,
      inspector: "蒋涛",
      standardNo: "GB 43854-2024",
      lines: [{ item: "外观", measured: "无破损", result: "pass" as const }],
    };
    const refused = await failure(org.as("officer").inspections.recordOutgoing(entry));
    expect(refused).toMatchObject({ appCode: "RECORD_INCOMPLETE" });
    expect(refused.paths).toEqual(["lines", "approver", "releaseDecision", "markingCheck"]);
    expect(await t.db.inspectionRecord.count({ where: { organizationId: org.id } })).toBe(0);
    const stored = await org.as("officer").inspections.recordOutgoing({
      ...entry,
      approver: "周建华",
      releaseDecision: "released",
      markingCheck: "pass",
      lines: [
        ...entry.lines,
        { item: "开路电压", requirement: "52.0–54.6 V", measured: "53.4", unit: "V", result: "pass" },
      ],
    });
    expect(stored.hazardNo).toBeNull();
    const page = await org.as("viewer").inspections.list({ kind: "outgoing", limit: 50 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ batchNo: "LH-0302-01", inspectionDate: "2027-03-02", result: "pass" });
    expect(page.items[0]?.lines.map((l) => l.item)).toEqual(["外观", "开路电压"]);
    const shipped = await org.as("officer").shipments.record({
      productId: p.id,
      event: "released",
      batchNo: "LH-0302-01",
      quantity: 200,
      unit: "只",
      shippedOn: "2027-03-02",
    });
    expect(shipped).toMatchObject({ uninspected: false, inspectionRecordId: stored.id, hazardNo: null });
    // A 不合格 record typed in the web opens its hazard, naming the failed line, at the product's site.
    const failed = await org.as("officer").inspections.recordOutgoing({
      ...entry,
      batchNo: "LH-0302-02",
      result: "fail",
      approver: "周建华",
      releaseDecision: "held",
      markingCheck: "pass",
      lines: [
        ...entry.lines,
        { item: "开路电压", requirement: "52.0–54.6 V", measured: "50.1", unit: "V", result: "fail" },
      ],
    });
    expect(failed.hazardNo).toMatch(/^YH-2027-\d{4}$/);
    const hazard = await t.db.hazard.findFirstOrThrow({
      where: { organizationId: org.id, hazardNo: failed.hazardNo ?? "" },
      select: { title: true, description: true, stage: true, source: true, productId: true },
    });
    expect(hazard).toMatchObject({
      title: "出厂检验不合格：电动自行车用锂离子蓄电池（批次 LH-0302-02）",
      stage: "outgoing",
      source: "erp_inspection",
      productId: p.id,
    });
    expect(hazard.description).toBe(
      "检验日期 2027-03-02，检验员 蒋涛，依据 GB 43854-2024。不合格项：开路电压（实测 50.1，要求 52.0–54.6 V）。",
    );
  });
});
