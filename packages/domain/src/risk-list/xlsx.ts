// XLSX export of one version of the risk control list, laid out like the printed
// 《工业产品质量安全风险管控清单》: a header block, then 序号/控制环节/风险点/管控措施/管控频次/
// 责任岗位/责任人/依据.
import ExcelJS from "exceljs";
import { RISK_STAGE_ZH, ROLE_ZH, labelZh } from "@anzhi/contracts";
import { frequencyLabel } from "./labels.ts";
import type { RiskListDocument } from "./read.ts";

const VERSION_STATE_ZH = { in_force: "现行", approved: "已批准", pending: "待批准", superseded: "未批准" } as const;
const AUTHOR_ROLE_ZH = { director: "质量安全总监", principal: "主要负责人", officer: "质量安全员" } as const;

export const XLSX_COLUMNS = [
  "序号",
  "控制环节",
  "风险点",
  "管控措施",
  "管控频次",
  "责任岗位",
  "责任人",
  "依据",
] as const;
const WIDTHS = [6, 12, 36, 48, 14, 14, 10, 28];

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** 风险管控清单-v3.xlsx, sent with an RFC 5987 `filename*` (plus an ASCII fallback). */
export function xlsxFileName(version: number): { fileName: string; contentDisposition: string } {
  const fileName = `风险管控清单-v${version}.xlsx`;
  return {
    fileName,
    contentDisposition: `attachment; filename="risk-control-list-v${version}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  };
}

export async function buildRiskListXlsx(doc: RiskListDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "安质 Anzhi";
  const version = doc.version;
  const sheet = book.addWorksheet(`v${version?.version ?? 0}`, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const last = XLSX_COLUMNS.length;

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
    cell.border = {
      top: { style: "thin" },
      bottom: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
    };
    cell.alignment = { horizontal: "center", vertical: "middle" };
  });
  sheet.views = [{ state: "frozen", ySplit: head.number }];
  doc.items.forEach((item, index) => {
    const row = sheet.addRow([
      index + 1,
      labelZh(RISK_STAGE_ZH, item.stage),
      item.riskPoint,
      item.controlMeasure,
      frequencyLabel(item.frequency, item.trigger),
      labelZh(ROLE_ZH, item.responsibleRole),
      item.responsibleName ?? "",
      item.basis,
    ]);
    row.alignment = { vertical: "top", wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = {
        top: { style: "thin" },
        bottom: { style: "thin" },
        left: { style: "thin" },
        right: { style: "thin" },
      };
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
