// Daily / weekly / monthly records as ledger tables for a date range (and site for daily).
import { RECORD_STATUS_ZH, WEEKLY_RATING_ZH, labelZh as zh } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { loadDuties, officerDueOn } from "../periods/duty.ts";
import { dailyLedger } from "../routines/daily-read.ts";
import { cols, when, yesNo, type LedgerFilter, type LedgerTable } from "./table.ts";

const DAY_STATUS_ZH: Record<string, string> = {
  done: "按时提交",
  late: "迟交",
  not_operating: "未生产经营",
  missed: "缺失",
  pending: "待完成（当日）",
};

/**
 * The daily ledger as the regulator reads it: every submitted record, and every due officer-day
 * without one (缺失, or 待完成 today) by the routines' own day rules (routines/daily-read.ts), plus
 * each principal's amendment of a closed calendar day (periods/calendar-history.ts) on its date.
 */
export async function dailyTable(
  db: Db,
  orgId: string,
  f: LedgerFilter,
  timeZone: string,
  now: Date,
): Promise<LedgerTable> {
  const [runs, days, duties, amendments] = await Promise.all([
    db.dailyCheckRun.findMany({
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
    }),
    dailyLedger(db, orgId, { from: f.from, to: f.to }, now),
    loadDuties(db, orgId),
    db.calendarAmendment.findMany({
      where: { organizationId: orgId, day: { gte: f.from, lte: f.to } },
      orderBy: { at: "asc" },
      select: {
        id: true,
        day: true,
        wasWorking: true,
        nowWorking: true,
        reason: true,
        at: true,
        amendedBy: { select: { name: true } },
      },
    }),
  ]);
  const rows: Array<{ date: string; officer: string; row: LedgerTable["rows"][number] }> = [];
  for (const r of runs) {
    const status = r.operatingStatus === "not_operating" ? "not_operating" : r.late ? "late" : "done";
    rows.push({
      date: r.checkDate,
      officer: r.officer.name,
      row: {
        id: r.id,
        cells: [
          r.checkDate,
          r.site.name,
          r.officer.name,
          DAY_STATUS_ZH[status] ?? status,
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
      },
    });
  }
  for (const d of days) {
    if (d.status !== "missed" && d.status !== "pending") continue;
    if (f.siteId && !officerDueOn(duties, d.officerUserId, d.date, f.siteId)) continue;
    rows.push({
      date: d.date,
      officer: d.officerName,
      row: {
        id: `${d.status}:${d.date}:${d.officerUserId}`,
        record: false,
        cells: [d.date, "", d.officerName, DAY_STATUS_ZH[d.status] ?? d.status, "", "", "", "", "", "", ""],
      },
    });
  }
  for (const a of amendments) {
    const change = `${a.wasWorking ? "工作日" : "休息日"}→${a.nowWorking ? "工作日" : "休息日"}`;
    rows.push({
      date: a.day,
      officer: "",
      row: {
        id: `calendar:${a.id}`,
        record: false,
        cells: [
          a.day,
          "",
          "",
          `日历更正：${change}`,
          "",
          "",
          `理由：${a.reason}`,
          "",
          `${when(a.at, timeZone)} ${a.amendedBy.name}（主要负责人）`,
          "",
          "",
        ],
      },
    });
  }
  rows.sort((x, y) => x.date.localeCompare(y.date) || x.officer.localeCompare(y.officer, "zh-CN"));
  return {
    columns: cols([
      ["date", "日期"],
      ["site", "场所"],
      ["officer", "质量安全员"],
      ["dayStatus", "填报情况"],
      ["operating", "生产经营"],
      ["zeroRisk", "零风险"],
      ["problems", "发现问题"],
      ["measures", "采取措施"],
      ["signedAt", "签字时间"],
      ["late", "逾期"],
      ["status", "状态"],
    ]),
    rows: rows.map((r) => r.row),
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
