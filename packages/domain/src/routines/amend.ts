// Corrections of signed records (daily runs, weekly reports, monthly meetings). The record row
// takes the new values; a RecordAmendment keeps {field: {from, to}}, who and why, so the original
// is always visible; the record's status becomes "amended" and its revision goes up.
import type { z } from "zod";
import { type DailyAmendmentSchema, type PeriodRecordAmendmentSchema } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { recordContentHash } from "../audit/record-hash.ts";

export type Changes = Record<string, { from: string | null; to: string | null }>;

export interface AmendmentView {
  version: number;
  changes: Changes;
  reason: string;
  amendedByName: string;
  at: Date;
}

export async function listAmendments(
  db: Pick<Tx, "recordAmendment">,
  organizationId: string,
  entityType: string,
  entityId: string,
): Promise<AmendmentView[]> {
  const rows = await db.recordAmendment.findMany({
    where: { organizationId, entityType, entityId },
    orderBy: { version: "asc" },
    select: { version: true, changesJson: true, reason: true, at: true, amendedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({
    version: r.version,
    changes: JSON.parse(r.changesJson) as Changes,
    reason: r.reason,
    amendedByName: r.amendedBy.name,
    at: r.at,
  }));
}

function diff(changes: Changes, key: string, from: string | null, to: string | undefined): void {
  if (to === undefined) return;
  const next = to === "" ? null : to;
  if (next !== from) changes[key] = { from, to: next };
}

async function writeAmendment(
  tx: Tx,
  a: {
    organizationId: string;
    entityType: "daily_check_run" | "weekly_report" | "monthly_meeting";
    entityId: string;
    version: number;
    changes: Changes;
    reason: string;
    userId: string;
  },
  apply: () => Promise<void>,
): Promise<void> {
  // The amendment row comes first: the database lets a signed record change only while the
  // RecordAmendment of its next revision exists (migration chain_audit_events).
  await tx.recordAmendment.create({
    data: {
      organizationId: a.organizationId,
      entityType: a.entityType,
      entityId: a.entityId,
      version: a.version,
      changesJson: JSON.stringify(a.changes),
      reason: a.reason,
      amendedByUserId: a.userId,
    },
  });
  await apply();
  await recordAudit(tx, {
    organizationId: a.organizationId,
    actor: { kind: "user", userId: a.userId },
    action: `${a.entityType.replace(/_run$/, "")}.amend`,
    entityType: a.entityType,
    entityId: a.entityId,
    data: {
      version: a.version,
      fields: Object.keys(a.changes),
      reason: a.reason,
      contentHash: await recordContentHash(tx, a.entityType, a.entityId),
    },
  });
}

/** Amends a signed daily record: the signer, or a director/principal of the organisation. */
export async function amendDailyRun(
  db: Db,
  actor: { organizationId: string; userId: string; canReview: boolean },
  a: z.output<typeof DailyAmendmentSchema>,
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const run = await tx.dailyCheckRun.findFirst({ where: { id: a.runId, organizationId: actor.organizationId } });
    if (!run) throw new AppError("RECORD_NOT_FOUND");
    if (run.status === "draft") throw new AppError("CONFLICT", { message: "a draft is edited, not amended" });
    if (run.officerUserId !== actor.userId && !actor.canReview) throw new AppError("FORBIDDEN");
    const changes: Changes = {};
    const entryUpdates: Array<{ id: string; data: Record<string, string | null> }> = [];
    diff(changes, "remarks", run.remarks, a.remarks);
    diff(changes, "hazardSummary", run.hazardSummary, a.hazardSummary);
    diff(changes, "measuresTaken", run.measuresTaken, a.measuresTaken);
    for (const [i, e] of (a.entries ?? []).entries()) {
      const entry = await tx.dailyCheckEntry.findFirst({ where: { id: e.entryId, runId: run.id } });
      if (!entry)
        throw new AppError("VALIDATION_FAILED", {
          issues: [{ path: `entries.${i}.entryId`, message: "field.invalid" }],
        });
      const entryChanges: Changes = {};
      diff(entryChanges, "note", entry.note, e.note);
      diff(entryChanges, "naReason", entry.naReason, e.naReason);
      diff(entryChanges, "immediateAction", entry.immediateAction, e.immediateAction);
      if (Object.keys(entryChanges).length === 0) continue;
      entryUpdates.push({
        id: entry.id,
        data: Object.fromEntries(Object.entries(entryChanges).map(([k, v]) => [k, v.to])),
      });
      for (const [k, v] of Object.entries(entryChanges)) changes[`entries.${entry.seq}.${k}`] = v;
    }
    if (Object.keys(changes).length === 0)
      throw new AppError("VALIDATION_FAILED", { issues: [{ path: "remarks", message: "field.required" }] });
    const version = run.revision + 1;
    const runFields = Object.fromEntries(
      Object.entries(changes)
        .filter(([k]) => !k.startsWith("entries."))
        .map(([k, v]) => [k, v.to]),
    );
    await writeAmendment(
      tx,
      {
        organizationId: actor.organizationId,
        entityType: "daily_check_run",
        entityId: run.id,
        version,
        changes,
        reason: a.reason,
        userId: actor.userId,
      },
      async () => {
        for (const u of entryUpdates) await tx.dailyCheckEntry.update({ where: { id: u.id }, data: u.data });
        await tx.dailyCheckRun.update({
          where: { id: run.id },
          data: { ...runFields, status: "amended", revision: version },
        });
      },
    );
    return { version };
  });
}

const WEEKLY_FIELDS = [
  "lastWeekFollowUp",
  "hazardsSummary",
  "noHazardStatement",
  "assessment",
  "measures",
  "nextWeekFocus",
] as const;
const MONTHLY_FIELDS = [
  "directorReport",
  "mainProblems",
  "rectificationProgress",
  "unresolvedIssues",
  "schedulingMatters",
  "otherMatters",
  "nextMonthPlan",
] as const;

/** Amends the text of a signed weekly report or monthly meeting record. */
export async function amendPeriodRecord(
  db: Db,
  kind: "weekly_report" | "monthly_meeting",
  actor: { organizationId: string; userId: string },
  a: z.output<typeof PeriodRecordAmendmentSchema>,
): Promise<{ version: number }> {
  const allowed: readonly string[] = kind === "weekly_report" ? WEEKLY_FIELDS : MONTHLY_FIELDS;
  const unknown = Object.keys(a.changes).find((k) => !allowed.includes(k));
  if (unknown !== undefined)
    throw new AppError("VALIDATION_FAILED", {
      issues: [{ path: `changes.${unknown}`, message: "field.unrecognized_keys", params: { keys: unknown } }],
    });
  return db.$transaction(async (tx) => {
    const row =
      kind === "weekly_report"
        ? await tx.weeklyReport.findFirst({ where: { id: a.id, organizationId: actor.organizationId } })
        : await tx.monthlyMeeting.findFirst({ where: { id: a.id, organizationId: actor.organizationId } });
    if (!row) throw new AppError("RECORD_NOT_FOUND");
    if (row.status === "draft") throw new AppError("CONFLICT", { message: "a draft is edited, not amended" });
    const current = row as unknown as Record<string, string | null>;
    const changes: Changes = {};
    for (const [k, v] of Object.entries(a.changes)) diff(changes, k, current[k] ?? null, v);
    if (Object.keys(changes).length === 0)
      throw new AppError("VALIDATION_FAILED", { issues: [{ path: "changes", message: "field.required" }] });
    const version = row.revision + 1;
    const data = {
      ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.to])),
      status: "amended",
      revision: version,
    };
    await writeAmendment(
      tx,
      {
        organizationId: actor.organizationId,
        entityType: kind,
        entityId: row.id,
        version,
        changes,
        reason: a.reason,
        userId: actor.userId,
      },
      async () => {
        if (kind === "weekly_report") await tx.weeklyReport.update({ where: { id: row.id }, data });
        else await tx.monthlyMeeting.update({ where: { id: row.id }, data });
      },
    );
    return { version };
  });
}
