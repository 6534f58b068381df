// A regulator opens one statutory routine record — a daily check record (每日质量安全检查记录) or
// monthly meeting minutes (每月质量安全调度会议纪要) — read-only, through the same routines
// read functions the enterprise uses. The ledger's live grant is checked first, the record must
// belong to that enterprise and be signed, and the read is logged.
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { getDailyRun, type RunDetail } from "../routines/daily-read.ts";
import { getMonthlyMeeting, type MonthlyDetail } from "../routines/monthly-read.ts";
import { requireLedger } from "./grants.ts";
import { logRead, type RegulatorActor } from "./portal.ts";

async function timeZoneOf(db: Db, organizationId: string): Promise<string> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { timeZone: true } });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  return org.timeZone;
}

export async function readDailyRun(
  db: Db,
  actor: RegulatorActor,
  organizationId: string,
  runId: string,
  now: Date,
): Promise<RunDetail & { timeZone: string }> {
  await requireLedger(db, actor.agencyId, organizationId, "daily", now);
  const run = await getDailyRun(db, organizationId, runId);
  if (run.status === "draft") throw new AppError("RECORD_NOT_FOUND");
  await logRead(db, actor, organizationId, "daily", "view", null, { runId, checkDate: run.checkDate }, now);
  return { ...run, timeZone: await timeZoneOf(db, organizationId) };
}

export async function readMonthlyMeeting(
  db: Db,
  actor: RegulatorActor,
  organizationId: string,
  meetingId: string,
  now: Date,
): Promise<MonthlyDetail & { timeZone: string }> {
  await requireLedger(db, actor.agencyId, organizationId, "monthly", now);
  const meeting = await getMonthlyMeeting(db, organizationId, meetingId);
  if (meeting.status === "draft") throw new AppError("RECORD_NOT_FOUND");
  await logRead(db, actor, organizationId, "monthly", "view", null, { meetingId, month: meeting.month }, now);
  return { ...meeting, timeZone: await timeZoneOf(db, organizationId) };
}
