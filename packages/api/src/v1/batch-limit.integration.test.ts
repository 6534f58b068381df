// The documented batch limit is 1,000 records: a batch of exactly 1,000 must work for every v1
// resource, on every path a record can take (created, updated with a revision, failed → hazard,
// unchanged). SQLite refuses statements with more bound parameters than its limit (Prisma P2029),
// so every statement whose size grows with the batch is chunked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BATCH_RECORDS, type BatchPushResult } from "@anzhi/contracts";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createV1Handler } from "./http.ts";
import { createIngestFixture } from "./testing.ts";

const BASE = "http://localhost/api/v1";
let t: TestDb;
let handle: (request: Request) => Promise<Response>;
let key: string;

beforeAll(async () => {
  t = await createTestDb("anzhi-v1-batch-");
  handle = createV1Handler({ db: t.db });
  key = await (await createIngestFixture(t.db, { slug: "v1-batch" })).key(["records:read", "records:write"]);
});
afterAll(async () => t?.cleanup());

async function pushBatch(path: string, records: unknown[]): Promise<BatchPushResult> {
  const response = await handle(
    new Request(`${BASE}${path}/batch`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ records }),
    }),
  );
  const text = await response.text();
  expect(response.status, text.slice(0, 500)).toBe(200);
  const result = JSON.parse(text) as BatchPushResult;
  expect(result.results.find((r) => r.status === "rejected")).toBeUndefined();
  return result;
}

const N = MAX_BATCH_RECORDS;
const ids = (prefix: string) => Array.from({ length: N }, (_, i) => `${prefix}-${String(i).padStart(4, "0")}`);
const failed = {
  result: "fail",
  lines: [{ item: "容量", requirement: "≥4900 mAh", measured: "4710", result: "fail" }],
};
const failedIncoming = { ...failed, nonConformityHandling: "return" };
const failedOutgoing = { ...failed, releaseDecision: "held" };

const incoming = (externalId: string, over: Record<string, unknown> = {}) => ({
  externalId,
  materialName: "三元锂离子电芯",
  specModel: "INR21700-50E",
  batchNo: `CE-${externalId}`,
  supplierExternalId: "V-0042",
  quantity: 5000,
  unit: "只",
  receiptDate: "2026-11-20",
  inspectedAt: "2026-11-20T09:30:00+08:00",
  result: "pass",
  inspector: "王芳",
  standardNo: "GB 43854-2024",
  lines: [{ item: "外观", requirement: "无破损", measured: "符合", result: "pass" }],
  ...over,
});
const outgoing = (externalId: string, over: Record<string, unknown> = {}) => ({
  externalId,
  productCode: "LH-4820T",
  specModel: "48V20Ah",
  batchNo: `LH-${externalId}`,
  quantity: 200,
  unit: "台",
  inspectedAt: "2026-11-20T15:00:00+08:00",
  result: "pass",
  inspector: "李强",
  approver: "周建华",
  releaseDecision: "released",
  markingCheck: "pass",
  standardNo: "GB 43854-2024",
  lines: [{ item: "外观", requirement: "无破损", measured: "符合", result: "pass" }],
  ...over,
});

describe(`a batch of exactly ${N} records`, () => {
  it.each([
    ["incoming", incoming, failedIncoming],
    ["outgoing", outgoing, failedOutgoing],
  ] as const)(
    "works for %s inspections: created, revised into failures (hazards), unchanged",
    async (kind, make, fail) => {
      const path = `/inspections/${kind}`;
      const all = ids(kind.toUpperCase());
      expect(
        (
          await pushBatch(
            path,
            all.map((id) => make(id)),
          )
        ).counts,
      ).toMatchObject({ created: N, rejected: 0 });
      const revised = await pushBatch(
        path,
        all.map((id) => make(id, fail)),
      );
      expect(revised.counts).toMatchObject({ updated: N, rejected: 0 });
      expect(revised.results.every((r) => r.hazardNo)).toBe(true);
      expect(new Set(revised.results.map((r) => r.hazardNo)).size).toBe(N);
      expect(
        (
          await pushBatch(
            path,
            all.map((id) => make(id, fail)),
          )
        ).counts,
      ).toMatchObject({ unchanged: N });
      expect(await t.db.inspectionRecordRevision.count({ where: { record: { kind } } })).toBe(N);
    },
    300_000,
  );

  it("works for suppliers: created, updated, unchanged", async () => {
    const all = ids("VS");
    const supplier = (externalId: string, name: string) => ({ externalId, name, type: "component" });
    expect(
      (
        await pushBatch(
          "/suppliers",
          all.map((id) => supplier(id, `供应商 ${id}`)),
        )
      ).counts,
    ).toMatchObject({
      created: N,
    });
    expect(
      (
        await pushBatch(
          "/suppliers",
          all.map((id) => supplier(id, `供应商 ${id} 改`)),
        )
      ).counts,
    ).toMatchObject({
      updated: N,
    });
    expect(
      (
        await pushBatch(
          "/suppliers",
          all.map((id) => supplier(id, `供应商 ${id} 改`)),
        )
      ).counts,
    ).toMatchObject({
      unchanged: N,
    });
  }, 300_000);

  it("works for products: created, updated, unchanged", async () => {
    const all = ids("P");
    const product = (code: string, name: string) => ({
      code,
      name,
      productGroupId: "e-bike-battery-charger",
      scopeRoutes: ["ccc"],
    });
    expect(
      (
        await pushBatch(
          "/products",
          all.map((c) => product(c, `蓄电池 ${c}`)),
        )
      ).counts,
    ).toMatchObject({
      created: N,
    });
    expect(
      (
        await pushBatch(
          "/products",
          all.map((c) => product(c, `蓄电池 ${c} 改`)),
        )
      ).counts,
    ).toMatchObject({
      updated: N,
    });
    expect(
      (
        await pushBatch(
          "/products",
          all.map((c) => product(c, `蓄电池 ${c} 改`)),
        )
      ).counts,
    ).toMatchObject({
      unchanged: N,
    });
  }, 300_000);
});
