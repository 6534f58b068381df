// Escalation (ADR 023) on a real SQLite file, driven by a test clock: the scheduler's tick writes
// each reminder once per event — overdue hazards to the owner and the director, certificates at
// 90/30/0 days, a veto to the principal at once and then every hour until decided (the director
// sees its age), a risk-list version waiting for approval, recurring training falling due.
import { drawnSignature } from "../testing/signature.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { schedulerTick } from "@anzhi/domain/routines/scheduler";
import { createOrgWithPeople, type OrgPeople } from "../testing/org-people.ts";
import { localInstant, testClock } from "../testing/clock.ts";

let t: TestDb;
let a: OrgPeople;
let b: OrgPeople;
const clock = testClock("2027-03-15 09:00");

beforeAll(async () => {
  t = await createTestDb("anzhi-escalation-");
  a = await createOrgWithPeople(t.db, "a", "producer", { clock });
  b = await createOrgWithPeople(t.db, "b", "both", { clock });
});
afterAll(async () => t?.cleanup());

async function kindsOf(userId: string, kind: string) {
  const rows = await t.db.notification.findMany({
    where: { userId, kind },
    orderBy: { createdAt: "asc" },
    select: { title: true, dedupeKey: true, entityId: true, organizationId: true },
  });
  return rows;
}

async function hazard(org: OrgPeople, no: string, dueDate: string, ownerUserId: string | null) {
  return t.db.hazard.create({
    data: {
      organizationId: org.id,
      hazardNo: no,
      source: "manual",
      title: `隐患 ${no}`,
      description: "描述",
      severity: "general",
      dueDate,
      ownerUserId,
    },
    select: { id: true },
  });
}

describe("overdue hazards", () => {
  it("tell the owner and the director once per due date, never for a closed hazard or another organisation", async () => {
    clock.set("2027-03-15 09:00");
    const overdue = await hazard(a, "YH-2027-0001", "2027-03-14", a.ids.officer);
    await hazard(a, "YH-2027-0002", "2027-03-15", a.ids.officer); // due today: not overdue yet
    const closed = await hazard(a, "YH-2027-0003", "2027-03-01", a.ids.officer);
    await t.db.hazard.update({ where: { id: closed.id }, data: { status: "closed", closedAt: clock() } });
    await schedulerTick(t.db, clock());
    await schedulerTick(t.db, clock());
    const owner = await kindsOf(a.ids.officer, "hazard_overdue");
    expect(owner.map((r) => r.entityId)).toEqual([overdue.id]);
    expect(owner[0]?.title).toContain("已逾期 1 天");
    expect((await kindsOf(a.ids.director, "hazard_overdue")).map((r) => r.entityId)).toEqual([overdue.id]);
    expect(await kindsOf(a.ids.principal, "hazard_overdue")).toEqual([]);
    expect(await kindsOf(b.ids.director, "hazard_overdue")).toEqual([]);
    // A new due date is a new deadline: overdue again once it passes.
    await t.db.hazard.update({ where: { id: overdue.id }, data: { dueDate: "2027-03-20" } });
    clock.set("2027-03-21 09:00");
    await schedulerTick(t.db, clock());
    expect((await kindsOf(a.ids.director, "hazard_overdue")).filter((r) => r.entityId === overdue.id)).toHaveLength(2);
  });
});

describe("certificates", () => {
  it("remind the director and the principal at 90, 30 and 0 days, once each", async () => {
    clock.set("2027-03-15 09:00");
    const cert = await t.db.cccCertificate.create({
      data: {
        organizationId: a.id,
        certNo: "2027010101000001",
        productName: "锂离子电池",
        model: "LH-1",
        holderName: "A",
        manufacturerName: "A",
        factoryName: "A",
        issuer: "CQC",
        issueDate: "2022-06-13",
        expiryDate: "2027-06-13", // 90 days after 2027-03-15
        status: "valid",
      },
      select: { id: true },
    });
    const mine = async () =>
      (await kindsOf(a.ids.director, "certificate_expiring")).filter((r) => r.entityId === cert.id);
    clock.set("2027-03-14 09:00"); // 91 days left: nothing
    await schedulerTick(t.db, clock());
    expect(await mine()).toEqual([]);
    clock.set("2027-03-15 09:00");
    await schedulerTick(t.db, clock());
    await schedulerTick(t.db, clock());
    expect((await mine()).map((r) => r.dedupeKey)).toEqual([`certificate_expiring:ccc:${cert.id}:2027-06-13:90`]);
    clock.set("2027-04-01 09:00"); // 73 days: still the 90-day reminder only
    await schedulerTick(t.db, clock());
    expect(await mine()).toHaveLength(1);
    clock.set("2027-05-14 09:00"); // 30 days
    await schedulerTick(t.db, clock());
    clock.set("2027-06-13 09:00"); // the day itself
    await schedulerTick(t.db, clock());
    clock.set("2027-06-20 09:00");
    await schedulerTick(t.db, clock());
    const rows = await mine();
    expect(rows.map((r) => r.dedupeKey?.split(":").at(-1))).toEqual(["90", "30", "0"]);
    expect(rows[2]?.title).toContain("今日到期");
    expect((await kindsOf(a.ids.principal, "certificate_expiring")).filter((r) => r.entityId === cert.id)).toHaveLength(
      3,
    );
    expect((await kindsOf(a.ids.officer, "certificate_expiring")).length).toBe(0);
  });
});

describe("certificate.expiring webhook", () => {
  it("is written with the reminders, once per certificate and threshold, only for a subscribed organisation", async () => {
    clock.set("2027-03-15 09:00");
    await t.db.webhookEndpoint.create({
      data: {
        organizationId: b.id,
        url: "https://erp.example.com/h",
        eventsJson: '["certificate.expiring"]',
        secretEnc: "x",
      },
    });
    const ccc = (org: OrgPeople, certNo: string) =>
      t.db.cccCertificate.create({
        data: {
          organizationId: org.id,
          certNo,
          productName: "电线电缆",
          model: "BV-2.5",
          holderName: "B",
          manufacturerName: "B",
          factoryName: "B",
          issuer: "CQC",
          issueDate: "2022-05-14",
          expiryDate: "2027-05-14", // 60 days after 2027-03-15
          status: "valid",
        },
        select: { id: true },
      });
    const subscribed = await ccc(b, "2027010101000002");
    await ccc(a, "2027010101000003"); // a has no endpoint: reminders, no event
    const events = () =>
      t.db.webhookEvent.findMany({
        where: { type: "certificate.expiring" },
        orderBy: { dedupeKey: "asc" },
        select: { organizationId: true, dedupeKey: true, payloadJson: true, createdAt: true },
      });
    await Promise.all([schedulerTick(t.db, clock()), schedulerTick(t.db, clock())]);
    await schedulerTick(t.db, clock());
    expect((await events()).map((e) => [e.organizationId, e.dedupeKey])).toEqual([
      [b.id, `certificate.expiring:ccc:${subscribed.id}:2027-05-14:90`],
    ]);
    expect(JSON.parse((await events())[0]?.payloadJson ?? "{}")).toEqual({
      kind: "ccc",
      id: subscribed.id,
      number: "2027010101000002",
      expiryDate: "2027-05-14",
      daysLeft: 60,
      threshold: 90,
    });
    clock.set("2027-04-20 09:00"); // 24 days: the 30-day threshold
    await schedulerTick(t.db, clock());
    await schedulerTick(t.db, clock());
    expect((await events()).map((e) => e.dedupeKey?.split(":").at(-1))).toEqual(["30", "90"]);
    expect(
      (await kindsOf(b.ids.director, "certificate_expiring")).filter((r) => r.entityId === subscribed.id),
    ).toHaveLength(2);
  });
});

describe("vetoes", () => {
  it("tell the principal at once, then every hour until decided; the director sees the age", async () => {
    clock.set("2027-03-15 10:00");
    const filed = await b.as("officer").proposals.create({
      signature: drawnSignature,
      type: "stop_sales",
      batchNos: ["B1"],
      defectDescription: "外壳破裂",
      confirm: true,
    });
    const principal = async () =>
      (await kindsOf(b.ids.principal, "veto_pending")).filter((r) => r.entityId === filed.id);
    // At once, before any tick.
    expect((await principal()).map((r) => r.dedupeKey)).toEqual([`veto_pending:${filed.id}:0`]);
    expect((await principal())[0]?.title).toContain("停止销售");
    clock.set("2027-03-15 10:40");
    await schedulerTick(t.db, clock());
    expect(await principal()).toHaveLength(1);
    clock.set("2027-03-15 11:05");
    await schedulerTick(t.db, clock());
    await schedulerTick(t.db, clock());
    clock.set("2027-03-15 12:00");
    await schedulerTick(t.db, clock());
    expect((await principal()).map((r) => r.dedupeKey?.split(":").at(-1))).toEqual(["0", "1", "2"]);
    const director = (await kindsOf(b.ids.director, "veto_waiting")).filter((r) => r.entityId === filed.id);
    expect(director.map((r) => r.title)).toEqual(["停止销售建议已等待主要负责人决定 1 小时"]);
    expect(await kindsOf(a.ids.principal, "veto_pending")).toEqual([]);

    await b.as("principal").proposals.decide({
      signature: drawnSignature,
      proposalId: filed.id,
      decision: "adopted",
      reason: "立即停售",
      confirm: true,
    });
    clock.set("2027-03-15 15:00");
    await schedulerTick(t.db, clock());
    expect(await principal()).toHaveLength(3);
  });

  it("a suggestion is not a veto: no escalation", async () => {
    const filed = await b.as("officer").proposals.create({
      signature: drawnSignature,
      type: "suggestion",
      defectDescription: "建议增加抽检频次",
      confirm: true,
    });
    clock.advance(5 * 3_600_000);
    await schedulerTick(t.db, clock());
    expect((await t.db.notification.findMany({ where: { entityId: filed.id } })).map((n) => n.kind)).toEqual([]);
  });
});

describe("risk-list versions and training", () => {
  it("remind the principal every day a version waits, and the director and principal of training falling due", async () => {
    clock.set("2027-03-15 09:00");
    const list = await t.db.riskControlList.create({
      data: { organizationId: a.id, title: "风险管控清单", currentVersion: 1 },
    });
    await t.db.riskListVersion.create({
      data: {
        organizationId: a.id,
        listId: list.id,
        version: 1,
        reason: "初版",
        effectiveFrom: "2027-01-01",
        createdByUserId: a.ids.principal,
        approvedByUserId: a.ids.principal,
        approvedAt: localInstant("2027-01-01 09:00"),
      },
    });
    const draft = await t.db.riskListVersion.create({
      data: {
        organizationId: a.id,
        listId: list.id,
        version: 2,
        reason: "新增产品",
        effectiveFrom: "2027-03-14",
        createdByUserId: a.ids.director,
        createdAt: localInstant("2027-03-14 16:00"),
      },
      select: { id: true },
    });
    await schedulerTick(t.db, clock());
    clock.set("2027-03-16 09:00");
    await schedulerTick(t.db, clock());
    await schedulerTick(t.db, clock());
    const waits = (await kindsOf(a.ids.principal, "risk_list_pending")).filter((r) => r.entityId === draft.id);
    expect(waits.map((r) => r.dedupeKey)).toEqual([
      `risk_list_unapproved:${draft.id}:2027-03-15`,
      `risk_list_unapproved:${draft.id}:2027-03-16`,
    ]);
    await t.db.riskListVersion.update({
      where: { id: draft.id },
      data: { approvedAt: clock(), approvedByUserId: a.ids.principal },
    });
    clock.set("2027-03-17 09:00");
    await schedulerTick(t.db, clock());
    expect((await kindsOf(a.ids.principal, "risk_list_pending")).filter((r) => r.entityId === draft.id)).toHaveLength(
      2,
    );

    const training = await t.db.trainingRecord.create({
      data: { organizationId: a.id, trainingDate: "2026-04-20", topic: "年度质量安全培训", nextDueAt: "2027-04-20" },
      select: { id: true },
    });
    const trainingRows = async () =>
      (await kindsOf(a.ids.director, "training_due")).filter((r) => r.entityId === training.id);
    clock.set("2027-03-20 09:00"); // 31 days before
    await schedulerTick(t.db, clock());
    expect(await trainingRows()).toEqual([]);
    clock.set("2027-03-21 09:00"); // 30 days before
    await schedulerTick(t.db, clock());
    expect((await trainingRows()).map((r) => r.dedupeKey)).toEqual([`training_due:${training.id}:30`]);
    expect((await kindsOf(a.ids.principal, "training_due")).length).toBe(1);
    // The next session held: nothing more is due for this topic.
    await t.db.trainingRecord.create({
      data: { organizationId: a.id, trainingDate: "2027-04-10", topic: "年度质量安全培训", nextDueAt: "2028-04-10" },
    });
    clock.set("2027-04-20 09:00");
    await schedulerTick(t.db, clock());
    expect(await trainingRows()).toHaveLength(1);
  });
});
