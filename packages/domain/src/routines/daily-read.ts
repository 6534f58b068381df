// Reading daily records: the officer's day (sheets to fill, drafts, signed records), one record
// with its entries, photos and amendments, and the ledger of a date range in which every
// expected working day appears — checked, late, not operating or MISSED, never blank.
import { eachDay, isWorkingDay, type Role } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { listLinkedAttachments } from "../files/attachments.ts";
import { stampAttachments, type StampedAttachment } from "../files/photos.ts";
import { dayStatus, type DayStatus } from "./due.ts";
import { orgClock, planSheets, type OrgClock, type SheetItem } from "./items.ts";
import { listAmendments, type AmendmentView } from "./amend.ts";
import { signaturesOf, type ShownSignature } from "../signatures/record-signatures.ts";
import { recordContentHash } from "../audit/record-hash.ts";
import { loadDuties, officerDueOn, type Duties } from "../periods/duty.ts";

export interface EntryView {
  id: string;
  riskItemId: string;
  /** The batch line of a per-batch item ("" for the item's one line) and the batch it names. */
  batchRef: string;
  batchLabel: string | null;
  seq: number;
  stage: string;
  riskPoint: string;
  controlMeasure: string;
  result: string;
  note: string | null;
  naReason: string | null;
  immediateAction: string | null;
  hazard: { id: string; hazardNo: string; status: string } | null;
  photos: StampedAttachment[];
}

const entrySelect = {
  id: true,
  riskItemId: true,
  batchRef: true,
  batchLabel: true,
  seq: true,
  stage: true,
  riskPoint: true,
  controlMeasure: true,
  result: true,
  note: true,
  naReason: true,
  immediateAction: true,
  hazard: { select: { id: true, hazardNo: true, status: true } },
} as const;

async function withPhotos(
  db: Db,
  organizationId: string,
  entries: Array<Omit<EntryView, "photos">>,
): Promise<EntryView[]> {
  return Promise.all(
    entries.map(async (e) => ({
      ...e,
      photos: await stampAttachments(
        db,
        organizationId,
        await listLinkedAttachments(db, organizationId, "daily_check_entry", e.id),
      ),
    })),
  );
}

export interface DaySheet {
  siteId: string;
  siteName: string;
  items: SheetItem[];
  run: { id: string; status: string; operatingStatus: string; signedAt: Date | null; late: boolean } | null;
  entries: EntryView[];
}

export interface OfficerDay {
  today: string;
  date: string;
  workingDay: boolean;
  status: DayStatus;
  sheets: DaySheet[];
}

/** What the officer sees on "今日检查" for `date` (today by default; earlier days for late entry). */
export async function getOfficerDay(
  db: Db,
  officer: { organizationId: string; userId: string; roles: readonly Role[] },
  date: string | null,
  now: Date,
): Promise<OfficerDay> {
  const clock = await orgClock(db, officer.organizationId, now);
  const day = date ?? clock.today;
  const runs = await db.dailyCheckRun.findMany({
    where: { organizationId: officer.organizationId, officerUserId: officer.userId, checkDate: day },
    select: {
      id: true,
      siteId: true,
      status: true,
      operatingStatus: true,
      signedAt: true,
      submittedAt: true,
      late: true,
      site: { select: { name: true } },
    },
  });
  const drafts = runs.filter((r) => r.status === "draft").map((r) => r.id);
  const plans =
    day > clock.today
      ? []
      : await db.$transaction((tx) => planSheets(tx, clock, officer.userId, officer.roles, day, drafts));
  const sheets: DaySheet[] = [];
  const siteIds = new Set([...plans.map((p) => p.siteId), ...runs.map((r) => r.siteId)]);
  for (const siteId of siteIds) {
    const plan = plans.find((p) => p.siteId === siteId);
    const run = runs.find((r) => r.siteId === siteId) ?? null;
    const entries = run
      ? await db.dailyCheckEntry.findMany({
          where: { runId: run.id },
          orderBy: [{ seq: "asc" }, { createdAt: "asc" }],
          select: entrySelect,
        })
      : [];
    const signed = run !== null && run.status !== "draft";
    sheets.push({
      siteId,
      siteName: plan?.siteName ?? run?.site.name ?? "",
      items: signed ? [] : (plan?.items ?? []),
      run: run && {
        id: run.id,
        status: run.status,
        operatingStatus: run.operatingStatus,
        signedAt: run.signedAt,
        late: run.late,
      },
      entries: await withPhotos(db, officer.organizationId, entries),
    });
  }
  const submitted = runs.find((r) => r.submittedAt !== null);
  const duties = await loadDuties(db, officer.organizationId);
  const computed = dayStatus(
    day,
    clock.today,
    clock.calendar,
    submitted
      ? { checkDate: day, operatingStatus: submitted.operatingStatus, submittedAt: submitted.submittedAt }
      : null,
    clock.timeZone,
  );
  const status =
    (computed === "pending" || computed === "missed") && !officerDueOn(duties, officer.userId, day)
      ? "not_due"
      : computed;
  return { today: clock.today, date: day, workingDay: isWorkingDay(day, clock.calendar), status, sheets };
}

export interface RunDetail {
  id: string;
  organizationName: string;
  siteName: string;
  officerUserId: string;
  officerName: string;
  checkDate: string;
  listVersion: number;
  operatingStatus: string;
  notOperatingReason: string | null;
  status: string;
  zeroRisk: boolean;
  hazardSummary: string | null;
  measuresTaken: string | null;
  reportedTo: string | null;
  /** The person the problems were reported to and when (null on records signed before issue 13). */
  reportedToName: string | null;
  reportedAt: Date | null;
  remarks: string | null;
  signedByName: string | null;
  signedAt: Date | null;
  /** 质量安全总监（阅）: who read-signed the record and when (null while unread). */
  reviewedByName: string | null;
  reviewedAt: Date | null;
  late: boolean;
  revision: number;
  /** sha256 of the signed content as it stands (audit/record-hash.ts); null for a draft. */
  contentHash: string | null;
  entries: EntryView[];
  amendments: AmendmentView[];
  signatures: ShownSignature[];
}

export async function getDailyRun(db: Db, organizationId: string, runId: string): Promise<RunDetail> {
  const run = await db.dailyCheckRun.findFirst({
    where: { id: runId, organizationId },
    include: {
      organization: { select: { name: true } },
      site: { select: { name: true } },
      officer: { select: { name: true } },
      signedBy: { select: { name: true } },
      reviewedBy: { select: { name: true } },
      reportedToUser: { select: { name: true } },
    },
  });
  if (!run) throw new AppError("RECORD_NOT_FOUND");
  const entries = await db.dailyCheckEntry.findMany({
    where: { runId, organizationId },
    orderBy: [{ seq: "asc" }, { createdAt: "asc" }],
    select: entrySelect,
  });
  return {
    id: run.id,
    organizationName: run.organization.name,
    siteName: run.site.name,
    officerUserId: run.officerUserId,
    officerName: run.officer.name,
    checkDate: run.checkDate,
    listVersion: run.listVersion,
    operatingStatus: run.operatingStatus,
    notOperatingReason: run.notOperatingReason,
    status: run.status,
    zeroRisk: run.zeroRisk,
    hazardSummary: run.hazardSummary,
    measuresTaken: run.measuresTaken,
    reportedTo: run.reportedTo,
    reportedToName: run.reportedToUser?.name ?? null,
    reportedAt: run.reportedAt,
    remarks: run.remarks,
    signedByName: run.signedBy?.name ?? null,
    signedAt: run.signedAt,
    reviewedByName: run.reviewedBy?.name ?? null,
    reviewedAt: run.reviewedAt,
    late: run.late,
    revision: run.revision,
    contentHash: run.status === "draft" ? null : await recordContentHash(db, "daily_check_run", run.id),
    entries: await withPhotos(db, organizationId, entries),
    amendments: await listAmendments(db, organizationId, "daily_check_run", runId),
    signatures: await signaturesOf(db, organizationId, "daily_check_run", runId),
  };
}

export interface LedgerDay {
  date: string;
  officerUserId: string;
  officerName: string;
  status: DayStatus;
  runs: Array<{
    id: string;
    siteName: string;
    status: string;
    zeroRisk: boolean;
    problems: number;
    late: boolean;
    signedAt: Date | null;
  }>;
}

/** What the day status of an officer-day needs from its first submitted record. */
export interface SubmittedRun {
  officerUserId: string;
  checkDate: string;
  operatingStatus: string;
  submittedAt: Date | null;
}

/** An active member's roles (as stored) — officers are those holding "officer". */
export function officersOf<M extends { rolesJson: string }>(members: readonly M[]): M[] {
  return members.filter((m) => m.rolesJson.includes('"officer"'));
}

/**
 * The ledger's officer × day grid as statuses, in memory: the one definition used by `dailyLedger`
 * and by the set-based regulator indicators (periods/indicators-set.ts). `runs` must be in
 * (checkDate, id) order; the first submitted record of an officer-day decides its status. A day
 * before the 启用日期 or outside the officer's appointment is skipped unless a record was
 * submitted for it; rest and upcoming days are skipped.
 */
export function officerDayStatuses<R extends SubmittedRun>(
  clock: Pick<OrgClock, "today" | "calendar" | "timeZone">,
  duties: Duties,
  officerUserIds: readonly string[],
  runs: readonly R[],
  range: { from: string; to: string },
): Array<{ date: string; officerUserId: string; status: DayStatus; runs: R[] }> {
  const byOfficerDay = new Map<string, R[]>();
  for (const r of runs) {
    const key = `${r.officerUserId}|${r.checkDate}`;
    const list = byOfficerDay.get(key) ?? [];
    list.push(r);
    byOfficerDay.set(key, list);
  }
  const rows: Array<{ date: string; officerUserId: string; status: DayStatus; runs: R[] }> = [];
  for (const date of eachDay(range.from, range.to)) {
    for (const officerUserId of officerUserIds) {
      const mine = byOfficerDay.get(`${officerUserId}|${date}`) ?? [];
      const submitted = mine.find((r) => r.submittedAt !== null);
      if (!submitted && !officerDueOn(duties, officerUserId, date)) continue;
      const status = dayStatus(
        date,
        clock.today,
        clock.calendar,
        submitted
          ? { checkDate: date, operatingStatus: submitted.operatingStatus, submittedAt: submitted.submittedAt }
          : null,
        clock.timeZone,
      );
      if (status === "rest" || status === "upcoming") continue;
      rows.push({ date, officerUserId, status, runs: mine });
    }
  }
  return rows;
}

/**
 * Every officer × day of the range: the daily ledger (missed days included). A day before the
 * 启用日期 or outside the officer's appointment is not due and does not appear unless a record
 * was submitted for it (periods/duty.ts). A fixed number of queries whatever the range; the
 * problem counts are read from the range's runs (the runId index), never by grouping the
 * organisation's — or every tenant's — entries.
 */
export async function dailyLedger(
  db: Db,
  organizationId: string,
  range: { from: string; to: string },
  now: Date,
  officerUserId?: string,
): Promise<LedgerDay[]> {
  const [clock, duties] = await Promise.all([orgClock(db, organizationId, now), loadDuties(db, organizationId)]);
  const members = await db.membership.findMany({
    where: { organizationId, status: "active", ...(officerUserId ? { userId: officerUserId } : {}) },
    select: { userId: true, rolesJson: true, user: { select: { name: true } } },
  });
  const officers = officersOf(members);
  const runs = await db.dailyCheckRun.findMany({
    where: {
      organizationId,
      checkDate: { gte: range.from, lte: range.to },
      officerUserId: { in: officers.map((o) => o.userId) },
    },
    select: {
      id: true,
      officerUserId: true,
      checkDate: true,
      status: true,
      operatingStatus: true,
      zeroRisk: true,
      late: true,
      signedAt: true,
      submittedAt: true,
      site: { select: { name: true } },
      // Nested read: one statement keyed by these runs' ids (runId index), not a GROUP BY over
      // DailyCheckEntry as `_count` with a `where` compiles to.
      entries: { where: { result: "problem" }, select: { id: true } },
    },
    orderBy: [{ checkDate: "asc" }, { id: "asc" }],
  });
  const names = new Map(officers.map((o) => [o.userId, o.user.name]));
  return officerDayStatuses(
    clock,
    duties,
    officers.map((o) => o.userId),
    runs,
    range,
  ).map((row) => ({
    date: row.date,
    officerUserId: row.officerUserId,
    officerName: names.get(row.officerUserId) ?? "",
    status: row.status,
    runs: row.runs.map((r) => ({
      id: r.id,
      siteName: r.site.name,
      status: r.status,
      zeroRisk: r.zeroRisk,
      problems: r.entries.length,
      late: r.late,
      signedAt: r.signedAt,
    })),
  }));
}
