// The audit trail through the router: a signed record's content hash rides in its signing event
// and is what the record's view shows; the database refuses to change a signed record outside an
// amendment; admins and the principal read and export the trail (filters, pages), nobody else does.
import { drawnSignature } from "../testing/signature.ts";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, localDate } from "@anzhi/contracts";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { verifyAuditChain } from "@anzhi/domain/audit/verify";
import { clock, createRoutineOrg, refused, sh, type RoutineOrg } from "./routines.fixture.ts";

let t: TestDb;
let a: RoutineOrg;
let b: RoutineOrg;
let runId = "";

beforeAll(async () => {
  t = await createTestDb("anzhi-audit-");
  a = await createRoutineOrg(t.db, "a");
  b = await createRoutineOrg(t.db, "b");
  clock.now = sh("2026-10-09T17:00:00");
  for (const riskItemId of a.daily)
    await a
      .as("officer")
      .routines.daily.answer({ siteId: a.siteId, checkDate: "2026-10-09", riskItemId, result: "ok" });
  runId = (
    await a
      .as("officer")
      .routines.daily.submit({ signature: drawnSignature, siteId: a.siteId, checkDate: "2026-10-09" })
  ).runId;
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

const calendar = (i: number) => ({
  weekdays: [1, 2, 3, 4, 5],
  followsPublicHolidays: true,
  workingDays: [],
  restDays: i % 2 === 0 ? ["2026-12-31"] : [],
});

async function dataOf(action: string, entityId: string): Promise<Record<string, unknown>[]> {
  const rows = await t.db.auditEvent.findMany({ where: { action, entityId }, orderBy: { seq: "asc" } });
  return rows.map((r) => JSON.parse(r.dataJson) as Record<string, unknown>);
}

describe("signed records in the chain", () => {
  it("puts the signed record's content hash in its signing event, and the record's view shows the same", async () => {
    const run = await a.as("viewer").routines.daily.get({ runId });
    expect(run.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await dataOf("daily_check.submit", runId))[0]?.contentHash).toBe(run.contentHash);
    const report = await verifyAuditChain(t.db, a.id);
    expect(report.broken).toBeNull();
    expect(report.unchained).toBe(0);
    expect(report.checked).toBe(await t.db.auditEvent.count({ where: { organizationId: a.id } }));
  });

  it("refuses to change or delete a signed record behind the app's back; an amendment changes it and its hash", async () => {
    const before = (await a.as("viewer").routines.daily.get({ runId })).contentHash;
    expect(await dbRefusal(t.db.dailyCheckRun.update({ where: { id: runId }, data: { remarks: "改" } }))).toMatch(
      /changes only by a recorded amendment/,
    );
    expect(await dbRefusal(t.db.dailyCheckRun.delete({ where: { id: runId } }))).toMatch(/never deleted/);
    const entry = await t.db.dailyCheckEntry.findFirstOrThrow({ where: { runId } });
    expect(
      await dbRefusal(t.db.dailyCheckEntry.update({ where: { id: entry.id }, data: { result: "problem" } })),
    ).toMatch(/changes only by a recorded amendment/);
    expect(await dbRefusal(t.db.auditEvent.deleteMany({ where: { organizationId: a.id } }))).toMatch(/append-only/);

    await a.as("officer").routines.daily.amend({ runId, reason: "补记", remarks: "下午复查正常" });
    const after = await a.as("viewer").routines.daily.get({ runId });
    expect(after).toMatchObject({ status: "amended", revision: 2, remarks: "下午复查正常" });
    expect(after.contentHash).not.toBe(before);
    expect((await dataOf("daily_check.amend", runId))[0]?.contentHash).toBe(after.contentHash);
    // The amendment's revision is spent: the same change again is refused by the database.
    expect(
      await dbRefusal(
        t.db.dailyCheckRun.update({ where: { id: runId }, data: { remarks: "再改", status: "amended", revision: 3 } }),
      ),
    ).toMatch(/changes only by a recorded amendment/);
  });

  it("chains every event of concurrent writers without a fork", async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => a.as("principal").routines.calendar.update(calendar(i))).map((p) =>
        p.catch(() => undefined),
      ),
    );
    const report = await verifyAuditChain(t.db, a.id);
    expect([report.broken, report.unchained]).toEqual([null, 0]);
  });
});

describe("/app/audit: the organisation's trail", () => {
  it("lets the principal and admins read it, newest first, filtered by person, record and date", async () => {
    const all = await a.as("principal").audit.list({});
    expect(all.total).toBe(await t.db.auditEvent.count({ where: { organizationId: a.id } }));
    expect(all.rows[0]?.at.getTime()).toBeGreaterThanOrEqual(all.rows.at(-1)?.at.getTime() ?? 0);
    const byOfficer = await a.as("principal").audit.list({ actorUserId: a.ids.officer });
    expect(byOfficer.rows.map((r) => r.action).sort()).toEqual(["daily_check.amend", "daily_check.submit"]);
    expect(byOfficer.rows[0]).toMatchObject({ actorName: "a-officer", actorKind: "user" });
    const byRecord = await a.as("principal").audit.list({ entityType: "daily_check_run", entityId: runId });
    expect(byRecord.total).toBe(2);
    expect(byRecord.rows.every((r) => r.hash?.length === 64)).toBe(true);
    // Dates are the organisation's local days (Asia/Shanghai), inclusive.
    const newest = all.rows[0];
    const day = localDate(newest?.at ?? clock.now, "Asia/Shanghai");
    const sameDay = await a.as("principal").audit.list({ from: day, to: day });
    expect(sameDay.rows.map((r) => r.id)).toContain(newest?.id);
    const later = await a.as("principal").audit.list({ from: addDays(day, 1) });
    expect(later.total).toBe(0);
    const before = await a.as("principal").audit.list({ to: addDays(day, -1) });
    expect(before.rows.map((r) => r.id)).not.toContain(newest?.id);
    const people = await a.as("principal").audit.people();
    expect(people.map((p) => p.name)).toContain("a-officer");
    // Another organisation's events never show.
    const other = await b.as("principal").audit.list({ entityId: runId });
    expect(other.total).toBe(0);
  });

  it("pages 50 at a time", async () => {
    for (let i = 0; i < 51; i++) await b.as("principal").routines.calendar.update(calendar(i));
    const first = await b.as("principal").audit.list({ page: 1 });
    const second = await b.as("principal").audit.list({ page: 2 });
    expect(first.total).toBeGreaterThanOrEqual(51);
    expect(first.rows).toHaveLength(50);
    expect(second.rows.length).toBe(first.total - 50);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(first.total);
    expect((await b.as("principal").audit.list({ page: 99 })).page).toBe(second.pages);
  }, 60_000);

  it("refuses officers, directors and viewers, and a bad date range with the field", async () => {
    for (const who of ["director", "officer", "viewer"] as const)
      expect((await refused(a.as(who).audit.list({}))).code).toBe("FORBIDDEN");
    const range = await refused(a.as("principal").audit.list({ from: "2026-10-10", to: "2026-10-09" }));
    expect(range.paths).toEqual(["to"]);
  });

  it("exports the filtered trail as XLSX with the chain's head", async () => {
    const file = await a.as("principal").audit.exportXlsx({ entityType: "daily_check_run" });
    expect(file.fileName).toMatch(/^审计记录_.+\.xlsx$/);
    expect(file.contentDisposition).toMatch(/^attachment; filename="audit_.+\.xlsx"; filename\*=UTF-8''/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("审计记录");
    const values = (n: number) => ((sheet?.getRow(n).values as unknown[]) ?? []).slice(1).map(String);
    const head = await t.db.auditEvent.findFirstOrThrow({ where: { organizationId: a.id }, orderBy: { seq: "desc" } });
    expect(values(3)[0]).toContain(`第 ${head.seq} 条，哈希 ${head.hash}`);
    expect(values(4)).toEqual([
      "链序号",
      "时间",
      "操作人",
      "身份",
      "操作",
      "记录类型",
      "记录编号",
      "内容",
      "IP",
      "哈希（SHA-256）",
    ]);
    expect(values(5)).toEqual(
      expect.arrayContaining(["a-officer", "用户", "daily_check.amend", "每日管控记录", runId]),
    );
    expect(sheet?.rowCount).toBe(6);
  });
});
