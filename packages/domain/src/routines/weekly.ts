// 周排查 — the director's weekly report (每周质量安全排查治理报告): pre-filled from the week,
// completed with the assessment, measures and next week's focus, and signed in one step. Hazards
// found in the screening go to the ledger (source weekly_screening). The report has one findings
// section: every hazard opened in the week (any source) plus the screening's own, snapshotted at
// signing; the no-finding statement is asked for, and kept, only when there are none
// (docs/decisions/024). Unique per org + ISO week; immutable after signing (amend.ts).
import type { z } from "zod";
import {
  addDays,
  HAZARD_SOURCE_ZH,
  isoWeekKey,
  localDate,
  type WeeklyReportCreateSchema,
  type Role,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { requireDirectorDuty } from "../appointments/director-duty.ts";
import { recordAudit } from "../audit/audit.ts";
import { emitWebhookEvent } from "../webhooks/outbox.ts";
import { AppError } from "../errors.ts";
import { parseRolesJson } from "../members/roles.ts";
import { openHazard } from "../hazards/open-hazard.ts";
import { listAmendments, type AmendmentView } from "./amend.ts";
import { periodRecordStatus, type PeriodRecordStatus } from "./due.ts";
import { orgClock, type OrgClock } from "./items.ts";
import { loadDuties, orgDueOn, type Duties } from "../periods/duty.ts";
import { prefillWeek, weekOrThrow, type WeekFinding, type WeekPrefill } from "./weekly-prefill.ts";
import { recordContentHash } from "../audit/record-hash.ts";
import { signaturesOf, writeRecordSignature, type ShownSignature } from "../signatures/record-signatures.ts";

export async function memberNames(
  db: Pick<Db, "membership">,
  organizationId: string,
  userIds: readonly string[],
  path: string,
): Promise<Map<string, { name: string; roles: Role[] }>> {
  const rows = await db.membership.findMany({
    where: { organizationId, userId: { in: [...userIds] }, status: "active" },
    select: { userId: true, rolesJson: true, user: { select: { name: true } } },
  });
  const map = new Map(rows.map((r) => [r.userId, { name: r.user.name, roles: parseRolesJson(r.rolesJson) }]));
  const missing = userIds.findIndex((id) => !map.has(id));
  if (missing >= 0)
    throw new AppError("VALIDATION_FAILED", { issues: [{ path: `${path}.${missing}`, message: "field.invalid" }] });
  return map;
}

export async function fileWeeklyReport(
  db: Db,
  actor: { organizationId: string; userId: string },
  r: z.output<typeof WeeklyReportCreateSchema>,
  now: Date,
): Promise<{ id: string; late: boolean; hazards: string[] }> {
  const week = weekOrThrow(r.week);
  const clock = await orgClock(db, actor.organizationId, now);
  if (week.start > clock.today)
    throw new AppError("VALIDATION_FAILED", { issues: [{ path: "week", message: "week_key.invalid" }] });
  const signedAsRole = await requireDirectorDuty(db, actor.organizationId, actor.userId, clock.today);
  const people = await memberNames(db, actor.organizationId, r.participantUserIds, "participantUserIds");
  await memberNames(
    db,
    actor.organizationId,
    r.hazardsFound.map((h) => h.ownerUserId),
    "hazardsFound",
  );
  const sites = await db.site.count({ where: { organizationId: actor.organizationId, id: { in: r.siteIds } } });
  if (sites !== r.siteIds.length)
    throw new AppError("VALIDATION_FAILED", { issues: [{ path: "siteIds", message: "field.invalid" }] });
  const prefill = await prefillWeek(db, actor.organizationId, r.week, now);
  const nothingFound = prefill.findings.length === 0 && r.hazardsFound.length === 0;
  if (nothingFound && (r.noHazardStatement ?? "").trim() === "")
    throw new AppError("VALIDATION_FAILED", {
      issues: [{ path: "noHazardStatement", message: "weekly.no_hazard_statement_required" }],
    });
  const status = periodRecordStatus("weekly", week.start, clock.today, clock.calendar, now, clock.timeZone);
  const late = status.status === "signed_late";
  return db.$transaction(async (tx) => {
    const existing = await tx.weeklyReport.findUnique({
      where: {
        organizationId_isoYear_isoWeek: {
          organizationId: actor.organizationId,
          isoYear: week.isoYear,
          isoWeek: week.isoWeek,
        },
      },
      select: { status: true },
    });
    if (existing && existing.status !== "draft") throw new AppError("RECORD_PERIOD_DUPLICATE");
    const participants = [
      ...r.participantUserIds.map((id) => ({
        userId: id,
        name: people.get(id)?.name ?? "",
        role: people.get(id)?.roles[0] ?? null,
      })),
      ...(r.otherParticipants ?? []).map((name) => ({ userId: null, name, role: null })),
    ];
    const data = {
      periodStart: week.start,
      periodEnd: week.end,
      screeningDate: r.screeningDate,
      // Signed below in the same transaction, once the findings (with the new hazards' numbers) are known.
      status: "draft",
      statsJson: JSON.stringify({ ...prefill.stats, officers: prefill.officers, siteIds: r.siteIds }),
      participantsJson: JSON.stringify(participants),
      lastWeekFollowUp: r.lastWeekFollowUp,
      // Written below, once the screening's own hazards have their numbers.
      hazardsSummary: null,
      noHazardStatement: nothingFound ? (r.noHazardStatement ?? null) : null,
      assessment: r.managementEvaluation,
      overallRating: r.overallRating ?? null,
      measures: r.hazardsFound.map((h) => h.measure).join("\n") || null,
      nextWeekFocus: r.nextWeekPriorities,
      signedByUserId: actor.userId,
      signedAsRole,
      signedAt: now,
      submittedAt: now,
      late,
    };
    const report = await tx.weeklyReport.upsert({
      where: {
        organizationId_isoYear_isoWeek: {
          organizationId: actor.organizationId,
          isoYear: week.isoYear,
          isoWeek: week.isoWeek,
        },
      },
      create: { organizationId: actor.organizationId, isoYear: week.isoYear, isoWeek: week.isoWeek, ...data },
      update: data,
      select: { id: true },
    });
    const hazards: string[] = [];
    const screening: WeekFinding[] = [];
    for (const h of r.hazardsFound) {
      const opened = await openHazard(tx, {
        organizationId: actor.organizationId,
        source: "weekly_screening",
        title: h.description.slice(0, 80),
        description: [h.description, h.cause].filter(Boolean).join("\n"),
        severity: h.severity,
        dueDate: h.dueDate,
        stage: h.stage,
        siteId: h.siteId ?? null,
        ownerUserId: h.ownerUserId,
        containment: h.measure,
        refs: { weeklyReportId: report.id },
        actor: { kind: "user", userId: actor.userId },
        now,
        timeZone: clock.timeZone,
      });
      hazards.push(opened.hazardNo);
      screening.push({
        date: r.screeningDate,
        source: "weekly_screening",
        text: h.description,
        hazardId: opened.id,
        hazardNo: opened.hazardNo,
        severity: h.severity,
      });
    }
    // The one findings section: the week's hazards from every source and the screening's own.
    const findings = [...prefill.findings, ...screening];
    await tx.weeklyReport.update({
      where: { id: report.id },
      data: {
        status: "submitted",
        hazardsSummary: findings.map(findingLine).join("\n") || null,
        statsJson: JSON.stringify({ ...prefill.stats, officers: prefill.officers, siteIds: r.siteIds, findings }),
      },
    });
    const contentHash = await recordContentHash(tx, "weekly_report", report.id);
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actor: { kind: "user", userId: actor.userId },
      action: "weekly_report.sign",
      entityType: "weekly_report",
      entityId: report.id,
      data: { week: r.week, late, hazards, contentHash },
    });
    await writeRecordSignature(
      tx,
      { organizationId: actor.organizationId, recordType: "weekly_report", recordId: report.id, contentHash },
      actor.userId,
      r.signature,
      now,
    );
    await emitWebhookEvent(
      tx,
      actor.organizationId,
      "record.signed",
      {
        kind: "weekly",
        id: report.id,
        period: `${week.isoYear}-W${String(week.isoWeek).padStart(2, "0")}`,
        late,
        signedAt: now.toISOString(),
      },
      now,
    );
    return { id: report.id, late, hazards };
  });
}

const SOURCE_ZH: Record<string, string> = HAZARD_SOURCE_ZH;

/** A finding as the signed report prints it: "2026-11-17 ERP检验 YH-2026-0013 出厂检验不合格". */
export function findingLine(f: WeekFinding): string {
  return [f.date, SOURCE_ZH[f.source] ?? f.source, f.hazardNo, f.text].filter(Boolean).join(" ");
}

export interface WeekRow {
  week: string;
  start: string;
  end: string;
  dueDate: string | null;
  status: PeriodRecordStatus;
  report: { id: string; status: string; signedByName: string | null; signedAt: Date | null; late: boolean } | null;
}

/**
 * The last `count` ISO weeks up to the current one, each with its report or its overdue state. A
 * week is listed only when it falls due on or after the 启用日期 (or has a report): an unsigned
 * week before the organisation started is not missed.
 */
export async function listWeeks(db: Db, organizationId: string, now: Date, count = 12): Promise<WeekRow[]> {
  const [clock, duties] = await Promise.all([orgClock(db, organizationId, now), loadDuties(db, organizationId)]);
  const reports = await db.weeklyReport.findMany({
    where: { organizationId, periodStart: { gte: weeksFrom(clock.today, count) } },
    select: {
      id: true,
      isoYear: true,
      isoWeek: true,
      status: true,
      signedAt: true,
      late: true,
      signedBy: { select: { name: true } },
    },
  });
  return weekStatuses(clock, duties, reports, count).map(({ report, ...row }) => ({
    ...row,
    report: report && {
      id: report.id,
      status: report.status,
      signedByName: report.signedBy?.name ?? null,
      signedAt: report.signedAt,
      late: report.late,
    },
  }));
}

/** The earliest periodStart a report of the last `count` weeks can have. */
export function weeksFrom(today: string, count: number): string {
  return addDays(today, -7 * count);
}

/**
 * The week rows of `listWeeks` in memory, from the organisation's reports since `weeksFrom`: the
 * one definition used by the week list and by the set-based regulator indicators.
 */
export function weekStatuses<R extends { isoYear: number; isoWeek: number; status: string; signedAt: Date | null }>(
  clock: Pick<OrgClock, "today" | "calendar" | "timeZone">,
  duties: Duties,
  reports: readonly R[],
  count: number,
): Array<Omit<WeekRow, "report"> & { report: R | null }> {
  const rows: Array<Omit<WeekRow, "report"> & { report: R | null }> = [];
  for (let i = 0; i < count; i++) {
    const day = addDays(clock.today, -7 * i);
    const key = isoWeekKey(day);
    const week = weekOrThrow(key);
    const report = reports.find((r) => r.isoYear === week.isoYear && r.isoWeek === week.isoWeek) ?? null;
    const signedAt = report && report.status !== "draft" ? report.signedAt : null;
    const s = periodRecordStatus("weekly", day, clock.today, clock.calendar, signedAt, clock.timeZone);
    if (!report && !orgDueOn(duties, s.dueDate ?? week.end)) continue;
    rows.push({ week: key, start: week.start, end: week.end, dueDate: s.dueDate, status: s.status, report });
  }
  return rows;
}

export interface WeeklyDetail {
  id: string;
  organizationName: string;
  week: string;
  start: string;
  end: string;
  screeningDate: string | null;
  status: string;
  /** `findings` is the signed findings snapshot (reports signed before docs/decisions/024 lack it). */
  stats: WeekPrefill["stats"] & { officers?: WeekPrefill["officers"]; findings?: WeekFinding[] };
  participants: Array<{ userId: string | null; name: string; role: string | null }>;
  lastWeekFollowUp: string | null;
  hazardsSummary: string | null;
  noHazardStatement: string | null;
  assessment: string | null;
  overallRating: string | null;
  measures: string | null;
  nextWeekFocus: string | null;
  signedByName: string | null;
  /** principal when the principal signed because the unit has no director (shown on the print). */
  signedAsRole: "director" | "principal" | null;
  signedAt: Date | null;
  signedLocalDate: string | null;
  /** 主要负责人（阅）: who read-signed the report and when (null while unread). */
  ackByName: string | null;
  ackAt: Date | null;
  late: boolean;
  revision: number;
  /** sha256 of the signed content as it stands (audit/record-hash.ts); null for a draft. */
  contentHash: string | null;
  hazards: Array<{ id: string; hazardNo: string; title: string; severity: string; status: string }>;
  amendments: AmendmentView[];
  /** The signer's handwritten (or typed-name) signature, checked against the current hash. */
  signatures: ShownSignature[];
}

export async function getWeeklyReport(db: Db, organizationId: string, id: string): Promise<WeeklyDetail> {
  const r = await db.weeklyReport.findFirst({
    where: { id, organizationId },
    include: {
      organization: { select: { name: true, timeZone: true } },
      signedBy: { select: { name: true } },
      ackBy: { select: { name: true } },
      hazards: { select: { id: true, hazardNo: true, title: true, severity: true, status: true } },
    },
  });
  if (!r) throw new AppError("RECORD_NOT_FOUND");
  return {
    id: r.id,
    organizationName: r.organization.name,
    week: `${r.isoYear}-W${String(r.isoWeek).padStart(2, "0")}`,
    start: r.periodStart,
    end: r.periodEnd,
    screeningDate: r.screeningDate,
    status: r.status,
    stats: JSON.parse(r.statsJson) as WeeklyDetail["stats"],
    participants: JSON.parse(r.participantsJson) as WeeklyDetail["participants"],
    lastWeekFollowUp: r.lastWeekFollowUp,
    hazardsSummary: r.hazardsSummary,
    noHazardStatement: r.noHazardStatement,
    assessment: r.assessment,
    overallRating: r.overallRating,
    measures: r.measures,
    nextWeekFocus: r.nextWeekFocus,
    signedByName: r.signedBy?.name ?? null,
    signedAsRole: r.signedAsRole === "principal" || r.signedAsRole === "director" ? r.signedAsRole : null,
    signedAt: r.signedAt,
    signedLocalDate: r.signedAt ? localDate(r.signedAt, r.organization.timeZone) : null,
    ackByName: r.ackBy?.name ?? null,
    ackAt: r.ackAt,
    late: r.late,
    revision: r.revision,
    contentHash: r.status === "draft" ? null : await recordContentHash(db, "weekly_report", r.id),
    hazards: r.hazards,
    amendments: await listAmendments(db, organizationId, "weekly_report", r.id),
    signatures: await signaturesOf(db, organizationId, "weekly_report", r.id),
  };
}
