// Daily / weekly / monthly records as ledger tables for a date range (and site for daily).
import {
  CALENDAR_CHANGE_ZH,
  DAY_STATUS_ZH,
  OPERATING_ZH,
  RECORD_STATUS_ZH,
  ROLE_ZH,
  WEEKLY_RATING_ZH,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { loadDuties, officerDueOn } from "../periods/duty.ts";
import { dailyLedger } from "../routines/daily-read.ts";
import { coded, cols, when, yesNo, type LedgerCell, type LedgerFilter, type LedgerTable } from "./table.ts";

/** A statutory record's state and its version. */
const statusCell = (status: string, revision: number): LedgerCell =>
  coded("recordStatus", RECORD_STATUS_ZH, status, `v${revision}`);

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
          coded("dayStatus", DAY_STATUS_ZH, status),
          coded(
            "operating",
            OPERATING_ZH,
            r.operatingStatus === "operating" ? "operating" : "not_operating",
            r.operatingStatus === "operating" ? undefined : (r.notOperatingReason ?? undefined),
          ),
          yesNo(r.zeroRisk),
          r.hazardSummary ?? "",
          r.measuresTaken ?? "",
          when(r.signedAt, timeZone),
          yesNo(r.late),
          statusCell(r.status, r.revision),
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
        cells: [d.date, "", d.officerName, coded("dayStatus", DAY_STATUS_ZH, d.status), "", "", "", "", "", "", ""],
      },
    });
  }
  for (const a of amendments) {
    const change = a.wasWorking === a.nowWorking ? "unchanged" : a.nowWorking ? "to_working" : "to_rest";
    rows.push({
      date: a.day,
      officer: "",
      row: {
        id: `calendar:${a.id}`,
        record: false,
        cells: [
          a.day,
          "",
          coded("role", ROLE_ZH, "principal", a.amendedBy.name),
          coded("calendarChange", CALENDAR_CHANGE_ZH, change),
          "",
          "",
          a.reason,
          "",
          when(a.at, timeZone),
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
        `${r.periodStart} – ${r.periodEnd}`,
        r.screeningDate ?? "",
        coded("weeklyRating", WEEKLY_RATING_ZH, r.overallRating),
        r.assessment ?? "",
        r.measures ?? "",
        r.signedBy?.name ?? "",
        when(r.signedAt, timeZone),
        yesNo(r.late),
        statusCell(r.status, r.revision),
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
        statusCell(m.status, m.revision),
      ],
    })),
  };
}
