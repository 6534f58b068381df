#!/usr/bin/env node
// Kingdee K/3 Cloud (金蝶云星空) → Anzhi. Reads an export and syncs it:
//   sample/stk-instock.json     STK_InStock (采购入库单) as ExecuteBillQuery answers it (array of arrays
//                               in the order of IN_STOCK_KEYS below) → purchase receipts (进货查验记录)
//   sample/bd-material.json     BD_MATERIAL (物料) query answer → names and 规格型号 of the materials
//   sample/pur-receivebill.xlsx PUR_ReceiveBill (收料通知单) list exported to Excel (列表 → 引出),
//                               columns by caption → incoming inspections (进货检验)
//
//   ANZHI_API_KEY=anz_… ANZHI_URL=https://anzhi.example.com node sync.mjs ./export
//
// Every push is idempotent (the externalId is FBillNo#FEntryID): a re-run stores nothing twice.
// Rows that cannot become a valid record are listed with the Kingdee field they came from and the
// exit code is 2; nothing is dropped silently.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { Anzhi } from "@anzhi/sdk";
import {
  billQueryRows,
  IN_STOCK_FIELD_KEYS,
  incomingInspectionsFromReceiveBill,
  materialIndex,
  purchaseReceiptsFromInStock,
} from "@anzhi/sdk/connectors/kingdee";

// ── What this account's configuration adds (edit for yours) ─────────────────────────────────
// FieldKeys of the STK_InStock query: the connector's documented keys, then this account's custom fields
// (F_AZ_* — 合格证明, 检验报告, 标识一致性, 查验人) that hold the 进货查验 the standard bill lacks.
export const IN_STOCK_KEYS = [...IN_STOCK_FIELD_KEYS, "F_AZ_HGZ", "F_AZ_JYBG", "F_AZ_BSYZ", "F_AZ_CYR"];
export const MATERIAL_KEYS = ["FNumber", "FName", "FSpecification", "FBaseUnitId.FName"];
// The Excel list export names columns by caption; this account's list shows these.
export const RECEIVE_BILL_CAPTIONS = {
  单据编号: "FBillNo",
  收料日期: "FDate",
  供应商编码: "FSupplierId.FNumber",
  分录内码: "FDetailEntity_FEntryID",
  物料编码: "FMaterialId.FNumber",
  批号: "FLot.FNumber",
  实收数量: "FActReceiveQty",
  收料单位: "FUnitId.FName",
  检验时间: "F_AZ_JYSJ",
  检验结果: "F_AZ_JYJG",
  检验员: "F_AZ_JYY",
  检验依据: "F_AZ_JYYJ",
  不合格处理: "F_AZ_BHGCL",
};
const DOC = { 有: "ok", 无: "missing", 无效: "invalid" };
const MARK = { 一致: "consistent", 不一致: "inconsistent" };
const RESULT = { 合格: "pass", 不合格: "fail", 让步接收: "concession", 待检: "pending" };
const HANDLING = { 退货: "return", 隔离: "quarantine", 报废: "scrap" };

const code = (table, key) => (row) => table[row[key]] ?? row[key];

/** Purchase receipts from STK_InStock rows: the account's F_AZ_* fields give the 进货查验. */
export function mapInStock(rows, materials) {
  return purchaseReceiptsFromInStock(rows, {
    materials,
    quality: {
      conformityCertificate: code(DOC, "F_AZ_HGZ"),
      inspectionReport: code(DOC, "F_AZ_JYBG"),
      markingCheck: code(MARK, "F_AZ_BSYZ"),
      // 查验结论: accepted only when every document is there and the marking matches.
      conclusion: (r) =>
        DOC[r.F_AZ_HGZ] === "ok" && DOC[r.F_AZ_JYBG] === "ok" && MARK[r.F_AZ_BSYZ] === "consistent"
          ? "accepted"
          : "rejected",
      checkedBy: "F_AZ_CYR",
    },
  });
}

/** Incoming inspections from PUR_ReceiveBill rows (the account's F_AZ_* inspection fields). */
export function mapReceiveBill(rows, materials) {
  return incomingInspectionsFromReceiveBill(rows, {
    materials,
    quality: {
      inspectedAt: "F_AZ_JYSJ",
      result: code(RESULT, "F_AZ_JYJG"),
      inspector: "F_AZ_JYY",
      standardNo: "F_AZ_JYYJ",
      nonConformityHandling: code(HANDLING, "F_AZ_BHGCL"),
    },
  });
}

// ── Reading the export ──────────────────────────────────────────────────────────────────────
function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Rows of the first sheet, keyed by the field key of each caption (unknown captions are kept as is). */
export async function readListExport(file, captions) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const keys = [];
  ws.getRow(1).eachCell((cell, col) => (keys[col] = captions[String(cell.value).trim()] ?? String(cell.value).trim()));
  const rows = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const out = {};
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (keys[col]) out[keys[col]] = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
    });
    rows.push(out);
  });
  return rows;
}

/**
 * Maps the export in `dir` and syncs it with `anzhi`. Returns the sync reports and every mapping
 * issue (row, Kingdee field, reason).
 */
export async function run({ dir, anzhi, log = console.log }) {
  const materials = materialIndex(billQueryRows(MATERIAL_KEYS, readJson(path.join(dir, "bd-material.json"))));
  const inStock = mapInStock(billQueryRows(IN_STOCK_KEYS, readJson(path.join(dir, "stk-instock.json"))), materials);
  const receive = mapReceiveBill(
    await readListExport(path.join(dir, "pur-receivebill.xlsx"), RECEIVE_BILL_CAPTIONS),
    materials,
  );

  const issues = [
    ...inStock.issues.map((i) => ({ form: "STK_InStock", ...i })),
    ...receive.issues.map((i) => ({ form: "PUR_ReceiveBill", ...i })),
  ];
  for (const i of issues)
    log(
      `未同步 ${i.form} ${i.billNo ?? `第${i.index + 1}行`}: ${i.sourceField} → ${i.field}: ${i.message} (值 ${JSON.stringify(i.value ?? null)})`,
    );

  const purchaseReceipts = await anzhi.purchaseReceipts.sync(inStock.records);
  const incoming = await anzhi.inspections.incoming.sync(receive.records);
  for (const [name, report] of [
    ["进货查验记录", purchaseReceipts],
    ["进货检验", incoming],
  ]) {
    const c = report.counts;
    log(`${name}: 新增 ${c.created}, 更新 ${c.updated}, 未变 ${c.unchanged}, 拒收 ${c.rejected}`);
    for (const r of report.rejected)
      log(`  拒收 ${r.externalId}: ${r.issues?.map((x) => `${x.path} ${x.message}`).join("; ")}`);
  }
  return { purchaseReceipts, incoming, issues };
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
    .then(({ purchaseReceipts, incoming, issues }) => {
      if (issues.length > 0 || purchaseReceipts.counts.rejected + incoming.counts.rejected > 0) process.exitCode = 2;
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
