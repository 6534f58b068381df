// Seeds a freshly migrated SQLite file twice: the second run must write nothing, and the demo
// data must contain what the demo promises (see seed/index.ts).
import { isValidUscc } from "@anzhi/contracts/identifiers";
import { listTables, type Db } from "@anzhi/db";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { verifyPassword } from "../auth/password.ts";
import { hazardStepContentHash, recordContentHash } from "../audit/record-hash.ts";
import { verifyAuditChain } from "../audit/verify.ts";
import { createFieldCipher } from "../crypto/field-cipher.ts";
import { orgClock, planSheets } from "../routines/items.ts";
import { DEMO_PASSWORD, DEMO_SLUGS, seedDemo, type SeedDemoResult } from "./index.ts";
import { addDays, eachDay, isWorkingDay, localDate, mondayOf, monthKey } from "./util.ts";

const NOW = new Date("2026-11-27T02:30:00Z"); // Friday 10:30 in Shanghai
const cipher = createFieldCipher(randomBytes(32));
const TODAY = localDate(NOW);

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await listTables(db)) {
    const [row] = await db.$queryRawUnsafe<Array<{ n: number | bigint }>>(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}

describe("seedDemo", () => {
  let t: TestDb;
  let db: Db;
  let first: SeedDemoResult;
  let second: SeedDemoResult;
  let before: Record<string, number>;
  let after: Record<string, number>;
  let producerId: string;
  let sellerId: string;

  beforeAll(async () => {
    t = await createTestDb("anzhi-seed-");
    db = t.db;
    first = await seedDemo(db, { now: NOW, encrypt: cipher.encrypt });
    before = await rowCounts(db);
    second = await seedDemo(db, { now: NOW, encrypt: cipher.encrypt });
    after = await rowCounts(db);
    producerId = (await db.organization.findUniqueOrThrow({ where: { slug: DEMO_SLUGS.battery } })).id;
    sellerId = (await db.organization.findUniqueOrThrow({ where: { slug: DEMO_SLUGS.hardware } })).id;
  });

  afterAll(async () => {
    await t.cleanup();
  });

  it("is idempotent: the second run writes nothing and returns the same logins", () => {
    expect(first.seeded).toBe(true);
    expect(second.seeded).toBe(false);
    expect(after).toEqual(before);
    expect(second.logins).toEqual(first.logins);
    expect(first.logins).toHaveLength(9);
    expect(first.logins.every((l) => l.password === DEMO_PASSWORD)).toBe(true);
  });

  it("creates organisations with valid USCCs, sites, products and certificates", async () => {
    const orgs = await db.organization.findMany({ orderBy: { slug: "asc" } });
    expect(orgs.map((o) => [o.slug, o.kind, o.regionCode])).toEqual([
      ["demo-battery", "producer", "320411"],
      ["demo-hardware", "seller", "320102"],
    ]);
    for (const o of orgs) expect(isValidUscc(o.uscc)).toBe(true);
    expect(orgs[0]?.employeeCount).toBe(850);
    const suppliers = await db.supplier.findMany({ where: { uscc: { not: null } } });
    for (const s of suppliers) expect(isValidUscc(s.uscc ?? "")).toBe(true);
    expect(await db.site.count({ where: { organizationId: producerId } })).toBe(2);
    const certs = await db.cccCertificate.findMany({ where: { organizationId: producerId } });
    for (const c of certs) expect(c.certNo).toMatch(/^20\d{14}$/);
    const in30 = addDays(TODAY, 30);
    expect(certs.filter((c) => c.expiryDate >= TODAY && c.expiryDate <= in30)).toHaveLength(1);
    expect(certs.some((c) => c.expiryDate > in30)).toBe(true);
  });

  it("gives every demo login a working password and the promised roles", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "officer1@demo-battery.anzhi.local" } });
    expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    const roles = (await db.membership.findMany({ where: { organizationId: producerId } })).flatMap(
      (m) => JSON.parse(m.rolesJson) as string[],
    );
    expect(roles.sort()).toEqual(["director", "officer", "officer", "principal", "viewer"]);
    const regulator = await db.regulatorUser.findFirstOrThrow({ include: { agency: true, user: true } });
    expect(regulator.agency).toMatchObject({ level: "district", regionCode: "320411" });
    const grant = await db.accessGrant.findFirstOrThrow({ where: { organizationId: producerId } });
    expect(grant).toMatchObject({ agencyId: regulator.agencyId, ledgers: "all", revokedAt: null });
    expect(await db.roleAssignment.count({ where: { organizationId: producerId, endedOn: { not: null } } })).toBe(1);
  });

  it("keeps risk-list version 1 viewable after version 2 retired one row and added one", async () => {
    for (const organizationId of [producerId, sellerId]) {
      const list = await db.riskControlList.findUniqueOrThrow({
        where: { organizationId },
        include: { versions: true, items: true },
      });
      expect(list.currentVersion).toBe(2);
      expect(list.versions.map((v) => v.version).sort()).toEqual([1, 2]);
      expect(list.versions.every((v) => v.reason.length > 0)).toBe(true);
      const retired = list.items.filter((i) => i.retiredInVersion === 2);
      const added = list.items.filter((i) => i.introducedInVersion === 2);
      expect(retired).toHaveLength(1);
      expect(retired[0]?.status).toBe("retired");
      expect(added).toHaveLength(1);
      const v1 = list.items.filter((i) => i.introducedInVersion <= 1 && (i.retiredInVersion ?? Infinity) > 1);
      const v2 = list.items.filter((i) => i.introducedInVersion <= 2 && (i.retiredInVersion ?? Infinity) > 2);
      expect(v1.length).toBe(v2.length);
      expect(v1.length).toBeGreaterThan(10);
    }
  });

  it("has a daily run for each working day up to yesterday per officer, except the deliberately missed ones", async () => {
    const runs = await db.dailyCheckRun.findMany({ include: { entries: true } });
    const windowStart = mondayOf(addDays(TODAY, -60));
    const workdays = eachDay(windowStart, addDays(TODAY, -1)).filter(isWorkingDay);
    expect(runs.every((r) => isWorkingDay(r.checkDate) && r.checkDate < TODAY)).toBe(true);
    expect(runs).toHaveLength(workdays.length * 3 - 3);
    expect(runs.filter((r) => r.late).length).toBeGreaterThanOrEqual(2);
    expect(runs.filter((r) => r.zeroRisk).length / runs.length).toBeGreaterThan(0.9);
    const problems = runs.flatMap((r) =>
      r.entries.filter((e) => e.result === "problem").map((e) => ({ run: r, entry: e })),
    );
    expect(problems.length).toBeGreaterThan(3);
    for (const { run, entry } of problems) {
      expect(run.zeroRisk).toBe(false);
      expect(entry.hazardId).not.toBeNull();
    }
    expect(await db.recordAmendment.count()).toBeGreaterThanOrEqual(1);
  });

  it("has signed weekly reports for past ISO weeks only and monthly minutes for past months", async () => {
    const weekly = await db.weeklyReport.findMany({ where: { organizationId: producerId } });
    const weeks = eachDay(addDays(TODAY, -60), addDays(TODAY, -1)).map(mondayOf);
    expect(weekly).toHaveLength(new Set(weeks.filter((m) => m < mondayOf(TODAY))).size);
    expect(weekly.every((w) => w.signedAt !== null && w.periodStart < mondayOf(TODAY))).toBe(true);
    const meetings = await db.monthlyMeeting.findMany({
      where: { organizationId: producerId },
      include: { attendees: true, decisions: { include: { hazard: true } } },
    });
    expect(meetings.length).toBeGreaterThanOrEqual(1);
    expect(meetings.every((m) => m.month < monthKey(TODAY) && m.attendees.length >= 3 && m.decisions.length > 0)).toBe(
      true,
    );
    expect(meetings.flatMap((m) => m.decisions).filter((d) => d.hazard !== null)).toHaveLength(1);
    // Every decision is a task in the task ledger (docs/decisions/024); the one booked as a hazard is the legacy row.
    const decisions = meetings.flatMap((m) => m.decisions);
    expect(await db.meetingTask.count({ where: { organizationId: producerId } })).toBe(decisions.length);
    expect(
      await db.meetingTask.count({ where: { organizationId: producerId, status: "done", closingNote: null } }),
    ).toBe(0);
  });

  it("has hazards in every state with lifecycle events that match", async () => {
    const hazards = await db.hazard.findMany({
      where: { organizationId: producerId },
      include: { events: { orderBy: { at: "asc" } }, majorRiskReports: true },
    });
    expect(new Set(hazards.map((h) => h.status))).toEqual(
      new Set(["open", "rectifying", "awaiting_verification", "closed"]),
    );
    const path = ["open", "rectifying", "awaiting_verification", "closed"];
    for (const h of hazards) {
      expect(h.events[0]).toMatchObject({ fromStatus: null, toStatus: "open", action: "create" });
      expect(h.events.map((e) => e.toStatus)).toEqual(path.slice(0, path.indexOf(h.status) + 1));
      for (const [i, e] of h.events.entries()) if (i > 0) expect(e.fromStatus).toBe(h.events[i - 1]?.toStatus);
      if (h.status === "closed") {
        expect(h.verifiedByUserId).not.toBeNull();
        expect(h.verifiedByUserId).not.toBe(h.rectifiedByUserId);
      }
    }
    expect(hazards.some((h) => h.status !== "closed" && h.dueDate < TODAY)).toBe(true);
    const major = hazards.find((h) => h.severity === "major");
    expect(major?.majorRiskReports[0]?.status).toBe("submitted");
    expect(await db.staffProposal.count({ where: { hazardId: major?.id ?? "" } })).toBe(1);
    expect(await db.proposalDecision.count({ where: { decision: "rejected", reason: { not: null } } })).toBe(1);
  });

  it("has ~300 ERP inspection records with 3–5 lines, each failure linked to an erp_inspection hazard", async () => {
    const records = await db.inspectionRecord.findMany({
      where: { organizationId: producerId },
      include: { lines: true, hazards: true },
    });
    expect(records.length).toBeGreaterThanOrEqual(250);
    expect(records.length).toBeLessThanOrEqual(350);
    expect(new Set(records.map((r) => r.kind))).toEqual(new Set(["incoming", "outgoing"]));
    for (const r of records) {
      expect(r.externalId).toMatch(/^ERP-(IN|OUT)-\d{4}-\d{6}$/);
      const current = r.lines.filter((l) => l.revision === r.revision);
      expect(current.length).toBeGreaterThanOrEqual(3);
      expect(current.length).toBeLessThanOrEqual(5);
    }
    const failed = records.filter((r) => r.result === "fail");
    expect(failed.length).toBeGreaterThanOrEqual(3);
    for (const r of failed) expect(r.hazards.map((h) => h.source)).toEqual(["erp_inspection"]);
    expect(await db.inspectionRecordRevision.count()).toBe(records.filter((r) => r.revision > 1).length);
  });

  it("has one passed and one failed supervision sampling result", async () => {
    const results = await db.samplingResult.findMany({ include: { hazards: true } });
    expect(results.map((r) => r.conclusion).sort()).toEqual(["fail", "pass"]);
    expect(results.find((r) => r.conclusion === "fail")?.hazards).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: "daily_check.submit" } })).toBe(await db.dailyCheckRun.count());
  });
  it("chains every audit event, and a signed record's latest event carries its current content hash", async () => {
    for (const org of [producerId, sellerId, null]) {
      const report = await verifyAuditChain(db, org);
      expect([org, report.broken, report.unchained]).toEqual([org, null, 0]);
    }
    const records = [
      ...(await db.dailyCheckRun.findMany({ select: { id: true } })).map((r) => ["daily_check_run", r.id] as const),
      ...(await db.weeklyReport.findMany({ select: { id: true } })).map((r) => ["weekly_report", r.id] as const),
      ...(await db.monthlyMeeting.findMany({ select: { id: true } })).map((r) => ["monthly_meeting", r.id] as const),
    ];
    expect(records.length).toBeGreaterThan(50);
    for (const [kind, id] of records) {
      const latest = await db.auditEvent.findFirstOrThrow({
        where: { entityType: kind, entityId: id },
        orderBy: { at: "desc" },
      });
      const data = JSON.parse(latest.dataJson) as { contentHash?: string };
      expect([kind, id, data.contentHash]).toEqual([kind, id, await recordContentHash(db, kind, id)]);
    }
  });

  it("signs every daily record, weekly report and set of minutes with the signer's typed name, bound to the hash signed", async () => {
    for (const [kind, rows] of [
      [
        "daily_check_run",
        await db.dailyCheckRun.findMany({
          where: { status: { not: "draft" } },
          select: { id: true, signedByUserId: true, revision: true },
        }),
      ],
      ["weekly_report", await db.weeklyReport.findMany({ select: { id: true, signedByUserId: true, revision: true } })],
      [
        "monthly_meeting",
        await db.monthlyMeeting.findMany({ select: { id: true, signedByUserId: true, revision: true } }),
      ],
    ] as const) {
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        const [sig, ...more] = await db.recordSignature.findMany({ where: { recordType: kind, recordId: r.id } });
        const signer = await db.user.findUniqueOrThrow({ where: { id: r.signedByUserId ?? "" } });
        expect([more.length, sig?.signerUserId, sig?.method, sig?.typedName]).toEqual([
          0,
          signer.id,
          "typed",
          signer.name,
        ]);
        // an amended record no longer has the hash its signature covers
        expect(sig?.contentHash === (await recordContentHash(db, kind, r.id))).toBe(r.revision === 1);
      }
    }
  });

  it("signs every seeded rectification and verification by its rectifier and verifier, bound to that step's hash", async () => {
    const hazards = await db.hazard.findMany({
      where: { rectifiedAt: { not: null } },
      select: { id: true, rectifiedByUserId: true, verifiedByUserId: true },
    });
    expect(hazards.some((h) => h.verifiedByUserId !== null)).toBe(true);
    for (const h of hazards) {
      const sigs = await db.recordSignature.findMany({
        where: { recordType: "hazard", recordId: h.id },
        orderBy: { signedAt: "asc" },
      });
      const expected: Array<[string, string | null]> = [["rectification", h.rectifiedByUserId]];
      if (h.verifiedByUserId !== null) expected.push(["verification", h.verifiedByUserId]);
      expect(sigs.map((s) => [s.step, s.signerUserId])).toEqual(expected);
      for (const s of sigs)
        expect(s.contentHash).toBe(await hazardStepContentHash(db, h.id, s.step as "rectification" | "verification"));
    }
  });

  it("signs each proposal and decision, and each shown duty acknowledgement, by the person, bound to its hash", async () => {
    const proposals = await db.staffProposal.findMany({ select: { id: true, proposedByUserId: true } });
    const decisions = await db.proposalDecision.findMany({ select: { id: true, decidedByUserId: true } });
    const acknowledged = await db.roleAssignment.findMany({
      where: { dutyDocAckAt: { not: null } },
      select: { id: true, userId: true, dutyDocAckAt: true },
    });
    expect([proposals.length, decisions.length, acknowledged.length].every((n) => n > 0)).toBe(true);
    for (const [kind, id, signerUserId] of [
      ...proposals.map((p) => ["staff_proposal", p.id, p.proposedByUserId] as const),
      ...decisions.map((d) => ["proposal_decision", d.id, d.decidedByUserId] as const),
      ...acknowledged.map((r) => ["appointment", r.id, r.userId ?? ""] as const),
    ]) {
      const sigs = await db.recordSignature.findMany({ where: { recordType: kind, recordId: id } });
      const signer = await db.user.findUniqueOrThrow({ where: { id: signerUserId } });
      expect(sigs.map((s) => [s.signerUserId, s.method, s.typedName])).toEqual([[signer.id, "typed", signer.name]]);
      expect(sigs[0]?.contentHash).toBe(await recordContentHash(db, kind, id));
    }
    for (const r of acknowledged) {
      const sig = await db.recordSignature.findFirstOrThrow({ where: { recordType: "appointment", recordId: r.id } });
      expect(sig.signedAt).toEqual(r.dutyDocAckAt);
    }
  });

  it("gives the seller its suppliers' documents, today's accepted 进货查验 records and sales, one sheet line per delivery", async () => {
    const docs = await db.supplierDocument.findMany({ where: { organizationId: sellerId } });
    expect(docs.map((d) => d.kind).sort()).toEqual(["ccc_certificate", "ccc_certificate", "xk_licence"]);
    expect(docs.every((d) => d.validUntil !== null && d.validUntil > TODAY)).toBe(true);
    const checks = await db.purchaseCheck.findMany({ where: { organizationId: sellerId } });
    expect(checks).toHaveLength(3);
    // only states the product writes: a clean check is 合格 with no problem and no hazard, checked by the officer
    for (const c of checks) {
      expect(c).toMatchObject({
        purchaseDate: TODAY,
        conclusion: "accepted",
        problemsJson: "[]",
        hazardId: null,
        source: "web",
      });
      expect(c.checkedByUserId).not.toBeNull();
      expect(c.productId).not.toBeNull();
    }
    const sales = await db.saleRecord.findMany({ where: { organizationId: sellerId } });
    expect(sales.map((r) => [r.saleDate, r.batchNo])).toEqual(
      sales.map((r) => [TODAY, checks.find((c) => c.batchNo === r.batchNo)?.batchNo]),
    );
    const officer = checks[0]?.checkedByUserId ?? "";
    const sheets = await db.$transaction(async (tx) => {
      const clock = await orgClock(tx, sellerId, NOW);
      return planSheets(tx, clock, officer, ["officer"], TODAY);
    });
    const receipt = sheets.flatMap((s) => s.items).filter((i) => i.riskPoint.includes("无合格证明或无检验报告"));
    expect(receipt.map((i) => i.batchRef).sort()).toEqual(checks.map((c) => `purchase:${c.id}`).sort());
    // no signed daily record holds a delivery line: the deliveries are today's
    expect(await db.dailyCheckEntry.count({ where: { organizationId: sellerId, batchRef: { not: "" } } })).toBe(0);
  });

  it("stores personal data in the appointment register encrypted", async () => {
    const rows = await db.roleAssignment.findMany({ select: { phoneEnc: true } });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.phoneEnc).toMatch(/^v1:/);
      expect(cipher.decrypt(r.phoneEnc)).toMatch(/^1\d{10}$/);
    }
  });
});
