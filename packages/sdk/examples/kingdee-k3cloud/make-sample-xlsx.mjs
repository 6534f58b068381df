// Writes sample/pur-receivebill.xlsx: a 收料通知单 list exported from K/3 Cloud (列表 → 引出) with
// the column captions of the standard list plus this account's quality fields. Re-run after
// editing the rows below: node make-sample-xlsx.mjs
import ExcelJS from "exceljs";

const header = [
  "单据编号",
  "收料日期",
  "供应商编码",
  "分录内码",
  "物料编码",
  "批号",
  "实收数量",
  "收料单位",
  "检验时间",
  "检验结果",
  "检验员",
  "检验依据",
  "不合格处理",
];
const rows = [
  [
    "SLTZ000201",
    "2026-11-20",
    "V-0042",
    200101,
    "3.02.0001",
    "CE-20261120",
    5000,
    "只",
    "2026-11-20 09:30:00",
    "合格",
    "王芳（IQC）",
    "GB 43854-2024",
    "",
  ],
  [
    "SLTZ000202",
    "2026-11-21",
    "V-0042",
    200102,
    "3.02.0001",
    "CE-20261121",
    3000,
    "只",
    "2026-11-21 10:05:00",
    "不合格",
    "王芳（IQC）",
    "GB 43854-2024",
    "退货",
  ],
  [
    "SLTZ000203",
    "2026-11-22",
    "V-0042",
    200103,
    "3.02.0001",
    "CE-20261122",
    0,
    "只",
    "2026-11-22 08:40:00",
    "合格",
    "王芳（IQC）",
    "GB 43854-2024",
    "",
  ],
];
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet("收料通知单");
ws.addRow(header);
for (const r of rows) ws.addRow(r);
await wb.xlsx.writeFile(new URL("./sample/pur-receivebill.xlsx", import.meta.url));
