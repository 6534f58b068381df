// Sellers' records through the SDK: purchase receipts (进货查验记录) and sales (销售台账) — a record
// refused client-side is never sent, a missing document comes back with its hazard number, the
// same records again are unchanged, sync() pushes more than one batch, and list() reads them back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Anzhi, AnzhiValidationError, type PurchaseReceiptInput, type SaleInput } from "../src/index";
import { startTestServer, type TestServer } from "./fixtures";

let s: TestServer;
let anzhi: Anzhi;

beforeAll(async () => {
  s = await startTestServer();
  anzhi = new Anzhi({
    apiKey: await s.orgA.key(["records:read", "records:write"]),
    baseUrl: s.server.url,
    locale: "en",
  });
});
afterAll(async () => s?.close());

const receipt = (n: number, over: Partial<PurchaseReceiptInput> = {}): PurchaseReceiptInput => ({
  externalId: `PR-${n}`,
  supplierExternalId: "V-0042",
  productName: "电动自行车用锂离子蓄电池",
  specModel: "48V20Ah",
  batchNo: "L-2026-11",
  quantity: 20,
  unit: "块",
  purchaseDate: "2026-11-20",
  conformityCertificate: "ok",
  inspectionReport: "ok",
  markingCheck: "consistent",
  conclusion: "accepted",
  checkedBy: "张质检",
  ...over,
});

const sale = (n: number): SaleInput => ({
  externalId: `SO-${n}`,
  productName: "电动自行车用锂离子蓄电池",
  specModel: "48V20Ah",
  batchNo: "L-2026-11",
  quantity: 1,
  unit: "块",
  saleDate: "2026-11-21",
  buyerName: `车行${n}`,
  buyerContact: "13800000000",
  destination: "江苏省常州市",
  recordedBy: "ERP",
});

describe("purchase receipts and sales", () => {
  it("pushes receipts with per-record results; a missing report carries its hazard number", async () => {
    const res = await anzhi.purchaseReceipts.pushBatch([
      receipt(1),
      receipt(2, { inspectionReport: "missing", conclusion: "rejected" }),
      receipt(3, { inspectionReport: "missing" }),
    ]);
    expect(res.results.map((r) => r.status)).toEqual(["created", "created", "rejected"]);
    expect(res.results[1]?.hazardNo).toMatch(/^YH-\d{4}-\d{4}$/);
    expect(res.results[2]?.issues?.[0]).toMatchObject({ path: "conclusion" });
    const again = await anzhi.purchaseReceipts.pushBatch([receipt(1)]);
    expect(again.counts.unchanged).toBe(1);
    expect(await anzhi.purchaseReceipts.get("PR-2")).toMatchObject({
      problems: ["report_missing"],
      supplierName: "常州电芯科技有限公司",
    });
    await expect(anzhi.purchaseReceipts.push(receipt(4, { checkedBy: "" }))).rejects.toBeInstanceOf(
      AnzhiValidationError,
    );
  });

  it("syncs 1,200 sales in batches and lists them back", async () => {
    const report = await anzhi.sync(
      Array.from({ length: 1200 }, (_, i) => sale(i)),
      { resource: "sales", batchSize: 1000 },
    );
    expect(report.counts.created).toBe(1200);
    let n = 0;
    for await (const _ of anzhi.sales.list({ limit: 500 })) n += 1;
    expect(n).toBe(1200);
  });
});
