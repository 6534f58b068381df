// The append-only triggers of migration chain_audit_events: present after every migration (a later
// migration that redefines one of these tables drops its triggers and must create them again).
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, schemaObjects, type TestDb } from "./testing.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("anzhi-append-only-");
});
afterAll(async () => t?.cleanup());

/** The database's own reason for refusing a write (a trigger's RAISE message, a constraint's name). */
async function dbRefusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalMessage?: string } } } }).meta;
    return meta?.driverAdapterError?.cause?.originalMessage ?? String(error);
  }
  throw new Error("expected the database to refuse the write");
}

const GUARDED: Record<string, string[]> = {
  AuditEvent: ["AuditEvent_no_delete", "AuditEvent_no_update"],
  DailyCheckRun: ["DailyCheckRun_no_delete", "DailyCheckRun_signed_immutable"],
  DailyCheckEntry: ["DailyCheckEntry_no_delete", "DailyCheckEntry_signed_immutable"],
  WeeklyReport: ["WeeklyReport_no_delete", "WeeklyReport_signed_immutable"],
  MonthlyMeeting: ["MonthlyMeeting_no_delete", "MonthlyMeeting_signed_immutable"],
  MeetingAttendee: ["MeetingAttendee_no_delete", "MeetingAttendee_signed_immutable"],
  MeetingDecision: ["MeetingDecision_no_delete", "MeetingDecision_signed_immutable"],
  MeetingPlanItem: ["MeetingPlanItem_no_delete", "MeetingPlanItem_signed_immutable"],
  MeetingTask: ["MeetingTask_no_delete"],
  Hazard: ["Hazard_closed_immutable", "Hazard_no_delete"],
  HazardEvent: ["HazardEvent_no_delete", "HazardEvent_no_update"],
  StaffProposal: ["StaffProposal_no_delete", "StaffProposal_signed_immutable"],
  ProposalDecision: ["ProposalDecision_no_delete", "ProposalDecision_no_update"],
  RecordAmendment: ["RecordAmendment_no_delete", "RecordAmendment_no_update"],
  RegulatorReadLog: ["RegulatorReadLog_no_delete", "RegulatorReadLog_no_update"],
  RecordSignature: ["RecordSignature_no_delete", "RecordSignature_no_update"],
  PhotoEvidence: ["PhotoEvidence_no_delete", "PhotoEvidence_no_update"],
};

it("guards the audit trail and the signed statutory records with triggers", async () => {
  const { triggers, indexSql } = await schemaObjects(t, "AuditEvent_chain_seq_key");
  const byTable: Record<string, string[]> = {};
  for (const r of triggers) (byTable[r.table] ??= []).push(r.name);
  expect(byTable).toEqual(GUARDED);
  expect(indexSql).toMatch(/UNIQUE INDEX .*(ifnull|COALESCE)\("organizationId", ''(::text)?\), "?seq"?/);
});

it("refuses an audit row's second set of links and any content change, allows its first", async () => {
  await t.db.$executeRawUnsafe(
    `INSERT INTO "AuditEvent" ("id", "actorKind", "action", "entityType") VALUES ('e1', 'system', 'test', 'system')`,
  );
  expect(await dbRefusal(t.db.auditEvent.update({ where: { id: "e1" }, data: { action: "other" } }))).toMatch(
    /append-only/,
  );
  await t.db.auditEvent.update({ where: { id: "e1" }, data: { seq: 1, prevHash: "", hash: "h" } });
  expect(await dbRefusal(t.db.auditEvent.update({ where: { id: "e1" }, data: { hash: "h2" } }))).toMatch(/append-only/);
  expect(await dbRefusal(t.db.auditEvent.delete({ where: { id: "e1" } }))).toMatch(/append-only/);
  await t.db.$executeRawUnsafe(
    `INSERT INTO "AuditEvent" ("id", "actorKind", "action", "entityType") VALUES ('e2', 'system', 'test', 'system')`,
  );
  await expect(
    t.db.auditEvent.update({ where: { id: "e2" }, data: { seq: 1, prevHash: "h", hash: "x" } }),
  ).rejects.toThrow(
    // SQLite names the index; PostgreSQL its expression.
    /Unique constraint failed.*(AuditEvent_chain_seq_key|COALESCE\(\\?"organizationId)/,
  );
});
