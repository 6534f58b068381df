// 月调度 — the monthly scheduling meeting (每月质量安全调度会议纪要), chaired and signed by the
// principal: the month's review pre-filled from the daily records, weekly reports, open hazards
// and the earlier meetings' tasks still open; decisions with an owner and due date become tasks in
// the task ledger (MeetingTask, docs/decisions/024) — not hazards; next month's focus items become
// MeetingPlanItem rows.
import type { z } from "zod";
import {
  addDays,
  localDate,
  monthOf,
  type MonthlyMeetingCreateSchema,
  parseMonthKey,
  startOfLocalDayUtc,
  type MonthPeriod,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { requireAppointed } from "../appointments/authority.ts";
import { recordAudit } from "../audit/audit.ts";
import { emitWebhookEvent } from "../webhooks/outbox.ts";
import { AppError } from "../errors.ts";
import { COUNTED_HAZARDS } from "../hazards/ledger.ts";
import { createMeetingTask, openTasksBefore, type MeetingTaskRow } from "./tasks.ts";
import { periodRecordStatus } from "./due.ts";
import { orgClock } from "./items.ts";
import { writeRecordSignature } from "../signatures/record-signatures.ts";
import { listWeeks, memberNames } from "./weekly.ts";
import { recordContentHash } from "../audit/record-hash.ts";

export function monthOrThrow(key: string): MonthPeriod {
  const month = parseMonthKey(key);
  if (!month) throw new AppError("VALIDATION_FAILED", { issues: [{ path: "month", message: "month_key.invalid" }] });
  return month;
}

export interface MonthReview {
  month: string;
  start: string;
  end: string;
  dailyRecords: number;
  zeroRiskDays: number;
  lateRecords: number;
  weeklyReports: Array<{ week: string; status: string; reportId: string | null }>;
  hazardsOpened: number;
  hazardsClosed: number;
  overdue: number;
  openHazards: Array<{
    id: string;
    hazardNo: string;
    title: string;
    severity: string;
    status: string;
    dueDate: string;
  }>;
  /** Earlier meetings' tasks not yet done: the minutes report their progress. */
  openTasks: MeetingTaskRow[];
}

export async function prefillMonth(db: Db, organizationId: string, monthKey: string, now: Date): Promise<MonthReview> {
  const month = monthOrThrow(monthKey);
  const clock = await orgClock(db, organizationId, now);
  const from = startOfLocalDayUtc(month.start, clock.timeZone);
  const to = startOfLocalDayUtc(addDays(month.end, 1), clock.timeZone);
  const runs = await db.dailyCheckRun.findMany({
    where: { organizationId, checkDate: { gte: month.start, lte: month.end }, submittedAt: { not: null } },
    select: { zeroRisk: true, late: true, operatingStatus: true },
  });
  const weeks = (await listWeeks(db, organizationId, now, 10))
    .filter((w) => w.end >= month.start && w.start <= month.end)
    .reverse();
  const open = await db.hazard.findMany({
    where: { organizationId, status: { not: "closed" }, ...COUNTED_HAZARDS },
    orderBy: { dueDate: "asc" },
    select: { id: true, hazardNo: true, title: true, severity: true, status: true, dueDate: true },
  });
  const cutoff = month.end < clock.today ? month.end : clock.today;
  return {
    month: month.month,
    start: month.start,
    end: month.end,
    dailyRecords: runs.length,
    zeroRiskDays: runs.filter((r) => r.zeroRisk && r.operatingStatus === "operating").length,
    lateRecords: runs.filter((r) => r.late).length,
    weeklyReports: weeks.map((w) => ({ week: w.week, status: w.status, reportId: w.report?.id ?? null })),
    hazardsOpened: await db.hazard.count({
      where: { organizationId, createdAt: { gte: from, lt: to }, ...COUNTED_HAZARDS },
    }),
    hazardsClosed: await db.hazard.count({
      where: { organizationId, closedAt: { gte: from, lt: to }, ...COUNTED_HAZARDS },
    }),
    overdue: open.filter((h) => h.dueDate < cutoff).length,
    openHazards: open,
    openTasks: await openTasksBefore(db, organizationId, month.month, clock.today),
  };
}

function nextMonthKey(month: MonthPeriod): string {
  return monthOf(addDays(month.end, 1)).month;
}

/** The principal chairs, records the decisions and signs, in one transaction. */
export async function signMonthlyMeeting(
  db: Db,
  actor: { organizationId: string; userId: string },
  m: z.output<typeof MonthlyMeetingCreateSchema>,
  now: Date,
): Promise<{ id: string; late: boolean; tasks: string[] }> {
  const month = monthOrThrow(m.month);
  const clock = await orgClock(db, actor.organizationId, now);
  if (month.start > clock.today)
    throw new AppError("VALIDATION_FAILED", { issues: [{ path: "month", message: "month_key.invalid" }] });
  if (m.chairUserId !== actor.userId)
    throw new AppError("VALIDATION_FAILED", { issues: [{ path: "chairUserId", message: "field.invalid" }] });
  await requireAppointed(
    db,
    actor.organizationId,
    actor.userId,
    "principal",
    { day: clock.today, today: clock.today },
    "MONTHLY_SIGNER_NOT_APPOINTED",
  );
  const people = await memberNames(db, actor.organizationId, m.attendeeUserIds, "attendeeUserIds");
  const owners = await memberNames(
    db,
    actor.organizationId,
    m.decisions.flatMap((d) => (d.ownerUserId ? [d.ownerUserId] : [])),
    "decisions",
  );
  const review = await prefillMonth(db, actor.organizationId, m.month, now);
  const late =
    periodRecordStatus("monthly", month.start, clock.today, clock.calendar, now, clock.timeZone).status ===
    "signed_late";
  const meetingAt = new Date(m.meetingAt);
  return db.$transaction(async (tx) => {
    if ((await tx.monthlyMeeting.count({ where: { organizationId: actor.organizationId, month: m.month } })) > 0)
      throw new AppError("RECORD_PERIOD_DUPLICATE");
    const meeting = await tx.monthlyMeeting.create({
      data: {
        organizationId: actor.organizationId,
        month: m.month,
        meetingDate: localDate(meetingAt, clock.timeZone),
        meetingAt,
        place: m.place,
        chairUserId: m.chairUserId,
        recorderName: m.recorder,
        reviewJson: JSON.stringify({
          ...review,
          openHazards: review.openHazards.map((h) => h.hazardNo),
          openTasks: review.openTasks.map((x) => ({
            month: x.month,
            seq: x.seq,
            content: x.content,
            status: x.status,
          })),
        }),
        directorReport: m.directorReport,
        mainProblems: m.mainProblems,
        rectificationProgress: m.rectificationProgress,
        unresolvedIssues: m.unresolvedIssues,
        schedulingMatters: m.schedulingMatters || null,
        otherMatters: m.otherMatters || null,
        nextMonthPlan: m.nextMonthPlan,
        status: "submitted",
        signedByUserId: actor.userId,
        signedAt: now,
        submittedAt: now,
        late,
      },
      select: { id: true },
    });
    await tx.meetingAttendee.createMany({
      data: [
        ...m.attendeeUserIds.map((id) => ({
          organizationId: actor.organizationId,
          meetingId: meeting.id,
          userId: id,
          name: people.get(id)?.name ?? "",
          role: people.get(id)?.roles[0] ?? null,
        })),
        ...(m.otherAttendees ?? []).map((name) => ({
          organizationId: actor.organizationId,
          meetingId: meeting.id,
          userId: null,
          name,
          role: null,
        })),
      ],
    });
    const tasks: string[] = [];
    for (const [i, d] of m.decisions.entries()) {
      const decision = await tx.meetingDecision.create({
        data: {
          organizationId: actor.organizationId,
          meetingId: meeting.id,
          seq: i + 1,
          content: d.content,
          ownerUserId: d.ownerUserId ?? null,
          ownerName: d.ownerUserId ? (owners.get(d.ownerUserId)?.name ?? null) : null,
          dueDate: d.dueDate ?? null,
        },
        select: { id: true },
      });
      if (!d.ownerUserId || !d.dueDate) continue;
      tasks.push(
        await createMeetingTask(tx, {
          organizationId: actor.organizationId,
          decisionId: decision.id,
          month: m.month,
          content: d.content,
          ownerUserId: d.ownerUserId,
          dueDate: d.dueDate,
          now,
        }),
      );
    }
    const plan = m.nextMonthPlan
      .split(/\n+/)
      .map((l) => l.replace(/^\s*(\d+[.、)]|[-•·])\s*/, "").trim())
      .filter(Boolean);
    await tx.meetingPlanItem.createMany({
      data: plan.map((content, i) => ({
        organizationId: actor.organizationId,
        meetingId: meeting.id,
        seq: i + 1,
        forMonth: nextMonthKey(month),
        content,
      })),
    });
    const contentHash = await recordContentHash(tx, "monthly_meeting", meeting.id);
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actor: { kind: "user", userId: actor.userId },
      action: "monthly_meeting.sign",
      entityType: "monthly_meeting",
      entityId: meeting.id,
      data: {
        month: m.month,
        late,
        decisions: m.decisions.length,
        tasks,
        contentHash,
      },
    });
    await writeRecordSignature(
      tx,
      { organizationId: actor.organizationId, recordType: "monthly_meeting", recordId: meeting.id, contentHash },
      actor.userId,
      m.signature,
      now,
    );
    await emitWebhookEvent(
      tx,
      actor.organizationId,
      "record.signed",
      { kind: "monthly", id: meeting.id, period: m.month, late, signedAt: now.toISOString() },
      now,
    );
    return { id: meeting.id, late, tasks };
  });
}
