// Daily / weekly / monthly records as ledger tables for a date range (and site for daily).
import { RECORD_STATUS_ZH, WEEKLY_RATING_ZH, labelZh as zh } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { cols, when, yesNo, type LedgerFilter, type LedgerTable } from "./table.ts";

export async function dailyTable(db: Db, orgId: string, f: LedgerFilter, timeZone: string): Promise<LedgerTable> {
  const runs = await db.dailyCheckRun.findMany({
    where: {
      organizationId: orgId,
      checkDate: { gte: f.from, lte: f.to },
      status: { not: "draft" },
      ...(f.siteId ? { siteId: f.siteId } : {}),
    },
    orderBy: [{ checkDate: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      checkDate: true,
      operatingStatus: true,
      notOperatingReason: true,
      zeroRisk: true,
      hazardSummary: true,
      measuresTaken: true,
      signedAt: true,
      late: true,
      status: true,
      revision: true,
      site: { select: { name: true } },
      officer: { select: { name: true } },
    },
  });
  return {
    columns: cols([
      ["date", "日期"],
      ["site", "场所"],
      ["officer", "质量安全员"],
      ["operating", "生产经营"],
      ["zeroRisk", "零风险"],
      ["problems", "发现问题"],
      ["measures", "采取措施"],
      ["signedAt", "签字时间"],
      ["late", "逾期"],
      ["status", "状态"],
    ]),
    rows: runs.map((r) => ({
      id: r.id,
      cells: [
        r.checkDate,
        r.site.name,
        r.officer.name,
        r.operatingStatus === "operating"
          ? "正常生产经营"
          : `未生产经营${r.notOperatingReason ? `（${r.notOperatingReason}）` : ""}`,
        yesNo(r.zeroRisk),
        r.hazardSummary ?? "",
        r.measuresTaken ?? "",
        when(r.signedAt, timeZone),
        yesNo(r.late),
        `${zh(RECORD_STATUS_ZH, r.status)} v${r.revision}`,
      ],
    })),
  };
}

export async function weeklyTable(db: Db, orgId: string, f: LedgerFilter, timeZone: string): Promise<LedgerTable> {
  const reports = await db.weeklyReport.findMany({
    where: { organizationId: orgId, periodStart: { gte: f.from, lte: f.to }, status: { not: "draft" } },
    orderBy: { periodStart: "asc" },
    select: {
      id: true,
      isoYear: true,
      isoWeek: true,
      periodStart: true,
      periodEnd: true,
      screeningDate: true,
      overallRating: true,
      assessment: true,
      measures: true,
      signedAt: true,
      late: true,
      status: true,
      revision: true,
      signedBy: { select: { name: true } },
    },
  });
  return {
    columns: cols([
      ["week", "周次"],
      ["period", "期间"],
      ["screeningDate", "排查日期"],
      ["rating", "总体评价"],
      ["assessment", "本周质量安全管理情况"],
      ["measures", "整改/防范措施"],
      ["signedBy", "质量安全总监"],
      ["signedAt", "签字时间"],
      ["late", "逾期"],
      ["status", "状态"],
    ]),
    rows: reports.map((r) => ({
      id: r.id,
      cells: [
        `${r.isoYear}-W${String(r.isoWeek).padStart(2, "0")}`,
        `${r.periodStart} 至 ${r.periodEnd}`,
        r.screeningDate ?? "",
        zh(WEEKLY_RATING_ZH, r.overallRating),
        r.assessment ?? "",
        r.measures ?? "",
        r.signedBy?.name ?? "",
        when(r.signedAt, timeZone),
        yesNo(r.late),
        `${zh(RECORD_STATUS_ZH, r.status)} v${r.revision}`,
      ],
    })),
  };
}

export async function monthlyTable(db: Db, orgId: string, f: LedgerFilter, timeZone: string): Promise<LedgerTable> {
  const meetings = await db.monthlyMeeting.findMany({
    where: { organizationId: orgId, meetingDate: { gte: f.from, lte: f.to }, status: { not: "draft" } },
    orderBy: { meetingDate: "asc" },
    select: {
      id: true,
      month: true,
      meetingDate: true,
      place: true,
      mainProblems: true,
      rectificationProgress: true,
      nextMonthPlan: true,
      signedAt: true,
      late: true,
      status: true,
      revision: true,
      chair: { select: { name: true } },
    },
  });
  return {
    columns: cols([
      ["month", "月份"],
      ["meetingDate", "会议日期"],
      ["place", "地点"],
      ["chair", "主持人（主要负责人）"],
      ["mainProblems", "主要问题"],
      ["progress", "整改进展"],
      ["nextMonthPlan", "下月工作安排"],
      ["signedAt", "签字时间"],
      ["late", "逾期"],
      ["status", "状态"],
    ]),
    rows: meetings.map((m) => ({
      id: m.id,
      cells: [
        m.month,
        m.meetingDate,
        m.place,
        m.chair.name,
        m.mainProblems ?? "",
        m.rectificationProgress ?? "",
        m.nextMonthPlan ?? "",
        when(m.signedAt, timeZone),
        yesNo(m.late),
        `${zh(RECORD_STATUS_ZH, m.status)} v${m.revision}`,
      ],
    })),
  };
}
