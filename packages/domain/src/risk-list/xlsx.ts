// XLSX export of one version of the risk control list, laid out like the printed
// 《工业产品质量安全风险管控清单》: a header block, then the model form's columns
// (contracts RISK_LIST_COLUMNS, shared with the print view).
import ExcelJS from "exceljs";
import { RISK_LIST_COLUMNS, riskListRowZh } from "@anzhi/contracts";
import type { RiskListDocument } from "./read.ts";

const VERSION_STATE_ZH = { in_force: "现行", approved: "已批准", pending: "待批准", superseded: "未批准" } as const;
const AUTHOR_ROLE_ZH = { director: "质量安全总监", principal: "主要负责人", officer: "质量安全员" } as const;

export const XLSX_COLUMNS = RISK_LIST_COLUMNS.map((c) => c.zh);
const WIDTHS: Record<(typeof RISK_LIST_COLUMNS)[number]["key"], number> = {
  seq: 6,
  stage: 10,
  riskPoint: 28,
  riskCategory: 14,
  riskLevel: 8,
  consequence: 22,
  controlMeasure: 40,
  checkMethod: 10,
  criterion: 26,
  frequency: 12,
  role: 12,
  person: 10,
};

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** 风险管控清单-v3.xlsx, sent with an RFC 5987 `filename*` (plus an ASCII fallback). */
export function xlsxFileName(version: number): { fileName: string; contentDisposition: string } {
  const fileName = `风险管控清单-v${version}.xlsx`;
  return {
    fileName,
    contentDisposition: `attachment; filename="risk-control-list-v${version}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  };
}

const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

export async function buildRiskListXlsx(doc: RiskListDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "安质 Anzhi";
  const version = doc.version;
  const sheet = book.addWorksheet(`v${version?.version ?? 0}`, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = RISK_LIST_COLUMNS.map((c) => ({ width: WIDTHS[c.key] }));
  const last = RISK_LIST_COLUMNS.length;

  const title = sheet.addRow([doc.title]);
  sheet.mergeCells(title.number, 1, title.number, last);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center" };
  const header: [string, string][] = [
    ["企业名称", doc.org.name],
    ["统一社会信用代码", doc.org.uscc],
    ["版本", version ? `第 ${version.version} 版（${VERSION_STATE_ZH[version.state]}）` : ""],
    ["生效日期", version?.effectiveFrom ?? ""],
    [
      "编制",
      version
        ? version.preparedBy.name + (version.preparedBy.role ? `（${AUTHOR_ROLE_ZH[version.preparedBy.role]}）` : "")
        : "",
    ],
    ["批准（主要负责人）", version?.approvedBy?.name ?? ""],
  ];
  for (const [k, v] of header) {
    const row = sheet.addRow([k, "", v]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    sheet.mergeCells(row.number, 3, row.number, last);
    row.getCell(1).font = { bold: true };
  }
  sheet.addRow([]);
  const head = sheet.addRow([...XLSX_COLUMNS]);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8F1EC" } };
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  sheet.views = [{ state: "frozen", ySplit: head.number }];
  doc.items.forEach((item, index) => {
    const cells = riskListRowZh(item, index);
    const row = sheet.addRow(RISK_LIST_COLUMNS.map((c) => (c.key === "seq" ? index + 1 : cells[c.key])));
    row.alignment = { vertical: "top", wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
