// 日管控 — the officer's daily record (每日质量安全检查记录): answers saved one item at a time into
// a draft, a problem opens a hazard from the same screen, signing needs every due item answered,
// 零风险 in one confirmed tap, a non-operating day with its reason. Signed records never change
// here (see amend.ts).
import type { z } from "zod";
import {
  type DailyAllOkSchema,
  type DailyNotOperatingSchema,
  type DailySheetKeySchema,
  type DailySubmitSchema,
  type SignatureCapture,
  RiskStage,
  type Role,
  startOfLocalDayUtc,
} from "@anzhi/contracts";
import type { DailyAnswerWithPhotos } from "@anzhi/contracts/uploads";
import type { Db, Tx } from "@anzhi/db";
import { appointmentsInForce, requireAppointed } from "../appointments/authority.ts";
import { recordAudit } from "../audit/audit.ts";
import { emitWebhookEvent } from "../webhooks/outbox.ts";
import { AppError, fieldError } from "../errors.ts";
import { notifyOnce } from "../notifications/notify.ts";
import { linkAttachments, transactionWithFiles } from "../files/attachments.ts";
import type { FileLocation } from "../files/storage.ts";
import { preparePhotos, recordPhotoEvidence } from "../files/photos.ts";
import { openHazard } from "../hazards/open-hazard.ts";
import { isLateSubmission } from "./due.ts";
import { lineKey, orgClock, planSheets, type OrgClock, type SheetPlan } from "./items.ts";
import { recordContentHash } from "../audit/record-hash.ts";
import { writeRecordSignature } from "../signatures/record-signatures.ts";

export interface Officer {
  organizationId: string;
  userId: string;
  roles: readonly Role[];
}

type Run = { id: string; status: string; operatingStatus: string };

/** The plan of one sheet; refuses future dates and sites the officer has nothing to check at. */
async function sheetFor(
  tx: Tx,
  clock: OrgClock,
  officer: Officer,
  siteId: string,
  checkDate: string,
  draftRunId: string | null,
): Promise<SheetPlan> {
  if (checkDate > clock.today)
    throw new AppError("VALIDATION_FAILED", { issues: [{ path: "checkDate", message: "date.invalid" }] });
  const sheets = await planSheets(tx, clock, officer.userId, officer.roles, checkDate, draftRunId ? [draftRunId] : []);
  const sheet = sheets.find((s) => s.siteId === siteId);
  if (!sheet) throw new AppError("SITE_NOT_FOUND");
  return sheet;
}

async function findRun(tx: Tx, officer: Officer, siteId: string, checkDate: string): Promise<Run | null> {
  return tx.dailyCheckRun.findUnique({
    where: {
      organizationId_officerUserId_checkDate_siteId: {
        organizationId: officer.organizationId,
        officerUserId: officer.userId,
        checkDate,
        siteId,
      },
    },
    select: { id: true, status: true, operatingStatus: true },
  });
}

/** The signer is an officer appointed for the site on the record's day, and still is today. */
async function requireOfficerAppointment(
  tx: Tx,
  officer: Officer,
  clock: OrgClock,
  key: { siteId: string; checkDate: string },
): Promise<void> {
  await requireAppointed(
    tx,
    officer.organizationId,
    officer.userId,
    "officer",
    { day: key.checkDate, today: clock.today, siteId: key.siteId },
    "DAILY_SIGNER_NOT_APPOINTED",
  );
}

function assertDraft(run: Run | null): void {
  if (run && run.status !== "draft") throw new AppError("RECORD_ALREADY_SIGNED");
}

async function ensureDraft(
  tx: Tx,
  officer: Officer,
  sheet: SheetPlan,
  checkDate: string,
  run: Run | null,
): Promise<string> {
  if (run) return run.id;
  const created = await tx.dailyCheckRun.create({
    data: {
      organizationId: officer.organizationId,
      siteId: sheet.siteId,
      officerUserId: officer.userId,
      checkDate,
      listVersion: sheet.listVersion,
    },
    select: { id: true },
  });
  return created.id;
}

export interface SavedAnswer {
  runId: string;
  entryId: string;
  hazard: { id: string; hazardNo: string } | null;
}

/**
 * Saves (or changes) one item's answer on the draft with its photos (stored in the same
 * transaction, in the file storage); a problem may open its hazard right away.
 */
export async function answerItem(
  db: Db,
  officer: Officer & { dataDir: FileLocation },
  a: DailyAnswerWithPhotos,
  now: Date,
): Promise<SavedAnswer> {
  const photos = await preparePhotos(a.photos, a.photoMeta);
  return transactionWithFiles(db, officer.dataDir, async (tx, files) => {
    if (a.saveKey) {
      // A replay of a save already applied (its answer was lost on the way back): the same answer.
      const saved = await tx.dailyCheckEntry.findUnique({
        where: { organizationId_saveKey: { organizationId: officer.organizationId, saveKey: a.saveKey } },
        select: { id: true, runId: true, hazard: { select: { id: true, hazardNo: true } } },
      });
      if (saved) return { runId: saved.runId, entryId: saved.id, hazard: saved.hazard };
    }
    const clock = await orgClock(tx, officer.organizationId, now);
    const run = await findRun(tx, officer, a.siteId, a.checkDate);
    assertDraft(run);
    if (run?.operatingStatus === "not_operating") throw new AppError("RECORD_ALREADY_SIGNED");
    const sheet = await sheetFor(tx, clock, officer, a.siteId, a.checkDate, run?.id ?? null);
    const batchRef = a.batchRef ?? "";
    const item = sheet.items.find((i) => i.riskItemId === a.riskItemId && i.batchRef === batchRef);
    if (!item)
      throw new AppError("RECORD_NOT_FOUND", {
        issues: [{ path: batchRef ? "batchRef" : "riskItemId", message: "field.invalid" }],
      });
    const runId = await ensureDraft(tx, officer, sheet, a.checkDate, run);
    const fields = {
      result: a.result,
      note: a.note || null,
      naReason: a.result === "not_applicable" ? a.naReason || null : null,
      immediateAction: a.result === "problem" ? a.immediateAction || null : null,
      saveKey: a.saveKey ?? null,
    };
    const entry = await tx.dailyCheckEntry.upsert({
      where: { runId_riskItemId_batchRef: { runId, riskItemId: item.riskItemId, batchRef } },
      create: {
        organizationId: officer.organizationId,
        runId,
        riskItemId: item.riskItemId,
        batchRef,
        batchLabel: item.batchLabel,
        seq: item.seq,
        stage: item.stage,
        riskCategory: item.riskCategory,
        riskPoint: item.riskPoint,
        controlMeasure: item.controlMeasure,
        ...fields,
      },
      update: fields,
      select: { id: true, hazardId: true },
    });
    await linkAttachments(tx, {
      organizationId: officer.organizationId,
      attachmentIds: a.evidenceFileIds ?? [],
      entityType: "daily_check_entry",
      entityId: entry.id,
      purpose: "evidence",
      userId: officer.userId,
    });
    const photoIds = await files.attach({
      organizationId: officer.organizationId,
      files: a.photos,
      entityType: "daily_check_entry",
      entityId: entry.id,
      purpose: "evidence",
      actor: { kind: "user", userId: officer.userId },
      path: "photos",
    });
    await recordPhotoEvidence(tx, {
      organizationId: officer.organizationId,
      timeZone: clock.timeZone,
      attachmentIds: photoIds,
      prepared: photos,
      now,
    });
    let hazard: SavedAnswer["hazard"] = null;
    if (a.result === "problem" && a.openHazard && entry.hazardId === null) {
      hazard = await openHazard(tx, {
        organizationId: officer.organizationId,
        source: "daily_check",
        title: `${item.riskPoint}${item.batchLabel ? `（${item.batchLabel}）` : ""}：${(a.note ?? "").slice(0, 60)}`,
        description: a.note ?? item.riskPoint,
        severity: a.openHazard.severity,
        dueDate: a.openHazard.dueDate,
        stage: RiskStage.safeParse(item.stage).data ?? null,
        riskItemId: item.riskItemId,
        siteId: sheet.siteId,
        ownerUserId: a.openHazard.ownerUserId ?? null,
        containment: a.immediateAction ?? null,
        refs: { dailyEntryId: entry.id },
        actor: { kind: "user", userId: officer.userId },
        now,
      });
      await tx.dailyCheckEntry.update({ where: { id: entry.id }, data: { hazardId: hazard.id } });
    }
    return { runId, entryId: entry.id, hazard };
  });
}

/** Signs the sheet. Every item due on the day must be answered; problems need the summary. */
export async function submitDaily(
  db: Db,
  officer: Officer,
  s: z.output<typeof DailySubmitSchema>,
  now: Date,
): Promise<{ runId: string; late: boolean; zeroRisk: boolean }> {
  return db.$transaction(async (tx) => signSheet(tx, officer, s, now));
}

async function signSheet(
  tx: Tx,
  officer: Officer,
  s: {
    siteId: string;
    checkDate: string;
    hazardSummary?: string;
    measuresTaken?: string;
    reportedToUserId?: string;
    reportedAt?: string;
    remarks?: string;
    signature: SignatureCapture;
  },
  now: Date,
): Promise<{ runId: string; late: boolean; zeroRisk: boolean }> {
  const clock = await orgClock(tx, officer.organizationId, now);
  const run = await findRun(tx, officer, s.siteId, s.checkDate);
  assertDraft(run);
  await requireOfficerAppointment(tx, officer, clock, s);
  const sheet = await sheetFor(tx, clock, officer, s.siteId, s.checkDate, run?.id ?? null);
  const entries = run
    ? await tx.dailyCheckEntry.findMany({
        where: { runId: run.id },
        select: {
          riskItemId: true,
          batchRef: true,
          batchLabel: true,
          result: true,
          note: true,
          immediateAction: true,
          riskPoint: true,
        },
      })
    : [];
  const answered = new Set(entries.map(lineKey));
  const unanswered = sheet.items.filter((i) => i.state === "due_today" && !answered.has(lineKey(i)));
  if (!run || entries.length === 0 || unanswered.length > 0) {
    const missing = unanswered.length > 0 ? unanswered : sheet.items;
    throw new AppError("RECORD_INCOMPLETE", {
      details: { count: missing.length },
      issues: missing.map((i) => ({
        path: `items.${i.riskItemId}${i.batchRef ? `.${i.batchRef}` : ""}`,
        message: `${i.seq}. ${i.riskPoint}${i.batchLabel ? `（${i.batchLabel}）` : ""}`,
      })),
    });
  }
  const problems = entries.filter((e) => e.result === "problem");
  const late = isLateSubmission(s.checkDate, now, clock.timeZone);
  const zeroRisk = problems.length === 0;
  const report = zeroRisk ? null : await reportOf(tx, officer, clock, s, now);
  await tx.dailyCheckRun.update({
    where: { id: run.id },
    data: {
      status: "submitted",
      operatingStatus: "operating",
      listVersion: sheet.listVersion,
      zeroRisk,
      hazardSummary: zeroRisk
        ? null
        : s.hazardSummary ||
          problems.map((p) => `${p.riskPoint}${p.batchLabel ? `（${p.batchLabel}）` : ""}：${p.note ?? ""}`).join("；"),
      measuresTaken: zeroRisk
        ? null
        : s.measuresTaken ||
          problems
            .map((p) => p.immediateAction ?? "")
            .filter(Boolean)
            .join("；"),
      reportedTo: report?.role ?? null,
      reportedToUserId: report?.userId ?? null,
      reportedAt: report?.at ?? null,
      remarks: s.remarks || null,
      signedByUserId: officer.userId,
      signedAt: now,
      submittedAt: now,
      late,
    },
  });
  const contentHash = await recordContentHash(tx, "daily_check_run", run.id);
  await recordAudit(tx, {
    organizationId: officer.organizationId,
    actor: { kind: "user", userId: officer.userId },
    action: "daily_check.submit",
    entityType: "daily_check_run",
    entityId: run.id,
    data: { checkDate: s.checkDate, siteId: s.siteId, zeroRisk, late, entries: entries.length, contentHash },
  });
  await writeRecordSignature(
    tx,
    { organizationId: officer.organizationId, recordType: "daily_check_run", recordId: run.id, contentHash },
    officer.userId,
    s.signature,
    now,
  );
  await emitWebhookEvent(
    tx,
    officer.organizationId,
    "record.signed",
    { kind: "daily", id: run.id, siteId: s.siteId, period: s.checkDate, late, signedAt: now.toISOString() },
    now,
  );
  if (report) {
    // The person reported to is told at once (and by e-mail / the group robot, through the outbox).
    const officerName = (await tx.user.findUnique({ where: { id: officer.userId }, select: { name: true } }))?.name;
    await notifyOnce(
      tx,
      [
        {
          organizationId: officer.organizationId,
          userId: report.userId,
          kind: "daily_problem_reported",
          title: `${officerName ?? "质量安全员"}上报 ${s.checkDate} 每日检查发现的 ${problems.length} 个问题`,
          body: problems.map((p) => `${p.riskPoint}：${p.note ?? ""}`).join("\n"),
          entityType: "daily_check_run",
          entityId: run.id,
          ref: s.checkDate,
          dedupeKey: `daily_problem_reported:${run.id}`,
        },
      ],
      now,
    );
  }
  return { runId: run.id, late, zeroRisk };
}

/**
 * Whom the problems were reported to and when, as the officer states them: an appointed director
 * or principal (on the check day, still in office) and an instant between the check day's start and
 * now — never a default (issue 13).
 */
async function reportOf(
  tx: Tx,
  officer: Officer,
  clock: OrgClock,
  s: { checkDate: string; reportedToUserId?: string; reportedAt?: string },
  now: Date,
): Promise<{ userId: string; role: "director" | "principal"; at: Date }> {
  const issues: Array<{ path: string; message: string }> = [];
  if (!s.reportedToUserId) issues.push({ path: "reportedToUserId", message: "daily.reported_to_required" });
  if (!s.reportedAt) issues.push({ path: "reportedAt", message: "daily.reported_at_required" });
  if (issues.length > 0 || !s.reportedToUserId || !s.reportedAt) throw new AppError("VALIDATION_FAILED", { issues });
  const at = new Date(s.reportedAt);
  if (at.getTime() < startOfLocalDayUtc(s.checkDate, clock.timeZone).getTime() || at.getTime() > now.getTime())
    throw fieldError("VALIDATION_FAILED", "reportedAt", "daily.reported_at_range");
  for (const role of ["director", "principal"] as const) {
    const inForce = await appointmentsInForce(tx, officer.organizationId, role, s.checkDate, clock.today);
    if (inForce.some((a) => a.userId === s.reportedToUserId)) return { userId: s.reportedToUserId, role, at };
  }
  throw fieldError("VALIDATION_FAILED", "reportedToUserId", "daily.reported_to_not_appointed");
}

/** The appointed directors and principals an officer may report a day's problems to. */
export async function reportTargets(
  db: Db,
  organizationId: string,
  day: string,
  today: string,
): Promise<Array<{ userId: string; name: string; role: "director" | "principal" }>> {
  const out: Array<{ userId: string; name: string; role: "director" | "principal" }> = [];
  for (const role of ["director", "principal"] as const)
    for (const a of await appointmentsInForce(db, organizationId, role, day, today))
      if (a.userId && !out.some((o) => o.userId === a.userId)) out.push({ userId: a.userId, name: a.personName, role });
  return out;
}

/** Answers every item of the sheet not answered yet as OK (the draft stays unsigned). */
async function answerRestOk(
  tx: Tx,
  officer: Officer,
  key: { siteId: string; checkDate: string },
  now: Date,
): Promise<{ runId: string; problems: number }> {
  const clock = await orgClock(tx, officer.organizationId, now);
  const run = await findRun(tx, officer, key.siteId, key.checkDate);
  assertDraft(run);
  if (run?.operatingStatus === "not_operating") throw new AppError("RECORD_ALREADY_SIGNED");
  const sheet = await sheetFor(tx, clock, officer, key.siteId, key.checkDate, run?.id ?? null);
  const runId = await ensureDraft(tx, officer, sheet, key.checkDate, run);
  const existing = await tx.dailyCheckEntry.findMany({
    where: { runId },
    select: { riskItemId: true, batchRef: true, result: true },
  });
  const answered = new Set(existing.map(lineKey));
  await tx.dailyCheckEntry.createMany({
    data: sheet.items
      .filter((i) => !answered.has(lineKey(i)))
      .map((i) => ({
        organizationId: officer.organizationId,
        runId,
        riskItemId: i.riskItemId,
        batchRef: i.batchRef,
        batchLabel: i.batchLabel,
        seq: i.seq,
        stage: i.stage,
        riskCategory: i.riskCategory,
        riskPoint: i.riskPoint,
        controlMeasure: i.controlMeasure,
        result: "ok",
      })),
  });
  return { runId, problems: existing.filter((e) => e.result === "problem").length };
}

/** "其余正常": answers the remaining items OK without signing (after recording a problem, say). */
export async function answerRemainingOk(
  db: Db,
  officer: Officer,
  key: z.output<typeof DailySheetKeySchema>,
  now: Date,
): Promise<{ runId: string }> {
  return db.$transaction(async (tx) => ({ runId: (await answerRestOk(tx, officer, key, now)).runId }));
}

/** 零风险报告: answers every still-unanswered item OK, then signs — one explicit, confirmed step. */
export async function signAllOk(
  db: Db,
  officer: Officer,
  s: z.output<typeof DailyAllOkSchema>,
  now: Date,
): Promise<{ runId: string; late: boolean; zeroRisk: boolean }> {
  return db.$transaction(async (tx) => {
    const { problems } = await answerRestOk(tx, officer, s, now);
    if (problems > 0)
      throw new AppError("CONFLICT", { message: "a problem is recorded: sign with the summary instead" });
    return signSheet(tx, officer, { siteId: s.siteId, checkDate: s.checkDate, signature: s.signature }, now);
  });
}

/** A day the site did not operate: recorded and signed with its reason, no items. */
export async function recordNotOperating(
  db: Db,
  officer: Officer,
  s: z.output<typeof DailyNotOperatingSchema>,
  now: Date,
): Promise<{ runId: string; late: boolean }> {
  return db.$transaction(async (tx) => {
    const clock = await orgClock(tx, officer.organizationId, now);
    const run = await findRun(tx, officer, s.siteId, s.checkDate);
    assertDraft(run);
    await requireOfficerAppointment(tx, officer, clock, s);
    const sheet = await sheetFor(tx, clock, officer, s.siteId, s.checkDate, run?.id ?? null);
    const runId = await ensureDraft(tx, officer, sheet, s.checkDate, run);
    if ((await tx.dailyCheckEntry.count({ where: { runId } })) > 0) {
      throw new AppError("VALIDATION_FAILED", { issues: [{ path: "entries", message: "daily.entries_not_allowed" }] });
    }
    const late = isLateSubmission(s.checkDate, now, clock.timeZone);
    await tx.dailyCheckRun.update({
      where: { id: runId },
      data: {
        status: "submitted",
        operatingStatus: "not_operating",
        notOperatingReason: s.reason,
        zeroRisk: true,
        signedByUserId: officer.userId,
        signedAt: now,
        submittedAt: now,
        late,
      },
    });
    const contentHash = await recordContentHash(tx, "daily_check_run", runId);
    await recordAudit(tx, {
      organizationId: officer.organizationId,
      actor: { kind: "user", userId: officer.userId },
      action: "daily_check.not_operating",
      entityType: "daily_check_run",
      entityId: runId,
      data: {
        checkDate: s.checkDate,
        siteId: s.siteId,
        reason: s.reason,
        late,
        contentHash,
      },
    });
    await writeRecordSignature(
      tx,
      { organizationId: officer.organizationId, recordType: "daily_check_run", recordId: runId, contentHash },
      officer.userId,
      s.signature,
      now,
    );
    await emitWebhookEvent(
      tx,
      officer.organizationId,
      "record.signed",
      { kind: "daily", id: runId, siteId: s.siteId, period: s.checkDate, late, signedAt: now.toISOString() },
      now,
    );
    return { runId, late };
  });
}
