// 阅签: the director reads the officers' daily records (质量安全总监（阅）) and the principal the
// director's weekly reports (主要负责人（阅）). One tap marks one record or every unread one listed;
// who and when fill the "（阅）" lines of the print views. Only signed records are read-signed,
// each once; a later tap leaves the first 阅 as it was.
import type { z } from "zod";
import type { ReadSignSchema } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { requireAppointed } from "../appointments/authority.ts";
import { requireDirectorDuty } from "../appointments/director-duty.ts";
import { recordAudit } from "../audit/audit.ts";
import { recordContentHash } from "../audit/record-hash.ts";
import { AppError } from "../errors.ts";
import { orgToday } from "../profile/org-clock.ts";
import { SUBMITTED_STATUSES } from "./items.ts";

export interface UnreadDaily {
  id: string;
  checkDate: string;
  siteName: string;
  officerName: string;
  zeroRisk: boolean;
  operatingStatus: string;
  late: boolean;
  signedAt: Date | null;
}

export interface UnreadWeekly {
  id: string;
  week: string;
  periodStart: string;
  periodEnd: string;
  signedByName: string | null;
  signedAt: Date | null;
}

/** Signed daily records nobody has read-signed yet, newest first. */
export async function unreadDailyRecords(db: Db, organizationId: string, limit = 100): Promise<UnreadDaily[]> {
  const rows = await db.dailyCheckRun.findMany({
    where: { organizationId, status: { in: [...SUBMITTED_STATUSES] }, reviewedAt: null },
    orderBy: [{ checkDate: "desc" }, { signedAt: "desc" }],
    take: limit,
    select: {
      id: true,
      checkDate: true,
      zeroRisk: true,
      operatingStatus: true,
      late: true,
      signedAt: true,
      site: { select: { name: true } },
      officer: { select: { name: true } },
    },
  });
  return rows.map(({ site, officer, ...r }) => ({ ...r, siteName: site.name, officerName: officer.name }));
}

/** Signed weekly reports the principal has not read-signed yet, newest first. */
export async function unreadWeeklyReports(db: Db, organizationId: string, limit = 100): Promise<UnreadWeekly[]> {
  const rows = await db.weeklyReport.findMany({
    where: { organizationId, status: { in: [...SUBMITTED_STATUSES] }, ackAt: null },
    orderBy: { periodStart: "desc" },
    take: limit,
    select: {
      id: true,
      isoYear: true,
      isoWeek: true,
      periodStart: true,
      periodEnd: true,
      signedAt: true,
      signedBy: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    week: `${r.isoYear}-W${String(r.isoWeek).padStart(2, "0")}`,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    signedByName: r.signedBy?.name ?? null,
    signedAt: r.signedAt,
  }));
}

/**
 * Marks signed daily records read by `userId` at `now` (those already read keep their first 阅) and
 * audits each; RECORD_NOT_FOUND (with the id's path) for a draft or another organisation's id.
 * Authority is the caller's to check (readSignDaily); the demo seed uses this same step.
 */
export async function markDailyRead(
  tx: Tx,
  actor: { organizationId: string; userId: string },
  ids: readonly string[],
  now: Date,
): Promise<{ signed: number }> {
  const unique = [...new Set(ids)];
  const rows = await tx.dailyCheckRun.findMany({
    where: { organizationId: actor.organizationId, id: { in: unique } },
    select: { id: true, status: true, reviewedAt: true },
  });
  const bad = unique.findIndex((id) => !rows.some((r) => r.id === id && r.status !== "draft"));
  if (bad >= 0)
    throw new AppError("RECORD_NOT_FOUND", { issues: [{ path: `ids.${bad}`, message: "RECORD_NOT_FOUND" }] });
  const unread = rows.filter((r) => r.reviewedAt === null).map((r) => r.id);
  if (unread.length === 0) return { signed: 0 };
  await tx.dailyCheckRun.updateMany({
    where: { organizationId: actor.organizationId, id: { in: unread }, reviewedAt: null },
    data: { reviewedByUserId: actor.userId, reviewedAt: now },
  });
  for (const id of unread)
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actor: { kind: "user", userId: actor.userId },
      action: "daily_check.read_sign",
      entityType: "daily_check_run",
      entityId: id,
      // What was read: the record's content hash, as its signing event carries it (ADR 014).
      data: { contentHash: await recordContentHash(tx, "daily_check_run", id) },
      at: now,
    });
  return { signed: unread.length };
}

/** Like markDailyRead, for weekly reports (主要负责人（阅）). */
export async function markWeeklyRead(
  tx: Tx,
  actor: { organizationId: string; userId: string },
  ids: readonly string[],
  now: Date,
): Promise<{ signed: number }> {
  const unique = [...new Set(ids)];
  const rows = await tx.weeklyReport.findMany({
    where: { organizationId: actor.organizationId, id: { in: unique } },
    select: { id: true, status: true, ackAt: true },
  });
  const bad = unique.findIndex((id) => !rows.some((r) => r.id === id && r.status !== "draft"));
  if (bad >= 0)
    throw new AppError("RECORD_NOT_FOUND", { issues: [{ path: `ids.${bad}`, message: "RECORD_NOT_FOUND" }] });
  const unread = rows.filter((r) => r.ackAt === null).map((r) => r.id);
  if (unread.length === 0) return { signed: 0 };
  await tx.weeklyReport.updateMany({
    where: { organizationId: actor.organizationId, id: { in: unread }, ackAt: null },
    data: { ackByUserId: actor.userId, ackAt: now },
  });
  for (const id of unread)
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actor: { kind: "user", userId: actor.userId },
      action: "weekly_report.read_sign",
      entityType: "weekly_report",
      entityId: id,
      // What was read: the record's content hash, as its signing event carries it (ADR 014).
      data: { contentHash: await recordContentHash(tx, "weekly_report", id) },
      at: now,
    });
  return { signed: unread.length };
}

/** The director (or the principal carrying the director's duties) 阅 daily records. */
export async function readSignDaily(
  db: Db,
  actor: { organizationId: string; userId: string },
  input: z.output<typeof ReadSignSchema>,
  now: Date,
): Promise<{ signed: number }> {
  const today = await orgToday(db, actor.organizationId, now);
  await requireDirectorDuty(db, actor.organizationId, actor.userId, today, "READ_SIGN_NOT_APPOINTED");
  return db.$transaction((tx) => markDailyRead(tx, actor, input.ids, now));
}

/** The appointed principal 阅 weekly reports. */
export async function readSignWeekly(
  db: Db,
  actor: { organizationId: string; userId: string },
  input: z.output<typeof ReadSignSchema>,
  now: Date,
): Promise<{ signed: number }> {
  const today = await orgToday(db, actor.organizationId, now);
  await requireAppointed(
    db,
    actor.organizationId,
    actor.userId,
    "principal",
    { day: today, today },
    "READ_SIGN_NOT_APPOINTED",
  );
  return db.$transaction((tx) => markWeeklyRead(tx, actor, input.ids, now));
}
