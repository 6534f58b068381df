// What the week already says, before the director writes a word: per officer the working days
// checked, missed and late; the problems found; hazards opened, closed and overdue; and ERP
// inspection failures of the week. Snapshotted into WeeklyReport.statsJson on signing.
import { parseWeekKey, startOfLocalDayUtc, addDays, type IsoWeek } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { dailyLedger } from "./daily-read.ts";
import { orgClock } from "./items.ts";

export interface OfficerWeek {
  userId: string;
  name: string;
  expected: number;
  checked: number;
  late: number;
  missed: number;
  notOperating: number;
}

export interface WeekPrefill {
  week: string;
  start: string;
  end: string;
  officers: OfficerWeek[];
  stats: {
    expectedDays: number;
    recordedDays: number;
    zeroRiskDays: number;
    notOperatingDays: number;
    lateRecords: number;
    missedDays: number;
    problemItems: number;
    hazardsOpened: number;
    hazardsClosed: number;
    hazardsOverdue: number;
    inspectionFailures: number;
  };
  problems: Array<{
    date: string;
    officerName: string;
    riskPoint: string;
    note: string | null;
    hazardNo: string | null;
    hazardId: string | null;
  }>;
  hazardsOpened: Array<{
    id: string;
    hazardNo: string;
    title: string;
    severity: string;
    status: string;
    dueDate: string;
  }>;
  hazardsOverdue: Array<{
    id: string;
    hazardNo: string;
    title: string;
    severity: string;
    status: string;
    dueDate: string;
  }>;
  inspectionFailures: Array<{ id: string; kind: string; itemName: string; batchNo: string; inspectionDate: string }>;
}

export function weekOrThrow(key: string): IsoWeek {
  const week = parseWeekKey(key);
  if (!week) throw new AppError("VALIDATION_FAILED", { issues: [{ path: "week", message: "week_key.invalid" }] });
  return week;
}

export async function prefillWeek(db: Db, organizationId: string, weekKey: string, now: Date): Promise<WeekPrefill> {
  const week = weekOrThrow(weekKey);
  const clock = await orgClock(db, organizationId, now);
  const from = startOfLocalDayUtc(week.start, clock.timeZone);
  const to = startOfLocalDayUtc(addDays(week.end, 1), clock.timeZone);
  const cutoff = week.end < clock.today ? week.end : clock.today;
  // The same officer-days as the daily ledger (periods/duty.ts bounds them), counted per officer.
  const days = week.start <= cutoff ? await dailyLedger(db, organizationId, { from: week.start, to: cutoff }, now) : [];
  const officers = await db.membership.findMany({
    where: { organizationId, status: "active", rolesJson: { contains: '"officer"' } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const runs = await db.dailyCheckRun.findMany({
    where: { organizationId, checkDate: { gte: week.start, lte: week.end }, submittedAt: { not: null } },
    select: { zeroRisk: true, operatingStatus: true },
  });
  const perOfficer: OfficerWeek[] = officers.map((o) => {
    const row: OfficerWeek = {
      userId: o.userId,
      name: o.user.name,
      expected: 0,
      checked: 0,
      late: 0,
      missed: 0,
      notOperating: 0,
    };
    for (const d of days) {
      if (d.officerUserId !== o.userId) continue;
      row.expected += 1;
      if (d.status === "done") row.checked += 1;
      if (d.status === "late") {
        row.checked += 1;
        row.late += 1;
      }
      if (d.status === "not_operating") row.notOperating += 1;
      if (d.status === "missed") row.missed += 1;
    }
    return row;
  });
  const problemRows = await db.dailyCheckEntry.findMany({
    where: {
      organizationId,
      result: "problem",
      run: { checkDate: { gte: week.start, lte: week.end }, submittedAt: { not: null } },
    },
    orderBy: [{ run: { checkDate: "asc" } }, { seq: "asc" }],
    select: {
      riskPoint: true,
      note: true,
      hazard: { select: { id: true, hazardNo: true } },
      run: { select: { checkDate: true, officer: { select: { name: true } } } },
    },
  });
  const hazardSelect = { id: true, hazardNo: true, title: true, severity: true, status: true, dueDate: true } as const;
  const opened = await db.hazard.findMany({
    where: { organizationId, createdAt: { gte: from, lt: to } },
    orderBy: { hazardNo: "asc" },
    select: hazardSelect,
  });
  const closed = await db.hazard.count({ where: { organizationId, closedAt: { gte: from, lt: to } } });
  const overdue = await db.hazard.findMany({
    where: { organizationId, status: { not: "closed" }, dueDate: { lt: cutoff } },
    orderBy: { dueDate: "asc" },
    select: hazardSelect,
  });
  const failures = await db.inspectionRecord.findMany({
    where: { organizationId, result: "fail", inspectionDate: { gte: week.start, lte: week.end } },
    orderBy: { inspectionDate: "asc" },
    select: { id: true, kind: true, itemName: true, batchNo: true, inspectionDate: true },
  });
  const sum = (k: keyof OfficerWeek) => perOfficer.reduce((s, o) => s + Number(o[k]), 0);
  return {
    week: weekKey,
    start: week.start,
    end: week.end,
    officers: perOfficer,
    stats: {
      expectedDays: sum("expected"),
      recordedDays: runs.length,
      zeroRiskDays: runs.filter((r) => r.zeroRisk && r.operatingStatus === "operating").length,
      notOperatingDays: sum("notOperating"),
      lateRecords: sum("late"),
      missedDays: sum("missed"),
      problemItems: problemRows.length,
      hazardsOpened: opened.length,
      hazardsClosed: closed,
      hazardsOverdue: overdue.length,
      inspectionFailures: failures.length,
    },
    problems: problemRows.map((p) => ({
      date: p.run.checkDate,
      officerName: p.run.officer.name,
      riskPoint: p.riskPoint,
      note: p.note,
      hazardNo: p.hazard?.hazardNo ?? null,
      hazardId: p.hazard?.id ?? null,
    })),
    hazardsOpened: opened,
    hazardsOverdue: overdue,
    inspectionFailures: failures,
  };
}
