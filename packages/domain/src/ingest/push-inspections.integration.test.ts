// Inspection pushes on a real SQLite file: revisions keep history, a failure opens exactly one
// hazard (also when a revision turns a pass into a fail), a batch is one transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { verifyAuditChain } from "../audit/verify.ts";
import { pushInspections } from "./push-inspections.ts";
import { canonicalize, contentHash } from "./canonical.ts";
import type { IngestCaller } from "./context.ts";

let t: TestDb;
let caller: IngestCaller;

const record = (externalId: string, over: Record<string, unknown> = {}) => ({
  externalId,
  materialName: "纯镍带",
  specModel: "N6 0.15×8 mm",
  batchNo: `NI-${externalId}`,
  supplierExternalId: "V-1",
  quantity: 120,
  unit: "kg",
  receiptDate: "2026-11-20",
  // 01:30 China time on the 21st is still the 20th in UTC.
  inspectedAt: "2026-11-21T01:30:00+08:00",
  result: "pass",
  inspector: "刘洋",
  standardNo: "GB/T 2072-2020",
  lines: [{ item: "厚度", requirement: "0.15±0.01 mm", measured: "0.151", unit: "mm", result: "pass" }],
  ...over,
});

const failing = {
  result: "fail",
  nonConformityHandling: "return",
  lines: [{ item: "厚度", requirement: "0.15±0.01 mm", measured: "0.171", unit: "mm", result: "fail" }],
};

beforeAll(async () => {
  t = await createTestDb("anzhi-ingest-");
  const org = await t.db.organization.create({
    data: {
      slug: "ingest",
      kind: "producer",
      name: "ingest",
      uscc: "91350100M000100Y43",
      regionCode: "320411",
      address: "常州",
      employeeCount: 10,
      annualRevenueWanYuan: 100,
      sizeClass: "micro",
      timeZone: "Asia/Shanghai",
    },
  });
  const user = await t.db.user.create({ data: { email: "a@example.test", name: "A", passwordHash: "x" } });
  await t.db.site.create({ data: { organizationId: org.id, name: "厂区", type: "factory", address: "常州" } });
  await t.db.supplier.create({
    data: { organizationId: org.id, externalId: "V-1", name: "镍带厂", type: "raw_material" },
  });
  const key = await t.db.apiKey.create({
    data: { organizationId: org.id, name: "k", prefix: "anz_testtest", keyHash: "h", createdByUserId: user.id },
  });
  caller = {
    organizationId: org.id,
    apiKeyId: key.id,
    siteId: null,
    locale: "zh-CN",
    now: new Date("2026-11-21T03:00:00Z"),
  };
});
afterAll(async () => t?.cleanup());

describe("pushInspections", () => {
  it("dates the record in the organisation's time zone and keeps every revision's lines", async () => {
    const first = await pushInspections(t.db, caller, "incoming", [record("A")]);
    const id = first.results[0]?.id ?? "";
    expect((await t.db.inspectionRecord.findUniqueOrThrow({ where: { id } })).inspectionDate).toBe("2026-11-21");
    await pushInspections(t.db, caller, "incoming", [record("A", { quantity: 100 })]);
    await pushInspections(t.db, caller, "incoming", [record("A", { quantity: 90 })]);
    const now = await t.db.inspectionRecord.findUniqueOrThrow({ where: { id } });
    expect(now).toMatchObject({ revision: 3, quantity: 90 });
    const revisions = await t.db.inspectionRecordRevision.findMany({
      where: { recordId: id },
      orderBy: { revision: "asc" },
    });
    expect(revisions.map((r) => [r.revision, (JSON.parse(r.snapshotJson) as { quantity: number }).quantity])).toEqual([
      [1, 120],
      [2, 100],
    ]);
    const lines = await t.db.inspectionLine.groupBy({ by: ["revision"], where: { recordId: id }, _count: true });
    expect(lines.map((l) => l.revision).sort()).toEqual([1, 2, 3]);
    expect(
      await t.db.auditEvent.count({
        where: { entityId: id, action: { in: ["inspection.create", "inspection.revise"] } },
      }),
    ).toBe(3);
  });

  it("opens one hazard per failed record: on creation, or when a revision turns it to fail", async () => {
    const created = await pushInspections(t.db, caller, "incoming", [record("F1", failing), record("P1")]);
    expect(created.results[0]?.hazardNo).toMatch(/^YH-\d{4}-\d{4}$/);
    expect(created.results[1]?.hazardNo).toBeUndefined();
    // F1 changes but still fails: no second hazard. P1 turns into a failure: its own hazard.
    const revised = await pushInspections(t.db, caller, "incoming", [
      record("F1", { ...failing, remarks: "复检仍不合格" }),
      record("P1", failing),
    ]);
    expect(revised.results.map((r) => [r.status, r.hazardNo !== undefined])).toEqual([
      ["updated", false],
      ["updated", true],
    ]);
    const f1 = created.results[0]?.id ?? "";
    const p1 = created.results[1]?.id ?? "";
    expect(await t.db.hazard.count({ where: { inspectionRecordId: f1 } })).toBe(1);
    expect(await t.db.hazard.count({ where: { inspectionRecordId: p1 } })).toBe(1);
    const hazard = await t.db.hazard.findFirstOrThrow({ where: { inspectionRecordId: f1 } });
    expect(hazard).toMatchObject({
      source: "erp_inspection",
      severity: "general",
      status: "open",
      createdByApiKeyId: caller.apiKeyId,
    });
    expect(hazard.title).toContain("进货检验不合格：纯镍带");
  });

  it("reports rejections per record and stores the valid ones", async () => {
    const res = await pushInspections(t.db, caller, "incoming", [
      record("V1"),
      { ...record("V2"), quantity: "many" },
      record("V1"),
      "not an object",
    ]);
    expect(res.results.map((r) => r.status)).toEqual(["created", "rejected", "rejected", "rejected"]);
    expect(res.results[1]?.issues?.[0]?.path).toBe("quantity");
    expect(res.results[2]?.issues?.[0]).toMatchObject({ path: "externalId", message: "有重复项" });
    expect(res.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 3 });
  });
});

describe("a batch of 1,000 failures", () => {
  it("opens 1,000 hazards numbered consecutively, each linked to its record and told to its owner; a retry opens none", async () => {
    const org = await t.db.organization.create({
      data: {
        slug: "bulk",
        kind: "producer",
        name: "bulk",
        uscc: "91320400MA1XXXXX5K",
        regionCode: "320411",
        address: "常州",
        employeeCount: 10,
        annualRevenueWanYuan: 100,
        sizeClass: "micro",
        timeZone: "Asia/Shanghai",
      },
    });
    const officer = await t.db.user.create({ data: { email: "officer@example.test", name: "O", passwordHash: "x" } });
    await t.db.membership.create({
      data: { organizationId: org.id, userId: officer.id, rolesJson: '["officer"]' },
    });
    await t.db.roleAssignment.create({
      data: {
        organizationId: org.id,
        role: "officer",
        personName: "质量安全员",
        userId: officer.id,
        employment: "full_time",
        phoneEnc: "x",
        appointedOn: "2026-01-01",
      },
    });
    await t.db.supplier.create({
      data: { organizationId: org.id, externalId: "V-1", name: "镍带厂", type: "raw_material" },
    });
    await t.db.webhookEndpoint.create({
      data: {
        organizationId: org.id,
        url: "https://erp.example.test/hook",
        eventsJson: '["hazard.opened","inspection.failed"]',
        secretEnc: "x",
      },
    });
    const key = await t.db.apiKey.create({
      data: { organizationId: org.id, name: "k", prefix: "anz_bulkbulk", keyHash: "h2", createdByUserId: officer.id },
    });
    const bulk: IngestCaller = { ...caller, organizationId: org.id, apiKeyId: key.id };
    // The year's numbering already stands at 7 (hazards opened before this batch).
    await t.db.hazardCounter.create({ data: { organizationId: org.id, year: 2026, last: 7 } });
    const batch = Array.from({ length: 1000 }, (_, i) => record(`BULK-${i}`, failing));

    const started = performance.now();
    const pushed = await pushInspections(t.db, bulk, "incoming", batch);
    console.info(`[bulk failures] ${t.dialect}: 1,000 failed records in ${Math.round(performance.now() - started)} ms`);

    expect(pushed.counts).toEqual({ created: 1000, updated: 0, unchanged: 0, rejected: 0 });
    // In batch order, YH-2026-0008 … YH-2026-1007.
    expect(pushed.results.map((r) => r.hazardNo)).toEqual(
      Array.from({ length: 1000 }, (_, i) => `YH-2026-${String(8 + i).padStart(4, "0")}`),
    );
    const hazards = await t.db.hazard.findMany({
      where: { organizationId: org.id },
      select: { id: true, hazardNo: true, inspectionRecordId: true, ownerUserId: true, status: true },
    });
    expect(hazards).toHaveLength(1000);
    const byRecord = new Map(hazards.map((h) => [h.inspectionRecordId, h]));
    expect(byRecord.size).toBe(1000);
    for (const r of pushed.results) expect(byRecord.get(r.id ?? "")?.hazardNo).toBe(r.hazardNo);
    expect(hazards.every((h) => h.ownerUserId === officer.id && h.status === "open")).toBe(true);
    expect(
      (
        await t.db.hazardCounter.findUniqueOrThrow({
          where: { organizationId_year: { organizationId: org.id, year: 2026 } },
        })
      ).last,
    ).toBe(1007);
    const events = await t.db.hazardEvent.groupBy({
      by: ["hazardId"],
      where: { organizationId: org.id, action: "create" },
      _count: true,
    });
    expect(events.length).toBe(1000);
    expect(events.every((e) => e._count === 1)).toBe(true);
    expect(await t.db.auditEvent.count({ where: { organizationId: org.id, action: "hazard.open" } })).toBe(1000);
    expect(await verifyAuditChain(t.db, org.id)).toMatchObject({ checked: 2000, unchained: 0, broken: null });
    expect(
      await t.db.notification.count({ where: { userId: officer.id, kind: "hazard_assigned", organizationId: org.id } }),
    ).toBe(1000);
    const outbox = await t.db.webhookEvent.groupBy({ by: ["type"], where: { organizationId: org.id }, _count: true });
    expect(Object.fromEntries(outbox.map((o) => [o.type, o._count]))).toEqual({
      "hazard.opened": 1000,
      "inspection.failed": 1000,
    });

    const retry = await pushInspections(t.db, bulk, "incoming", batch);
    expect(retry.counts).toEqual({ created: 0, updated: 0, unchanged: 1000, rejected: 0 });
    expect(await t.db.hazard.count({ where: { organizationId: org.id } })).toBe(1000);
    expect(await t.db.webhookEvent.count({ where: { organizationId: org.id } })).toBe(2000);
  }, 240_000);
});

describe("contentHash", () => {
  it("ignores key order, absent values and the instant's notation", () => {
    expect(contentHash({ b: 1, a: "x", at: "2026-11-20T09:30:00+08:00", n: null })).toBe(
      contentHash({ at: "2026-11-20T01:30:00.000Z", a: "x", b: 1 }),
    );
    expect(contentHash({ a: "x" })).not.toBe(contentHash({ a: "y" }));
    expect(canonicalize({ z: [1, undefined], a: { d: 1, c: 2 } })).toEqual({ a: { c: 2, d: 1 }, z: [1, null] });
  });
});
