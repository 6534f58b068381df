// Proposals (履职记录) and training (培训考核记录) are ledgers an enterprise can grant a regulator
// (issue 13): read only when granted, filtered by date, exported, and every read logged.
import { drawnSignature } from "../testing/signature.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { addRegulatorUser, createAgency } from "@anzhi/domain/regulator/agencies";
import { cellText } from "@anzhi/domain/regulator/table";
import { createOrgWithPeople, rejection, type OrgPeople } from "../testing/org-people.ts";
import { anonymousCaller, callerWithToken, TEST_PASSWORD, tokenFrom, type Caller } from "../testing/sessions.ts";
import { testClock } from "../testing/clock.ts";

let t: TestDb;
let a: OrgPeople;
let inspector: Caller;
let agencyId: string;
const clock = testClock("2027-03-15 10:00");
const RANGE = { from: "2027-03-01", to: "2027-03-31" };

beforeAll(async () => {
  t = await createTestDb("anzhi-reg-people-");
  a = await createOrgWithPeople(t.db, "a", "producer", { clock });
  agencyId = (await createAgency(t.db, { name: "新北区市场监督管理局", level: "district", regionCode: "320411" })).id;
  await addRegulatorUser(t.db, "新北区市场监督管理局", {
    email: "inspector@xinbei.test",
    name: "王监管",
    password: TEST_PASSWORD,
  });
  // Signed in at the test's instant, so the session is fresh then.
  const resHeaders = new Headers();
  await anonymousCaller(t.db, { resHeaders, clock }).auth.login({
    email: "inspector@xinbei.test",
    password: TEST_PASSWORD,
  });
  inspector = await callerWithToken(t.db, tokenFrom(resHeaders), { clock });
});
afterAll(async () => t?.cleanup());

describe("proposals and training as granted ledgers", () => {
  it("are refused until granted, then read with the decision and the time to answer, and logged", async () => {
    const veto = await a.as("officer").proposals.create({
      signature: drawnSignature,
      type: "stop_production",
      batchNos: ["B20270315"],
      defectDescription: "电芯鼓包",
      confirm: true,
    });
    await t.db.trainingRecord.create({
      data: {
        organizationId: a.id,
        trainingDate: "2027-03-10",
        topic: "GB 31241 标准宣贯",
        trainer: "李工",
        hours: 2,
        assessmentMethod: "exam",
        nextDueAt: "2028-03-10",
        attendees: { create: [{ organizationId: a.id, personName: "a-officer", score: 92, passed: true }] },
      },
    });
    await t.db.trainingRecord.create({
      data: { organizationId: a.id, trainingDate: "2027-02-01", topic: "上月培训" },
    });

    await a.as("principal").regulatorAccess.grant({ agencyId, ledgers: ["hazards"] });
    expect(
      (await rejection(inspector.regulator.ledger({ organizationId: a.id, ledger: "proposals", filter: RANGE }))).code,
    ).toBe("FORBIDDEN");

    await a.as("principal").regulatorAccess.grant({ agencyId, ledgers: ["proposals", "training"] });
    const header = await inspector.regulator.enterprise({ organizationId: a.id });
    expect(header.ledgers).toEqual(expect.arrayContaining(["proposals", "training"]));

    clock.set("2027-03-15 13:30");
    const pending = await inspector.regulator.ledger({ organizationId: a.id, ledger: "proposals", filter: RANGE });
    expect(pending.rows).toHaveLength(1);
    const cell = (table: typeof pending, key: string) =>
      cellText(table.rows[0]?.cells[table.columns.findIndex((c) => c.key === key)] ?? "");
    expect(cell(pending, "type")).toBe("停止生产");
    expect(cell(pending, "decision")).toBe("待决定");
    expect(cell(pending, "hoursToAnswer")).toBe("未答复（3.5）");
    // The portal gets the code and words it in the reader's language (ADR 037).
    expect(pending.rows[0]?.cells[pending.columns.findIndex((c) => c.key === "decision")]).toEqual({
      group: "proposalDecision",
      value: "pending",
      zh: "待决定",
    });

    await a.as("principal").proposals.decide({
      signature: drawnSignature,
      proposalId: veto.id,
      decision: "adopted",
      reason: "立即停产",
      confirm: true,
    });
    const decided = await inspector.regulator.ledger({ organizationId: a.id, ledger: "proposals", filter: RANGE });
    expect(cell(decided, "decision")).toBe("采纳（a-principal）");
    expect(cell(decided, "hoursToAnswer")).toBe("3.5");
    expect(
      (
        await inspector.regulator.ledger({
          organizationId: a.id,
          ledger: "proposals",
          filter: { from: "2027-04-01", to: "2027-04-30" },
        })
      ).rows,
    ).toEqual([]);

    const training = await inspector.regulator.ledger({ organizationId: a.id, ledger: "training", filter: RANGE });
    expect(training.rows.map((r) => cell({ ...training, rows: [r] }, "topic"))).toEqual(["GB 31241 标准宣贯"]);
    expect(cell(training, "attendees")).toBe("a-officer（92分，合格）");
    expect(cell(training, "nextDueAt")).toBe("2028-03-10");

    const file = await inspector.regulator.exportLedger({
      organizationId: a.id,
      ledger: "training",
      filter: RANGE,
      format: "csv",
    });
    expect(Buffer.from(file.bytes).toString("utf8")).toContain("GB 31241 标准宣贯");

    const log = await t.db.regulatorReadLog.findMany({
      where: { organizationId: a.id, ledger: { in: ["proposals", "training"] } },
      orderBy: { at: "asc" },
      select: { ledger: true, action: true },
    });
    expect(log.map((l) => `${l.ledger}:${l.action}`)).toEqual([
      "proposals:view",
      "proposals:view",
      "proposals:view",
      "training:view",
      "training:export",
    ]);
  });

  it("words a 监督抽查考核 without a subject or result by code, the same for rows stored before issue 14", async () => {
    const assessment = (trainingDate: string, topic: string, result: string | null) =>
      t.db.trainingRecord.create({
        data: {
          organizationId: a.id,
          kind: "supervisory_assessment",
          trainingDate,
          topic,
          authority: "新北区市场监督管理局",
          attendees: { create: [{ organizationId: a.id, personName: "a-director", score: 58, passed: false, result }] },
        },
      });
    await assessment("2027-03-12", "", null); // as recorded since issue 14
    await assessment("2027-03-11", "质量安全总监、质量安全员监督抽查考核", "不合格"); // as recorded before it
    const range = { from: "2027-03-11", to: "2027-03-12" };
    const table = await inspector.regulator.ledger({ organizationId: a.id, ledger: "training", filter: range });
    const at = (key: string) => table.columns.findIndex((c) => c.key === key);
    const expected = [
      { group: "trainingTopic", value: "supervisory_assessment", zh: "质量安全总监、质量安全员监督抽查考核" },
      { attendees: [{ personName: "a-director", score: 58, passed: false, result: null }] },
    ];
    expect(table.rows.map((r) => [r.cells[at("topic")], r.cells[at("attendees")]])).toEqual([expected, expected]);
    // The Chinese statutory export still prints the default subject and 不合格.
    expect(table.rows.map((r) => cellText(r.cells[at("attendees")] ?? ""))).toEqual([
      "a-director（58分，不合格）",
      "a-director（58分，不合格）",
    ]);
    const file = await inspector.regulator.exportLedger({
      organizationId: a.id,
      ledger: "training",
      filter: range,
      format: "csv",
    });
    const csv = Buffer.from(file.bytes).toString("utf8");
    expect(csv.match(/质量安全总监、质量安全员监督抽查考核/g)).toHaveLength(2);
    expect(csv.match(/a-director（58分，不合格）/g)).toHaveLength(2);
  });
});
