// The v1 seller resources over REST: a batch of exactly 1,000 purchase receipts (and sales) is
// stored in one request with a result per record; a replay with the same Idempotency-Key answers
// the stored response and writes nothing; the same records again are `unchanged`; a receipt with a
// missing document opens one hazard, whose number the result carries; bad records are rejected on
// their own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BATCH_RECORDS, type BatchPushResult, type PurchaseReceiptUpsertInput } from "@anzhi/contracts";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { verifyAuditChain } from "@anzhi/domain/audit/verify";
import { testClock } from "../testing/clock.ts";
import { createV1Handler } from "./http.ts";
import { createIngestFixture, type IngestFixture } from "./testing.ts";

const BASE = "http://localhost/api/v1";
let t: TestDb;
let fx: IngestFixture;
let handle: (request: Request) => Promise<Response>;
let key: string;
const clock = testClock("2027-05-06 10:00");

beforeAll(async () => {
  t = await createTestDb("anzhi-v1-seller-");
  handle = createV1Handler({ db: t.db, clock });
  fx = await createIngestFixture(t.db, { slug: "v1-seller" });
  key = await fx.key(["records:read", "records:write"]);
});
afterAll(async () => t?.cleanup());

function post(path: string, body: unknown, idempotencyKey?: string, lang = "zh-CN") {
  return handle(
    new Request(`${BASE}${path}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${key}`,
        "content-type": "application/json",
        "accept-language": lang,
        ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
}

function get(path: string) {
  return handle(new Request(`${BASE}${path}`, { headers: { authorization: `Bearer ${key}` } }));
}

const receipt = (n: number, over: Partial<PurchaseReceiptUpsertInput> = {}): PurchaseReceiptUpsertInput => ({
  externalId: `PR-${n}`,
  supplierExternalId: "V-0042",
  productCode: "LH-4820T",
  productName: "电动自行车用锂离子蓄电池",
  specModel: "48V20Ah",
  batchNo: `L${String(n).padStart(5, "0")}`,
  quantity: 10,
  unit: "块",
  purchaseDate: "2027-05-05",
  conformityCertificate: "ok",
  inspectionReport: "ok",
  cccRequired: true,
  cccCertNo: "2025011609123456",
  cccValidUntil: "2030-05-31",
  markingCheck: "consistent",
  conclusion: "accepted",
  checkedBy: "张质检",
  ...over,
});

describe("v1 purchase receipts", () => {
  it("stores exactly 1,000 receipts in one batch; a replay with the same key is the stored response", async () => {
    const records = Array.from({ length: MAX_BATCH_RECORDS }, (_, i) => receipt(i));
    const first = await post("/purchase-receipts/batch", { records }, "batch-1000");
    expect(first.status).toBe(200);
    const body = (await first.json()) as BatchPushResult;
    expect(body.counts).toEqual({ created: 1000, updated: 0, unchanged: 0, rejected: 0 });
    expect(body.results.map((r) => r.index)).toEqual(records.map((_, i) => i));
    expect(await t.db.purchaseCheck.count({ where: { organizationId: fx.organizationId } })).toBe(1000);

    const replay = await post("/purchase-receipts/batch", { records }, "batch-1000");
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(body);
    expect(await t.db.purchaseCheck.count({ where: { organizationId: fx.organizationId } })).toBe(1000);

    const again = (await (await post("/purchase-receipts/batch", { records })).json()) as BatchPushResult;
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 1000, rejected: 0 });

    const reused = await post("/purchase-receipts/batch", { records: records.slice(0, 1) }, "batch-1000");
    expect(reused.status).toBe(409);
  });

  it("refuses 1,001 records as a whole", async () => {
    const records = Array.from({ length: MAX_BATCH_RECORDS + 1 }, (_, i) => receipt(5000 + i));
    expect((await post("/purchase-receipts/batch", { records })).status).toBe(400);
  });

  it("a missing document opens one hazard, reported in the result, and not again on a changed re-push", async () => {
    const bad = receipt(9001, { inspectionReport: "missing", conclusion: "quarantined" });
    const res = (await (await post("/purchase-receipts/batch", { records: [bad] })).json()) as BatchPushResult;
    expect(res.results[0]).toMatchObject({ status: "created", hazardNo: expect.stringMatching(/^YH-2027-/) });
    const hazard = await t.db.hazard.findFirstOrThrow({ where: { hazardNo: res.results[0]?.hazardNo ?? "" } });
    expect(hazard).toMatchObject({ source: "purchase_check", createdByApiKeyId: expect.any(String) });
    const changed = (await (
      await post("/purchase-receipts/batch", { records: [{ ...bad, remarks: "已通知供货者补交" }] })
    ).json()) as BatchPushResult;
    expect(changed.results[0]).toMatchObject({ status: "updated" });
    expect(changed.results[0]?.hazardNo).toBeUndefined();
    expect(await t.db.hazard.count({ where: { organizationId: fx.organizationId, source: "purchase_check" } })).toBe(1);
    const got = await get("/purchase-receipts/PR-9001");
    expect(await got.json()).toMatchObject({
      problems: ["report_missing"],
      hazardNo: hazard.hazardNo,
      supplierExternalId: "V-0042",
      productCode: "LH-4820T",
    });
  });

  it("rejects bad records one by one and stores the rest", async () => {
    const res = (await (
      await post(
        "/purchase-receipts/batch",
        {
          records: [
            receipt(9100),
            receipt(9101, { supplierExternalId: "nobody" }),
            receipt(9102, { inspectionReport: "missing" }),
            receipt(9103, { productCode: "NOPE" }),
            receipt(9100),
          ],
        },
        undefined,
        "en",
      )
    ).json()) as BatchPushResult;
    expect(res.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 4 });
    expect(res.results.map((r) => [r.status, r.issues?.[0]?.path, r.issues?.[0]?.code])).toEqual([
      ["created", undefined, undefined],
      ["rejected", "supplierExternalId", "SUPPLIER_EXTERNAL_ID_UNKNOWN"],
      ["rejected", "conclusion", "VALIDATION_FAILED"],
      ["rejected", "productCode", "PRODUCT_CODE_UNKNOWN"],
      ["rejected", "externalId", "VALIDATION_FAILED"],
    ]);
    expect(res.results[2]?.issues?.[0]?.message).toMatch(/cannot be accepted/);
  });

  it("a single push with a bad record answers 400 with its field", async () => {
    const res = await post("/purchase-receipts", receipt(9200, { supplierExternalId: "nobody" }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "SUPPLIER_EXTERNAL_ID_UNKNOWN" } });
  });

  it("a batch of 1,000 receipts with problems opens 1,000 hazards numbered in batch order; a retry opens none", async () => {
    const records = Array.from({ length: MAX_BATCH_RECORDS }, (_, i) =>
      receipt(20_000 + i, { inspectionReport: "missing", conclusion: "quarantined" }),
    );
    const hazardsBefore = await t.db.hazard.count({ where: { organizationId: fx.organizationId } });
    const body = (await (await post("/purchase-receipts/batch", { records })).json()) as BatchPushResult;
    expect(body.counts).toEqual({ created: 1000, updated: 0, unchanged: 0, rejected: 0 });
    const numbers = body.results.map((r) => Number(/^YH-2027-(\d+)$/.exec(r.hazardNo ?? "")?.[1]));
    expect(numbers.every(Number.isInteger)).toBe(true);
    expect(numbers).toEqual(numbers.map((_, i) => (numbers[0] ?? 0) + i));
    const mine = new Set(records.map((r) => r.externalId));
    const checks = (
      await t.db.purchaseCheck.findMany({
        where: { organizationId: fx.organizationId },
        select: { hazard: { select: { hazardNo: true, source: true } }, externalId: true },
      })
    ).filter((c) => mine.has(c.externalId ?? ""));
    expect(checks).toHaveLength(1000);
    expect(new Set(checks.map((c) => c.hazard?.hazardNo)).size).toBe(1000);
    expect(checks.every((c) => c.hazard?.source === "purchase_check")).toBe(true);
    const again = (await (await post("/purchase-receipts/batch", { records })).json()) as BatchPushResult;
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 1000, rejected: 0 });
    expect(await t.db.hazard.count({ where: { organizationId: fx.organizationId } })).toBe(hazardsBefore + 1000);
  });
});

describe("v1 sales", () => {
  it("stores exactly 1,000 sales; the same key replays; lists them in pages", async () => {
    const records = Array.from({ length: MAX_BATCH_RECORDS }, (_, i) => ({
      externalId: `SO-${i}`,
      productCode: "LH-4820T",
      productName: "电动自行车用锂离子蓄电池",
      specModel: "48V20Ah",
      batchNo: "L00001",
      quantity: 1,
      unit: "块",
      saleDate: "2027-05-06",
      buyerName: `车行${i}`,
      buyerContact: "13800000000",
      destination: "江苏省常州市",
      recordedBy: "ERP",
    }));
    const first = await post("/sales/batch", { records }, "sales-1000");
    const body = (await first.json()) as BatchPushResult;
    expect(body.counts.created).toBe(1000);
    const replay = await post("/sales/batch", { records }, "sales-1000");
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await t.db.saleRecord.count({ where: { organizationId: fx.organizationId } })).toBe(1000);
    const page = (await (await get("/sales?limit=500")).json()) as { items: unknown[]; nextCursor: string | null };
    expect(page.items).toHaveLength(500);
    expect(page.nextCursor).not.toBeNull();
    const changed = (await (
      await post("/sales/batch", { records: [{ ...records[0], quantity: 2 }] })
    ).json()) as BatchPushResult;
    expect(changed.results[0]?.status).toBe("updated");
  });
});

describe("v1 seller pushes and the audit trail", () => {
  it("every receipt and sale pushed above is chained in the organisation's trail as it is written", async () => {
    const report = await verifyAuditChain(t.db, fx.organizationId);
    expect(report.unchained).toBe(0);
    expect(report.broken).toBeNull();
    const pushed = await t.db.auditEvent.count({
      where: { organizationId: fx.organizationId, action: { in: ["purchase_check.create", "sale.create"] } },
    });
    expect(pushed).toBeGreaterThan(2000);
    expect(report.checked).toBeGreaterThanOrEqual(pushed);
  });
});
