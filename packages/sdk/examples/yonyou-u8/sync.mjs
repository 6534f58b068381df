#!/usr/bin/env node
// Yonyou U8 (OpenAPI, api.yonyouup.com) → Anzhi. Reads vouchers as the OpenAPI answers them
// (purchasein/get, purchasereceipt/get, saleout/get, inventory/get — saved as JSON arrays by a
// nightly job, or fetched live with your app_key / token) and syncs them:
//   sample/purchasein.json       采购入库单 → purchase receipts (进货查验记录)
//   sample/purchasereceipt.json  采购到货单 → incoming inspections (进货检验)
//   sample/saleout.json          销售出库单 → sales (销售台账)
//   sample/inventory.json        存货档案 → names and 规格型号 of the lines
//   sample/customers.json        客户档案 (your export: code, name, phone, address) → 购货者 and 流向
//
//   ANZHI_API_KEY=anz_… ANZHI_URL=https://anzhi.example.com node sync.mjs ./export
//
// Idempotent (externalId = voucher code#ivouchrowno); rows that cannot be mapped are listed with
// the U8 field they came from and the exit code is 2.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Anzhi } from "@anzhi/sdk";
import {
  derived,
  flattenVoucher,
  incomingInspectionsFromArrival,
  inventoryIndex,
  purchaseReceiptsFromPurchaseIn,
  salesFromSaleOut,
} from "@anzhi/sdk/connectors/yonyou";

// ── What this account's configuration adds (edit for yours) ─────────────────────────────────
// Line custom items (表体自定义项) this account uses for the checks U8 does not record:
//   采购入库单 define22 合格证明 (有/无/无效), define23 检验报告, define24 标识一致性 (一致/不一致);
//   到货单 define28 检验时间, define29 检验结果, define30 检验员, define31 检验依据, define32 不合格处理.
const DOC = { 有: "ok", 无: "missing", 无效: "invalid" };
const MARK = { 一致: "consistent", 不一致: "inconsistent" };
const RESULT = { 合格: "pass", 不合格: "fail", 让步接收: "concession", 待检: "pending" };
const HANDLING = { 退货: "return", 隔离: "quarantine", 报废: "scrap" };
const code = (table, key) => (row) => table[row[key]] ?? row[key];

export function mapPurchaseIn(rows, inventory) {
  return purchaseReceiptsFromPurchaseIn(rows, {
    inventory,
    quality: {
      conformityCertificate: code(DOC, "entry.define22"),
      inspectionReport: code(DOC, "entry.define23"),
      markingCheck: code(MARK, "entry.define24"),
      conclusion: (r) =>
        DOC[r["entry.define22"]] === "ok" &&
        DOC[r["entry.define23"]] === "ok" &&
        MARK[r["entry.define24"]] === "consistent"
          ? "accepted"
          : "rejected",
      // 查验人: the voucher's 审核人.
      checkedBy: "handler",
    },
  });
}

export function mapArrival(rows, inventory) {
  return incomingInspectionsFromArrival(rows, {
    inventory,
    quality: {
      inspectedAt: "entry.define28",
      result: code(RESULT, "entry.define29"),
      inspector: "entry.define30",
      standardNo: "entry.define31",
      nonConformityHandling: code(HANDLING, "entry.define32"),
    },
  });
}

export function mapSaleOut(rows, inventory, customers) {
  // 购货者 and 流向 from the customer archive by customercode (issues then name customercode).
  const customer = (key) => derived("customercode", (c) => customers.get(c)?.[key]);
  return salesFromSaleOut(rows, {
    inventory,
    buyer: { buyerName: customer("name"), buyerContact: customer("phone"), destination: customer("address") },
  });
}

const readJson = (dir, file) => JSON.parse(readFileSync(path.join(dir, file), "utf8"));
const lines = (docs) => docs.flatMap((d) => flattenVoucher(d));

/** Maps the export in `dir` and syncs it with `anzhi`; returns the sync reports and the mapping issues. */
export async function run({ dir, anzhi, log = console.log }) {
  const inventory = inventoryIndex(readJson(dir, "inventory.json"));
  const customers = new Map(readJson(dir, "customers.json").map((c) => [c.code, c]));
  const purchaseIn = mapPurchaseIn(lines(readJson(dir, "purchasein.json")), inventory);
  const arrival = mapArrival(lines(readJson(dir, "purchasereceipt.json")), inventory);
  const saleOut = mapSaleOut(lines(readJson(dir, "saleout.json")), inventory, customers);

  const issues = [
    ...purchaseIn.issues.map((i) => ({ voucher: "purchasein", ...i })),
    ...arrival.issues.map((i) => ({ voucher: "purchasereceipt", ...i })),
    ...saleOut.issues.map((i) => ({ voucher: "saleout", ...i })),
  ];
  for (const i of issues)
    log(
      `未同步 ${i.voucher} ${i.billNo ?? `第${i.index + 1}行`}: ${i.sourceField} → ${i.field}: ${i.message} (值 ${JSON.stringify(i.value ?? null)})`,
    );

  const purchaseReceipts = await anzhi.purchaseReceipts.sync(purchaseIn.records);
  const incoming = await anzhi.inspections.incoming.sync(arrival.records);
  const sales = await anzhi.sales.sync(saleOut.records);
  for (const [name, report] of [
    ["进货查验记录", purchaseReceipts],
    ["进货检验", incoming],
    ["销售台账", sales],
  ]) {
    const c = report.counts;
    log(`${name}: 新增 ${c.created}, 更新 ${c.updated}, 未变 ${c.unchanged}, 拒收 ${c.rejected}`);
    for (const r of report.rejected)
      log(`  拒收 ${r.externalId}: ${r.issues?.map((x) => `${x.path} ${x.message}`).join("; ")}`);
  }
  return { purchaseReceipts, incoming, sales, issues };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const apiKey = process.env.ANZHI_API_KEY;
  if (!apiKey) {
    console.error("set ANZHI_API_KEY (设置 → API 密钥)");
    process.exit(1);
  }
  const anzhi = new Anzhi({ apiKey, baseUrl: process.env.ANZHI_URL ?? "http://localhost:3000" });
  const dir = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "sample");
  run({ dir, anzhi })
    .then((r) => {
      const rejected = r.purchaseReceipts.counts.rejected + r.incoming.counts.rejected + r.sales.counts.rejected;
      if (r.issues.length > 0 || rejected > 0) process.exitCode = 2;
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
