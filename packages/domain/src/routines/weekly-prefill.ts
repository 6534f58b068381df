// What the week already says, before the director writes a word: per officer the working days
// checked, missed and late; the problems found; hazards opened, closed and overdue; and ERP
// inspection failures of the week. Snapshotted into WeeklyReport.statsJson on signing.
import { parseWeekKey, startOfLocalDayUtc, addDays, localDate, type IsoWeek } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { dailyLedger } from "./daily-read.ts";
import { orgClock } from "./items.ts";
import { COUNTED_HAZARDS } from "../hazards/ledger.ts";

/**
 * One finding of the week (docs/decisions/024): a hazard opened in the week from any source —
 * daily check, screening, ERP inspection, supervision sampling, certificate/route check, shipment —
 * or an inspection failure or daily problem that opened none this week (a problem tracked under an
 * older hazard names it). The report's one findings section lists exactly these.
 */
export interface WeekFinding {
  date: string;
  /** HazardSource of the hazard, or erp_inspection / daily_check for a finding without a new hazard. */
  source: string;
  text: string;
  hazardId: string | null;
  hazardNo: string | null;
  severity: string | null;
}

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
  /** Everything found in the week, once: what the signed report's findings section says. */
  findings: WeekFinding[];
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
      originatedHazards: { select: { id: true } },
      run: { select: { checkDate: true, officer: { select: { name: true } } } },
    },
  });
  const hazardSelect = { id: true, hazardNo: true, title: true, severity: true, status: true, dueDate: true } as const;
  const opened = await db.hazard.findMany({
    where: { organizationId, createdAt: { gte: from, lt: to }, ...COUNTED_HAZARDS },
    orderBy: { hazardNo: "asc" },
    select: { ...hazardSelect, source: true, createdAt: true, inspectionRecordId: true },
  });
  const closed = await db.hazard.count({
    where: { organizationId, closedAt: { gte: from, lt: to }, ...COUNTED_HAZARDS },
  });
  const overdue = await db.hazard.findMany({
    where: { organizationId, status: { not: "closed" }, dueDate: { lt: cutoff }, ...COUNTED_HAZARDS },
    orderBy: { dueDate: "asc" },
    select: hazardSelect,
  });
  const failures = await db.inspectionRecord.findMany({
    where: { organizationId, result: "fail", inspectionDate: { gte: week.start, lte: week.end } },
    orderBy: { inspectionDate: "asc" },
    select: { id: true, kind: true, itemName: true, batchNo: true, inspectionDate: true },
  });
  const openedIds = new Set(opened.map((h) => h.id));
  const failuresWithHazard = new Set(opened.flatMap((h) => (h.inspectionRecordId ? [h.inspectionRecordId] : [])));
  const findings: WeekFinding[] = [
    ...opened.map((h) => ({
      date: localDate(h.createdAt, clock.timeZone),
      source: h.source,
      text: h.title,
      hazardId: h.id,
      hazardNo: h.hazardNo,
      severity: h.severity,
    })),
    ...failures
      .filter((f) => !failuresWithHazard.has(f.id))
      .map((f) => ({
        date: f.inspectionDate,
        source: "erp_inspection",
        text: `检验不合格：${f.itemName} 批次 ${f.batchNo}`,
        hazardId: null,
        hazardNo: null,
        severity: null,
      })),
    ...problemRows
      .filter((p) => !p.originatedHazards.some((h) => openedIds.has(h.id)))
      .map((p) => ({
        date: p.run.checkDate,
        source: "daily_check",
        text: `${p.riskPoint}：${p.note ?? ""}`,
        hazardId: p.hazard?.id ?? null,
        hazardNo: p.hazard?.hazardNo ?? null,
        severity: null,
      })),
  ].sort(
    // By day; on a day, hazards in number order, then findings that opened none.
    (a, b) =>
      a.date.localeCompare(b.date) ||
      Number(a.hazardNo === null) - Number(b.hazardNo === null) ||
      (a.hazardNo ?? "").localeCompare(b.hazardNo ?? ""),
  );
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
    hazardsOpened: opened.map(({ id, hazardNo, title, severity, status, dueDate }) => ({
      id,
      hazardNo,
      title,
      severity,
      status,
      dueDate,
    })),
    hazardsOverdue: overdue,
    inspectionFailures: failures,
    findings,
  };
}
