// XLSX exports of the three routine ledgers for any date range, Chinese headers, RFC 5987 file
// names: 日管控台账 (every officer × working day, missed days included), 周排查台账 and 月调度台账.
import type { z } from "zod";
import ExcelJS from "exceljs";
import {
  RECORD_STATUS_ZH,
  labelZh,
  localDate,
  monthOf,
  type LedgerDateRangeSchema,
  type LedgerDateRange,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { dailyLedger } from "./daily-read.ts";
import type { DayStatus } from "./due.ts";

export interface XlsxFile {
  bytes: Buffer;
  fileName: string;
  contentDisposition: string;
}

const DAY_STATUS_ZH: Record<DayStatus, string> = {
  done: "已按时提交",
  late: "迟交",
  missed: "缺失",
  pending: "待完成",
  not_operating: "未生产/未营业",
  rest: "休息日",
  upcoming: "未到期",
  not_due: "不在履职期内",
};

function disposition(fileName: string, ascii: string): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function time(d: Date | null, timeZone: string): string {
  if (!d) return "";
  return `${localDate(d, timeZone)} ${d.toLocaleTimeString("zh-CN", { timeZone, hour12: false, hour: "2-digit", minute: "2-digit" })}`;
}

async function book(
  db: Db,
  organizationId: string,
  title: string,
  range: LedgerDateRange,
  columns: Array<[string, number]>,
  rows: Array<Array<string | number>>,
): Promise<Buffer> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, uscc: true },
  });
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(title, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map(([, width]) => ({ width }));
  const head1 = sheet.addRow([title]);
  sheet.mergeCells(head1.number, 1, head1.number, columns.length);
  head1.font = { bold: true, size: 16 };
  head1.alignment = { horizontal: "center" };
  const meta = sheet.addRow([`企业名称：${org.name}（${org.uscc}）    期间：${range.from} 至 ${range.to}`]);
  sheet.mergeCells(meta.number, 1, meta.number, columns.length);
  const head = sheet.addRow(columns.map(([h]) => h));
  head.font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: head.number }];
  for (const r of rows) sheet.addRow(r).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function tz(db: Db, organizationId: string): Promise<string> {
  return (await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } }))
    .timeZone;
}

export async function dailyLedgerXlsx(
  db: Db,
  organizationId: string,
  range: z.output<typeof LedgerDateRangeSchema>,
  now: Date,
): Promise<XlsxFile> {
  const timeZone = await tz(db, organizationId);
  const days = await dailyLedger(db, organizationId, range, now);
  const rows = days.map((d) => {
    const run = d.runs[0];
    return [
      d.date,
      d.officerName,
      DAY_STATUS_ZH[d.status],
      d.runs.map((r) => r.siteName).join("、"),
      run ? (run.zeroRisk ? "是" : "否") : "",
      d.runs.reduce((s, r) => s + r.problems, 0),
      run ? time(run.signedAt, timeZone) : "",
      run ? labelZh(RECORD_STATUS_ZH, run.status) : "",
    ];
  });
  const title = "每日质量安全检查台账";
  const bytes = await book(
    db,
    organizationId,
    title,
    range,
    [
      ["检查日期", 12],
      ["质量安全员", 14],
      ["状态", 14],
      ["场所", 20],
      ["零风险", 8],
      ["发现问题数", 10],
      ["签字时间", 18],
      ["记录状态", 10],
    ],
    rows,
  );
  return {
    bytes,
    fileName: `日管控台账_${range.from}_${range.to}.xlsx`,
    contentDisposition: disposition(
      `日管控台账_${range.from}_${range.to}.xlsx`,
      `daily-ledger_${range.from}_${range.to}.xlsx`,
    ),
  };
}

export async function weeklyLedgerXlsx(
  db: Db,
  organizationId: string,
  range: z.output<typeof LedgerDateRangeSchema>,
): Promise<XlsxFile> {
  const timeZone = await tz(db, organizationId);
  const reports = await db.weeklyReport.findMany({
    where: { organizationId, periodEnd: { gte: range.from }, periodStart: { lte: range.to } },
    orderBy: { periodStart: "asc" },
    select: {
      isoYear: true,
      isoWeek: true,
      periodStart: true,
      periodEnd: true,
      statsJson: true,
      assessment: true,
      measures: true,
      nextWeekFocus: true,
      status: true,
      signedAt: true,
      late: true,
      revision: true,
      signedBy: { select: { name: true } },
    },
  });
  const rows = reports.map((r) => {
    const s = JSON.parse(r.statsJson) as Record<string, number | undefined>;
    return [
      `${r.isoYear}-W${String(r.isoWeek).padStart(2, "0")}`,
      `${r.periodStart} 至 ${r.periodEnd}`,
      s.recordedDays ?? 0,
      s.missedDays ?? 0,
      s.lateRecords ?? 0,
      s.problemItems ?? 0,
      s.hazardsOpened ?? 0,
      s.hazardsClosed ?? 0,
      r.assessment ?? "",
      r.measures ?? "",
      r.nextWeekFocus ?? "",
      r.signedBy?.name ?? "",
      time(r.signedAt, timeZone),
      r.late ? "是" : "否",
      labelZh(RECORD_STATUS_ZH, r.status),
    ];
  });
  const title = "每周质量安全排查治理台账";
  const bytes = await book(
    db,
    organizationId,
    title,
    range,
    [
      ["周次", 10],
      ["期间", 24],
      ["已检查天数", 10],
      ["缺失天数", 10],
      ["迟交", 8],
      ["发现问题", 10],
      ["新增隐患", 10],
      ["销号隐患", 10],
      ["管理情况评价", 30],
      ["整改/防范措施", 30],
      ["下周工作重点", 30],
      ["签字人", 10],
      ["签字时间", 18],
      ["迟交", 6],
      ["状态", 8],
    ],
    rows,
  );
  return {
    bytes,
    fileName: `周排查台账_${range.from}_${range.to}.xlsx`,
    contentDisposition: disposition(
      `周排查台账_${range.from}_${range.to}.xlsx`,
      `weekly-ledger_${range.from}_${range.to}.xlsx`,
    ),
  };
}

export async function monthlyLedgerXlsx(
  db: Db,
  organizationId: string,
  range: z.output<typeof LedgerDateRangeSchema>,
): Promise<XlsxFile> {
  const timeZone = await tz(db, organizationId);
  const meetings = await db.monthlyMeeting.findMany({
    where: { organizationId, month: { gte: monthOf(range.from).month, lte: monthOf(range.to).month } },
    orderBy: { month: "asc" },
    select: {
      month: true,
      meetingDate: true,
      place: true,
      recorderName: true,
      mainProblems: true,
      unresolvedIssues: true,
      nextMonthPlan: true,
      status: true,
      signedAt: true,
      late: true,
      chair: { select: { name: true } },
      decisions: {
        orderBy: { seq: "asc" },
        select: { seq: true, content: true, ownerName: true, dueDate: true, hazard: { select: { hazardNo: true } } },
      },
    },
  });
  const rows = meetings.map((m) => [
    m.month,
    m.meetingDate,
    m.place,
    m.chair.name,
    m.recorderName,
    m.mainProblems ?? "",
    m.decisions
      .map(
        (d) =>
          `${d.seq}. ${d.content}${d.ownerName ? `（${d.ownerName}，${d.dueDate ?? ""}${d.hazard ? `，${d.hazard.hazardNo}` : ""}）` : ""}`,
      )
      .join("\n"),
    m.unresolvedIssues ?? "",
    m.nextMonthPlan ?? "",
    time(m.signedAt, timeZone),
    m.late ? "是" : "否",
    labelZh(RECORD_STATUS_ZH, m.status),
  ]);
  const title = "每月质量安全调度台账";
  const bytes = await book(
    db,
    organizationId,
    title,
    range,
    [
      ["月份", 9],
      ["会议日期", 12],
      ["地点", 14],
      ["主持人", 10],
      ["记录人", 10],
      ["本月主要问题", 30],
      ["会议决定", 40],
      ["尚未解决的问题", 24],
      ["下月重点工作", 30],
      ["签字时间", 18],
      ["迟交", 6],
      ["状态", 8],
    ],
    rows,
  );
  return {
    bytes,
    fileName: `月调度台账_${range.from}_${range.to}.xlsx`,
    contentDisposition: disposition(
      `月调度台账_${range.from}_${range.to}.xlsx`,
      `monthly-ledger_${range.from}_${range.to}.xlsx`,
    ),
  };
}
