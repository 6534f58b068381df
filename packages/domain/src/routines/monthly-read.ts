// Reading monthly meeting records: the last months with their status (overdue shows) and one
// record with attendees, decisions (and the ledger task each became), plan items and amendments.
import { addDays, localDate, monthOf } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { listAmendments, type AmendmentView } from "./amend.ts";
import { periodRecordStatus, type PeriodRecordStatus } from "./due.ts";
import { orgClock, type OrgClock } from "./items.ts";
import { recordContentHash } from "../audit/record-hash.ts";
import { signaturesOf, type ShownSignature } from "../signatures/record-signatures.ts";
import { loadDuties, orgDueOn, type Duties } from "../periods/duty.ts";

export interface MonthRow {
  month: string;
  dueDate: string | null;
  status: PeriodRecordStatus;
  meeting: { id: string; meetingDate: string; signedByName: string | null; late: boolean; status: string } | null;
}

/**
 * The last `count` months up to the current one. A month is listed only when it falls due on or
 * after the 启用日期 (or has minutes): months before the organisation started are not missed.
 */
export async function listMonths(db: Db, organizationId: string, now: Date, count = 6): Promise<MonthRow[]> {
  const [clock, duties] = await Promise.all([orgClock(db, organizationId, now), loadDuties(db, organizationId)]);
  const months = monthsBack(clock.today, count);
  const meetings = await db.monthlyMeeting.findMany({
    where: { organizationId, month: { in: months.map((m) => m.month) } },
    select: {
      id: true,
      month: true,
      meetingDate: true,
      signedAt: true,
      late: true,
      status: true,
      signedBy: { select: { name: true } },
    },
  });
  return monthStatuses(clock, duties, months, meetings).map(({ meeting, ...row }) => ({
    ...row,
    meeting: meeting && {
      id: meeting.id,
      meetingDate: meeting.meetingDate,
      signedByName: meeting.signedBy?.name ?? null,
      late: meeting.late,
      status: meeting.status,
    },
  }));
}

/** The last `count` months up to today's, newest first. */
export function monthsBack(today: string, count: number): Array<ReturnType<typeof monthOf>> {
  const months: ReturnType<typeof monthOf>[] = [];
  let day = today;
  for (let i = 0; i < count; i++) {
    const month = monthOf(day);
    months.push(month);
    day = addDays(month.start, -1);
  }
  return months;
}

/**
 * The month rows of `listMonths` in memory, from the organisation's minutes of those months: the
 * one definition used by the month list and by the set-based regulator indicators.
 */
export function monthStatuses<M extends { month: string; signedAt: Date | null }>(
  clock: Pick<OrgClock, "today" | "calendar" | "timeZone">,
  duties: Duties,
  months: ReadonlyArray<ReturnType<typeof monthOf>>,
  meetings: readonly M[],
): Array<Omit<MonthRow, "meeting"> & { meeting: M | null }> {
  const byMonth = new Map(meetings.map((m) => [m.month, m]));
  const rows: Array<Omit<MonthRow, "meeting"> & { meeting: M | null }> = [];
  for (const month of months) {
    const meeting = byMonth.get(month.month) ?? null;
    const s = periodRecordStatus(
      "monthly",
      month.start,
      clock.today,
      clock.calendar,
      meeting?.signedAt ?? null,
      clock.timeZone,
    );
    if (!meeting && !orgDueOn(duties, s.dueDate ?? month.end)) continue;
    rows.push({ month: month.month, dueDate: s.dueDate, status: s.status, meeting });
  }
  return rows;
}

export interface MonthlyDetail {
  id: string;
  organizationName: string;
  month: string;
  meetingDate: string;
  meetingAt: Date | null;
  place: string;
  chairName: string;
  recorderName: string;
  review: Record<string, unknown>;
  directorReport: string | null;
  mainProblems: string | null;
  rectificationProgress: string | null;
  unresolvedIssues: string | null;
  schedulingMatters: string | null;
  otherMatters: string | null;
  nextMonthPlan: string | null;
  status: string;
  signedByName: string | null;
  signedAt: Date | null;
  signedLocalDate: string | null;
  late: boolean;
  revision: number;
  /** sha256 of the signed content as it stands (audit/record-hash.ts); null for a draft. */
  contentHash: string | null;
  attendees: Array<{ name: string; role: string | null }>;
  decisions: Array<{
    seq: number;
    content: string;
    ownerName: string | null;
    dueDate: string | null;
    hazard: { id: string; hazardNo: string; status: string } | null;
  }>;
  planItems: Array<{ seq: number; forMonth: string; content: string }>;
  amendments: AmendmentView[];
  /** The principal's handwritten (or typed-name) signature, checked against the current hash. */
  signatures: ShownSignature[];
}

export async function getMonthlyMeeting(db: Db, organizationId: string, id: string): Promise<MonthlyDetail> {
  const m = await db.monthlyMeeting.findFirst({
    where: { id, organizationId },
    include: {
      organization: { select: { name: true, timeZone: true } },
      chair: { select: { name: true } },
      signedBy: { select: { name: true } },
      attendees: { select: { name: true, role: true }, orderBy: { name: "asc" } },
      decisions: {
        orderBy: { seq: "asc" },
        select: {
          seq: true,
          content: true,
          ownerName: true,
          dueDate: true,
          hazard: { select: { id: true, hazardNo: true, status: true } },
        },
      },
      planItems: { orderBy: { seq: "asc" }, select: { seq: true, forMonth: true, content: true } },
    },
  });
  if (!m) throw new AppError("RECORD_NOT_FOUND");
  return {
    id: m.id,
    organizationName: m.organization.name,
    month: m.month,
    meetingDate: m.meetingDate,
    meetingAt: m.meetingAt,
    place: m.place,
    chairName: m.chair.name,
    recorderName: m.recorderName,
    review: JSON.parse(m.reviewJson) as Record<string, unknown>,
    directorReport: m.directorReport,
    mainProblems: m.mainProblems,
    rectificationProgress: m.rectificationProgress,
    unresolvedIssues: m.unresolvedIssues,
    schedulingMatters: m.schedulingMatters,
    otherMatters: m.otherMatters,
    nextMonthPlan: m.nextMonthPlan,
    status: m.status,
    signedByName: m.signedBy?.name ?? null,
    signedAt: m.signedAt,
    signedLocalDate: m.signedAt ? localDate(m.signedAt, m.organization.timeZone) : null,
    late: m.late,
    revision: m.revision,
    contentHash: m.status === "draft" ? null : await recordContentHash(db, "monthly_meeting", m.id),
    attendees: m.attendees,
    decisions: m.decisions,
    planItems: m.planItems,
    amendments: await listAmendments(db, organizationId, "monthly_meeting", m.id),
    signatures: await signaturesOf(db, organizationId, "monthly_meeting", m.id),
  };
}
