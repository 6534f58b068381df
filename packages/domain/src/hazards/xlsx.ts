// XLSX exports of the hazard ledger (隐患台账) and the duty-performance ledger (履职记录) for a
// date range, with RFC 5987 file names.
import type { z } from "zod";
import ExcelJS from "exceljs";
import {
  HAZARD_SEVERITY_ZH,
  HAZARD_SOURCE_ZH,
  HAZARD_STATUS_ZH,
  PROPOSAL_DECISION_ZH,
  PROPOSAL_TYPE_ZH,
  ROLE_ZH,
  labelZh,
  localDate,
  type LedgerDateRangeSchema,
  type LedgerDateRange,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { listProposals } from "../proposals/read.ts";
import { hazardWhere } from "./ledger.ts";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function contentDisposition(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

interface Clock {
  organizationId: string;
  timeZone: string;
  now: Date;
}

function sheetWith(
  book: ExcelJS.Workbook,
  name: string,
  title: string,
  org: { name: string; uscc: string },
  range: LedgerDateRange,
  columns: Array<[string, number]>,
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map(([, width]) => ({ width }));
  const t = sheet.addRow([title]);
  sheet.mergeCells(t.number, 1, t.number, columns.length);
  t.font = { bold: true, size: 16 };
  t.alignment = { horizontal: "center" };
  const meta = sheet.addRow([`企业名称：${org.name}（${org.uscc}）    期间：${range.from} 至 ${range.to}`]);
  sheet.mergeCells(meta.number, 1, meta.number, columns.length);
  const head = sheet.addRow(columns.map(([h]) => h));
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8F1EC" } };
    cell.border = {
      top: { style: "thin" },
      bottom: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
    };
  });
  sheet.views = [{ state: "frozen", ySplit: head.number }];
  return sheet;
}

function dt(d: Date | null, timeZone: string): string {
  return d
    ? `${localDate(d, timeZone)} ${d.toLocaleTimeString("zh-CN", { timeZone, hour12: false, hour: "2-digit", minute: "2-digit" })}`
    : "";
}

export async function hazardLedgerXlsx(
  db: Db,
  clock: Clock,
  range: z.output<typeof LedgerDateRangeSchema>,
): Promise<{ bytes: Buffer; fileName: string; contentDisposition: string }> {
  const today = localDate(clock.now, clock.timeZone);
  const org = await db.organization.findUniqueOrThrow({
    where: { id: clock.organizationId },
    select: { name: true, uscc: true },
  });
  const rows = await db.hazard.findMany({
    where: hazardWhere(clock.organizationId, { from: range.from, to: range.to }, today, clock.timeZone),
    orderBy: { createdAt: "asc" },
    select: {
      hazardNo: true,
      source: true,
      title: true,
      description: true,
      severity: true,
      status: true,
      dueDate: true,
      containment: true,
      rootCause: true,
      correctiveAction: true,
      rectificationNote: true,
      rectifiedAt: true,
      verificationNote: true,
      verifiedAt: true,
      closedAt: true,
      createdAt: true,
      reportedToRegulator: true,
      owner: { select: { name: true } },
      site: { select: { name: true } },
      product: { select: { name: true } },
      rectifiedBy: { select: { name: true } },
      verifiedBy: { select: { name: true } },
    },
  });
  const book = new ExcelJS.Workbook();
  book.creator = "安质 Anzhi";
  const sheet = sheetWith(book, "隐患台账", "隐患排查治理台账", org, range, [
    ["隐患编号", 15],
    ["发现日期", 12],
    ["来源", 12],
    ["隐患描述", 40],
    ["场所/产品", 18],
    ["等级", 8],
    ["临时控制措施", 24],
    ["整改措施", 28],
    ["责任人", 10],
    ["整改期限", 12],
    ["状态", 10],
    ["是否逾期", 9],
    ["整改说明", 28],
    ["整改人", 10],
    ["整改时间", 17],
    ["验证意见", 24],
    ["验证人", 10],
    ["销号时间", 17],
    ["已报告监管部门", 10],
  ]);
  for (const h of rows) {
    const overdue = h.status !== "closed" && h.dueDate < today;
    const row = sheet.addRow([
      h.hazardNo,
      localDate(h.createdAt, clock.timeZone),
      labelZh(HAZARD_SOURCE_ZH, h.source),
      `${h.title}\n${h.description}`,
      [h.site?.name, h.product?.name].filter(Boolean).join(" / "),
      labelZh(HAZARD_SEVERITY_ZH, h.severity),
      h.containment ?? "",
      h.correctiveAction ?? "",
      h.owner?.name ?? "",
      h.dueDate,
      labelZh(HAZARD_STATUS_ZH, h.status),
      overdue ? "逾期" : "",
      h.rectificationNote ?? "",
      h.rectifiedBy?.name ?? "",
      dt(h.rectifiedAt, clock.timeZone),
      h.verificationNote ?? "",
      h.verifiedBy?.name ?? "",
      dt(h.closedAt, clock.timeZone),
      h.reportedToRegulator ? "是" : "否",
    ]);
    row.alignment = { wrapText: true, vertical: "top" };
    if (overdue) row.getCell(12).font = { bold: true, color: { argb: "FFB42318" } };
  }
  const fileName = `隐患台账_${range.from}_${range.to}.xlsx`;
  return {
    bytes: Buffer.from(await book.xlsx.writeBuffer()),
    fileName,
    contentDisposition: contentDisposition(fileName, `hazard-ledger_${range.from}_${range.to}.xlsx`),
  };
}

export async function proposalLedgerXlsx(
  db: Db,
  clock: Clock,
  range: z.output<typeof LedgerDateRangeSchema>,
): Promise<{ bytes: Buffer; fileName: string; contentDisposition: string }> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: clock.organizationId },
    select: { name: true, uscc: true },
  });
  const proposals = await listProposals(db, clock, { range });
  const book = new ExcelJS.Workbook();
  book.creator = "安质 Anzhi";
  const sheet = sheetWith(book, "履职记录", "质量安全履职记录（意见建议/否决建议）", org, range, [
    ["提出时间", 17],
    ["提出人", 10],
    ["岗位", 12],
    ["建议类型", 10],
    ["涉及产品", 18],
    ["批次", 14],
    ["危及安全的缺陷描述", 40],
    ["主要负责人决定", 12],
    ["理由", 30],
    ["处置措施", 26],
    ["决定人", 10],
    ["决定时间", 17],
    ["答复用时(小时)", 12],
    ["内容摘要(SHA-256)", 20],
  ]);
  for (const p of proposals) {
    const d = p.decision;
    const row = sheet.addRow([
      dt(p.proposedAt, clock.timeZone),
      p.proposedBy.name,
      labelZh(ROLE_ZH, p.proposerRole),
      labelZh(PROPOSAL_TYPE_ZH, p.type),
      p.products.map((x) => x.name).join("、"),
      p.batchNos.join("、"),
      p.defectDescription,
      d ? labelZh(PROPOSAL_DECISION_ZH, d.decision) : "待决定",
      d?.reason ?? "",
      d?.actionsTaken ?? "",
      d?.decidedBy.name ?? "",
      dt(d?.decidedAt ?? null, clock.timeZone),
      p.hoursToAnswer,
      p.contentHash.slice(0, 16),
    ]);
    row.alignment = { wrapText: true, vertical: "top" };
  }
  const fileName = `履职记录_${range.from}_${range.to}.xlsx`;
  return {
    bytes: Buffer.from(await book.xlsx.writeBuffer()),
    fileName,
    contentDisposition: contentDisposition(fileName, `proposals_${range.from}_${range.to}.xlsx`),
  };
}
