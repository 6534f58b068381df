// The ERP connector examples (examples/kingdee-k3cloud, examples/yonyou-u8) run on the sample
// exports shipped with them against a real server: every mappable row arrives once, a second run
// stores nothing new (all unchanged), and rows that cannot be mapped are reported with the ERP
// field they came from instead of vanishing.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Anzhi } from "../src/index";
import { startTestServer, type TestServer } from "./fixtures";

let s: TestServer;
let anzhi: Anzhi;
const examples = path.join(import.meta.dirname, "..", "examples");

beforeAll(async () => {
  s = await startTestServer();
  anzhi = new Anzhi({
    apiKey: await s.orgA.key(["records:read", "records:write"]),
    baseUrl: s.server.url,
    locale: "en",
  });
});
afterAll(async () => s?.close());

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("examples/kingdee-k3cloud", () => {
  it("syncs STK_InStock (JSON) and PUR_ReceiveBill (XLSX) once; a re-run changes nothing", async () => {
    // @ts-expect-error -- a plain .mjs example without types
    const { run } = (await import("../examples/kingdee-k3cloud/sync.mjs")) as {
      run: (o: object) => Promise<{
        purchaseReceipts: Awaited<ReturnType<Anzhi["purchaseReceipts"]["sync"]>>;
        incoming: Awaited<ReturnType<Anzhi["inspections"]["incoming"]["sync"]>>;
        issues: { form: string; billNo: string | null; field: string; sourceField: string }[];
      }>;
    };
    const lines: string[] = [];
    const dir = path.join(examples, "kingdee-k3cloud", "sample");
    const first = await run({ dir, anzhi, log: (l: string) => lines.push(l) });
    expect(first.purchaseReceipts.counts).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.incoming.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    // The bill without a lot and the receiving line with 实收数量 0 are reported by Kingdee field.
    expect(first.issues.map((i) => [i.form, i.billNo, i.field, i.sourceField])).toEqual([
      ["STK_InStock", "CGRK00103", "batchNo", "FLot.FNumber"],
      ["PUR_ReceiveBill", "SLTZ000203", "quantity", "FActReceiveQty"],
    ]);
    expect(lines.some((l) => l.includes("FLot.FNumber") && l.includes("CGRK00103"))).toBe(true);

    const second = await run({ dir, anzhi, log: () => {} });
    expect(second.purchaseReceipts.counts).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(second.incoming.counts).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });

    const receipts = await all(anzhi.purchaseReceipts.list());
    expect(receipts.map((r) => r.externalId).sort()).toEqual([
      "CGRK00101#100101",
      "CGRK00101#100102",
      "CGRK00102#100103",
    ]);
    // The receipt without its inspection report opened a hazard; the names came from BD_MATERIAL.
    const missing = await anzhi.purchaseReceipts.get("CGRK00102#100103");
    expect(missing.productName).toBe("电动自行车用锂离子蓄电池");
    const incoming = await all(anzhi.inspections.incoming.list());
    expect(incoming.map((r) => [r.externalId, r.result, r.batchNo]).sort()).toEqual([
      ["SLTZ000201#200101", "pass", "CE-20261120"],
      ["SLTZ000202#200102", "fail", "CE-20261121"],
    ]);
    expect(incoming.find((r) => r.result === "fail")?.hazardNos).toHaveLength(1);
  });
});

describe("examples/yonyou-u8", () => {
  it("syncs purchase in, arrival and sale-out vouchers once; a re-run changes nothing", async () => {
    // @ts-expect-error -- a plain .mjs example without types
    const { run } = (await import("../examples/yonyou-u8/sync.mjs")) as {
      run: (o: object) => Promise<{
        purchaseReceipts: Awaited<ReturnType<Anzhi["purchaseReceipts"]["sync"]>>;
        incoming: Awaited<ReturnType<Anzhi["inspections"]["incoming"]["sync"]>>;
        sales: Awaited<ReturnType<Anzhi["sales"]["sync"]>>;
        issues: { voucher: string; billNo: string | null; field: string; sourceField: string }[];
      }>;
    };
    const dir = path.join(examples, "yonyou-u8", "sample");
    const first = await run({ dir, anzhi, log: () => {} });
    expect(first.purchaseReceipts.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.incoming.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.sales.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    // A line without 批号 and a sale to a customer missing from the archive, by U8 field.
    expect(first.issues.map((i) => [i.voucher, i.billNo, i.field, i.sourceField])).toEqual([
      ["purchasein", "0000000102", "batchNo", "entry.serial"],
      ["saleout", "XSCK000302", "buyerName", "customercode"],
      ["saleout", "XSCK000302", "buyerContact", "customercode"],
      ["saleout", "XSCK000302", "destination", "customercode"],
    ]);

    const second = await run({ dir, anzhi, log: () => {} });
    for (const report of [second.purchaseReceipts, second.incoming, second.sales])
      expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });

    const sales = await all(anzhi.sales.list());
    expect(sales.map((r) => [r.externalId, r.productName, r.buyerName]).sort()).toEqual([
      ["XSCK000301#1", "电动自行车用锂离子蓄电池", "常州新北区某车行"],
      ["XSCK000301#2", "电动自行车充电器", "常州新北区某车行"],
    ]);
    const receipts = await all(anzhi.purchaseReceipts.list());
    expect(
      receipts
        .map((r) => r.externalId)
        .filter((id) => id?.startsWith("00000001"))
        .sort(),
    ).toEqual(["0000000101#1", "0000000101#2"]);
    const incoming = await all(anzhi.inspections.incoming.list());
    expect(incoming.filter((r) => r.externalId?.startsWith("DH")).map((r) => [r.externalId, r.result])).toEqual(
      expect.arrayContaining([
        ["DH00000201#1", "pass"],
        ["DH00000201#2", "fail"],
      ]),
    );
  });
});
