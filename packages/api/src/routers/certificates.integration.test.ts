// Production licences, CCC certificates, expiry alerts and the CCC hazard flag through the tRPC
// router on a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { addDays, localDate } from "@anzhi/contracts";
import { checkRouteHazards } from "@anzhi/domain/certificates/route-checks";
import { createTestOrg, failure, type TestOrg } from "../testing/profile-fixtures.ts";
import { rejection } from "../testing/org-people.ts";
import { formErrorOf } from "../form-errors.ts";

let t: TestDb;
let a: TestOrg;
let b: TestOrg;
const today = localDate(new Date(), "Asia/Shanghai");

beforeAll(async () => {
  t = await createTestDb("anzhi-certs-");
  a = await createTestOrg(t.db, { key: "a" });
  b = await createTestOrg(t.db, { key: "b" });
});

afterAll(async () => {
  await t?.cleanup();
});

const licence = (over: Record<string, unknown> = {}) => ({
  licenceNo: "（浙）xk08-001-00123",
  productScope: "水泥（通用硅酸盐水泥）",
  holderName: "A测试企业有限公司",
  issuer: "浙江省市场监督管理局",
  issueDate: "2024-03-01",
  expiryDate: addDays(today, 20),
  ...over,
});

const ccc = (over: Record<string, unknown> = {}) => ({
  certNo: "2024011001234567",
  productScope: "电动自行车用锂离子蓄电池",
  modelSpec: "48V20Ah",
  holderName: "A测试企业有限公司",
  manufacturerName: "A测试企业有限公司",
  factoryName: "A测试企业有限公司一号厂",
  issuer: "中国质量认证中心",
  issueDate: "2024-05-10",
  expiryDate: addDays(today, 60),
  ...over,
});

describe("production licences", () => {
  it("normalises the number, links products, edits and retires", async () => {
    const product = await a
      .as("director")
      .profile.products.create({ name: "通用硅酸盐水泥", productGroupId: "cement", scopeRoutes: ["xk"] });
    const created = await a.as("director").certificates.licences.create(licence({ productIds: [product.id] }));
    expect(created).toMatchObject({ licenceNo: "(浙)XK08-001-00123", status: "valid", productIds: [product.id] });
    const row = await t.db.productionLicence.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ province: "浙", categoryNo: "08", productNo: "001", serialNo: "00123" });
    expect((await a.as("viewer").certificates.licences.list()).map((l) => l.id)).toEqual([created.id]);
    const edited = await a
      .as("principal")
      .certificates.licences.update({ id: created.id, ...licence({ issuer: "浙江省市场监管局", productIds: [] }) });
    expect(edited).toMatchObject({ issuer: "浙江省市场监管局", productIds: [] });
    await a.as("principal").certificates.licences.retire({ id: created.id });
    expect(await a.as("viewer").certificates.licences.list()).toEqual([]);
    expect((await a.as("viewer").certificates.licences.list({ includeRetired: true }))[0]?.retiredAt).toBeInstanceOf(
      Date,
    );
  });

  it("rejects a wrong-format number and an expiry before the issue date on their fields, writing nothing", async () => {
    const before = {
      licences: await t.db.productionLicence.count(),
      links: await t.db.licenceProduct.count(),
      audit: await t.db.auditEvent.count(),
    };
    const badNo = await failure(a.as("director").certificates.licences.create(licence({ licenceNo: "XK-123" })));
    expect(badNo).toMatchObject({ code: "BAD_REQUEST", paths: ["licenceNo"] });
    const badDates = await failure(
      a
        .as("director")
        .certificates.licences.create(
          licence({ licenceNo: "XK08-001-00999", issueDate: "2025-06-01", expiryDate: "2025-05-31" }),
        ),
    );
    expect(badDates).toMatchObject({ code: "BAD_REQUEST", paths: ["expiryDate"] });
    expect({
      licences: await t.db.productionLicence.count(),
      links: await t.db.licenceProduct.count(),
      audit: await t.db.auditEvent.count(),
    }).toEqual(before);
  });

  it("refuses an expiry in year 9999 and an issue date in year 0000 with a clear reason, writing nothing", async () => {
    const before = await t.db.productionLicence.count();
    const error = await rejection(
      a
        .as("director")
        .certificates.licences.create(
          licence({ licenceNo: "XK08-001-00998", issueDate: "0000-01-01", expiryDate: "9999-12-31" }),
        ),
    );
    expect(formErrorOf(error, "zh-CN").fields).toEqual({
      issueDate: "日期须在 2000-01-01 至 2099-12-31 之间",
      expiryDate: "日期须在 2000-01-01 至 2099-12-31 之间",
    });
    expect(formErrorOf(error, "en").fields.expiryDate).toBe("The date must be between 2000-01-01 and 2099-12-31");
    expect(await t.db.productionLicence.count()).toBe(before);
  });

  it("keeps organisations apart and refuses an officer", async () => {
    const ofB = await b.as("principal").certificates.licences.create(licence({ licenceNo: "(苏)XK08-001-00777" }));
    expect(await a.as("principal").certificates.licences.list({ includeRetired: true })).not.toContainEqual(
      expect.objectContaining({ id: ofB.id }),
    );
    expect((await failure(a.as("principal").certificates.licences.update({ id: ofB.id, ...licence() }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failure(a.as("principal").certificates.licences.retire({ id: ofB.id }))).code).toBe("NOT_FOUND");
    // A cannot link B's product to its own licence either
    const productOfB = await b
      .as("principal")
      .profile.products.create({ name: "B水泥", productGroupId: "cement", scopeRoutes: ["xk"] });
    const err = await failure(
      a
        .as("principal")
        .certificates.licences.create(licence({ licenceNo: "XK08-001-00555", productIds: [productOfB.id] })),
    );
    expect(err).toMatchObject({ appCode: "PRODUCT_NOT_FOUND", paths: ["productIds"] });
    expect((await failure(b.as("officer").certificates.licences.retire({ id: ofB.id }))).code).toBe("FORBIDDEN");
  });
});

describe("CCC certificates and alerts", () => {
  it("creates, edits and retires a certificate; alerts show expired, 30-day and 90-day ones", async () => {
    const created = await a.as("director").certificates.ccc.create(ccc());
    expect(created).toMatchObject({
      certNo: "2024011001234567",
      productName: "电动自行车用锂离子蓄电池",
      model: "48V20Ah",
      status: "valid",
    });
    expect((await a.as("viewer").certificates.ccc.list()).map((c) => c.certNo)).toEqual(["2024011001234567"]);
    expect((await b.as("viewer").certificates.ccc.list({ includeRetired: true })).map((c) => c.id)).not.toContain(
      created.id,
    );
    const edited = await a.as("director").certificates.ccc.update({ id: created.id, ...ccc({ status: "suspended" }) });
    expect(edited.status).toBe("suspended");
    await a.as("director").certificates.ccc.update({ id: created.id, ...ccc() });
    await a
      .as("director")
      .certificates.ccc.create(
        ccc({ certNo: "2023011001234568", expiryDate: addDays(today, -1), issueDate: "2023-01-01" }),
      );
    await a
      .as("director")
      .certificates.ccc.create(
        ccc({ certNo: "2023011001234569", expiryDate: addDays(today, 200), issueDate: "2023-01-01" }),
      );
    const { alerts } = await a.as("viewer").certificates.alerts();
    const byNumber = Object.fromEntries(alerts.map((x) => [x.number, x.level]));
    expect(byNumber).toMatchObject({ "2023011001234568": "expired", "2024011001234567": "within_90" });
    expect(byNumber["2023011001234569"]).toBeUndefined();
    expect(alerts[0]?.level).toBe("expired");
    await a.as("director").certificates.ccc.retire({ id: created.id });
    expect(
      (await a.as("viewer").certificates.ccc.list({ includeRetired: true })).find((c) => c.id === created.id)
        ?.retiredAt,
    ).toBeInstanceOf(Date);
    expect((await a.as("viewer").certificates.alerts()).alerts.map((x) => x.number)).not.toContain("2024011001234567");
  });

  it("rejects a bad number and an expiry before the issue date on their fields, writing nothing", async () => {
    const before = await t.db.cccCertificate.count();
    expect(await failure(a.as("director").certificates.ccc.create(ccc({ certNo: "12345" })))).toMatchObject({
      code: "BAD_REQUEST",
      paths: ["certNo"],
    });
    expect(
      await failure(
        a.as("director").certificates.ccc.create(ccc({ certNo: "2024011001239999", expiryDate: "2024-05-01" })),
      ),
    ).toMatchObject({ paths: ["expiryDate"] });
    expect(await t.db.cccCertificate.count()).toBe(before);
  });

  it("alerts on a licence expiring within 30 days", async () => {
    await b
      .as("principal")
      .certificates.licences.create(licence({ licenceNo: "(苏)XK08-001-00888", expiryDate: addDays(today, 10) }));
    const { alerts } = await b.as("officer").certificates.alerts();
    expect(alerts.find((x) => x.number === "(苏)XK08-001-00888")).toMatchObject({
      kind: "licence",
      level: "within_30",
      daysLeft: 10,
    });
    // organisation A never sees B's certificates
    expect((await a.as("principal").certificates.alerts()).alerts.map((x) => x.number)).not.toContain(
      "(苏)XK08-001-00888",
    );
    const cccOfA = await t.db.cccCertificate.findFirstOrThrow({ where: { organizationId: a.id, retiredAt: null } });
    expect(
      (await failure(b.as("principal").certificates.ccc.update({ id: cccOfA.id, ...ccc({ status: "revoked" }) }))).code,
    ).toBe("NOT_FOUND");
    expect((await t.db.cccCertificate.findUniqueOrThrow({ where: { id: cccOfA.id } })).status).toBe("valid");
  });
});

describe("CCC products without a valid certificate", () => {
  it("opens exactly one open hazard per product, idempotently, and none once a valid certificate covers it", async () => {
    const org = await createTestOrg(t.db, { key: "c" });
    const site = await org
      .as("director")
      .profile.sites.create({ name: "电池车间", type: "workshop", address: "杭州市1号" });
    const product = await org.as("director").profile.products.create({
      name: "锂电池组",
      model: "48V",
      productGroupId: "e-bike-battery-charger",
      subProductId: "e-bike-li-ion-battery",
      siteId: site.id,
      scopeRoutes: ["ccc"],
    });
    // creating the product without any certificate already flags it
    await org.as("director").certificates.ccc.create(
      ccc({
        certNo: "2023011001230001",
        issueDate: "2023-01-01",
        expiryDate: addDays(today, -3),
        productIds: [product.id],
      }),
    );
    const open = await t.db.hazard.findMany({
      where: { organizationId: org.id, source: "certificate", status: { not: "closed" } },
    });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      productId: product.id,
      siteId: site.id,
      // docs/decisions/024: a CCC product without a valid certificate is major, with a report drafted.
      severity: "major",
      status: "open",
      dueDate: addDays(today, 7),
    });
    const hazardId = open[0]?.id ?? "";
    expect(await t.db.majorRiskReport.count({ where: { hazardId, status: "draft" } })).toBe(1);
    expect(await t.db.hazardEvent.count({ where: { hazardId, action: "create" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entityId: hazardId, action: "hazard.open" } })).toBe(1);

    // the scheduler's daily run is idempotent
    const rerun = await checkRouteHazards(t.db, org.id, new Date());
    expect(rerun).toMatchObject({ checked: 1, opened: [] });
    await checkRouteHazards(t.db, org.id, new Date(Date.now() + 86_400_000));
    expect(await t.db.hazard.count({ where: { organizationId: org.id, source: "certificate" } })).toBe(1);

    // a product covered by a valid certificate when it becomes a CCC product gets no hazard
    const covered = await org.as("director").profile.products.create({
      name: "充电器",
      model: "48V20Ah",
      productGroupId: "e-bike-battery-charger",
      subProductId: "e-bike-charger",
      scopeRoutes: ["mandatory_standard"],
    });
    await org.as("director").certificates.ccc.create(ccc({ certNo: "2024011001230002", productIds: [covered.id] }));
    await org.as("director").profile.products.update({
      id: covered.id,
      name: "充电器",
      model: "48V20Ah",
      productGroupId: "e-bike-battery-charger",
      subProductId: "e-bike-charger",
      scopeRoutes: ["ccc"],
    });
    expect(
      await t.db.hazard.count({ where: { organizationId: org.id, source: "certificate", productId: covered.id } }),
    ).toBe(0);
    // other organisations are untouched
    expect(
      await t.db.hazard.count({
        where: { organizationId: { not: org.id }, source: "certificate", productId: product.id },
      }),
    ).toBe(0);
  });
});
