import type { RouterInputs } from "./app.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { addRegulatorUser, createAgency } from "@anzhi/domain/regulator/agencies";
import { addDays, localDate } from "@anzhi/contracts";
import { formErrorOf } from "../form-errors.ts";
import { loginAs, signUpOrg, TEST_PASSWORD } from "../testing/sessions.ts";

let t: TestDb;
let a: Awaited<ReturnType<typeof signUpOrg>>;
// Dates relative to today, so the two-year window of the trigger always holds.
const today = localDate(new Date());
const day = (n: number) => addDays(today, n);

const notice = (
  n: number,
  over: Partial<RouterInputs["sampling"]["create"]> = {},
): RouterInputs["sampling"]["create"] => ({
  samplingType: "provincial",
  organizingAuthority: "江苏省市场监督管理局",
  testingInstitution: "江苏省产品质量监督检验研究院",
  samplingDate: day(-60),
  samplingFormNo: `CY-${n}`,
  samplingLocation: "production",
  nominalProducer: "测试企业401",
  productName: "电动自行车用锂离子蓄电池",
  specModel: "48V20Ah",
  batchNoOrDate: "20260201",
  inspectionBasis: "GB 43854-2024",
  reportNo: `BG-${n}`,
  reportDate: day(-40),
  resultReceivedOn: day(-35),
  conclusion: "pass",
  ...over,
});

beforeAll(async () => {
  t = await createTestDb("anzhi-sampling-");
  a = await signUpOrg(t.db, 401);
});
afterAll(async () => t?.cleanup());

describe("supervision sampling results", () => {
  it("records a passed result with its objection deadline", async () => {
    const r = await a.caller.sampling.create(notice(1));
    expect(r.hazardNo).toBeNull();
    expect((await a.caller.sampling.list())[0]).toMatchObject({
      reportNo: "BG-1",
      conclusion: "pass",
      objectionDeadline: day(-20),
      failedItems: [],
    });
  });

  it("a failed result needs its failed items, and then opens a hazard in the ledger", async () => {
    const e = await a.caller.sampling.create(notice(2, { conclusion: "fail" })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TRPCError);
    expect(Object.keys(formErrorOf(e, "zh-CN").fields)).toEqual(["failedItems"]);
    expect(await t.db.samplingResult.count({ where: { reportNo: "BG-2" } })).toBe(0);
    const r = await a.caller.sampling.create(
      notice(2, { conclusion: "fail", failedItems: [{ item: "过充电保护" }], rectificationDeadline: day(10) }),
    );
    expect(r.hazardNo).toMatch(/^YH-\d{4}-\d{4}$/);
    const hazard = await t.db.hazard.findFirstOrThrow({
      where: { organizationId: a.organizationId, hazardNo: r.hazardNo ?? "" },
    });
    expect(hazard).toMatchObject({
      source: "supervision_sampling",
      severity: "significant",
      dueDate: day(10),
      status: "open",
    });
    expect(hazard.title).toContain("电动自行车用锂离子蓄电池");
    // A failed supervision sampling drafts the report to the regulator (docs/decisions/024).
    const report = await t.db.majorRiskReport.findFirstOrThrow({ where: { hazardId: hazard.id } });
    expect(report).toMatchObject({ status: "draft", organizationId: a.organizationId });
    expect(report.content).toContain("二、涉及产品：电动自行车用锂离子蓄电池（48V20Ah）");
    expect(report.content).toContain("江苏省市场监督管理局监督抽查，检验报告 BG-2");
  });

  it("makes the hazard major when a failed item is classed serious", async () => {
    const r = await a.caller.sampling.create(
      // Older than the two-year trigger window, so the trigger test below counts what it counts.
      notice(9, {
        conclusion: "fail",
        failedItems: [{ item: "热失控", severity: "serious" }, { item: "标识" }],
        samplingDate: day(-900),
        reportDate: day(-890),
        resultReceivedOn: day(-885),
      }),
    );
    const hazard = await t.db.hazard.findFirstOrThrow({
      where: { organizationId: a.organizationId, hazardNo: r.hazardNo ?? "" },
    });
    expect(hazard.severity).toBe("major");
    expect(await t.db.majorRiskReport.count({ where: { hazardId: hazard.id } })).toBe(1);
  });

  it("refuses a report number entered twice, naming the field", async () => {
    const e = await a.caller.sampling.create(notice(1)).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "CONFLICT" });
    expect(Object.keys(formErrorOf(e, "zh-CN").fields)).toEqual(["reportNo"]);
  });

  it("two failed samplings within two years raise the regulator's on-site inspection trigger", async () => {
    await a.caller.sampling.create(notice(3, { conclusion: "fail", failedItems: [{ item: "标识" }] }));
    const agency = await createAgency(t.db, { name: "测试区市场监督管理局", level: "district", regionCode: "320411" });
    await addRegulatorUser(t.db, agency.id, { email: "insp401@example.test", name: "检查员", password: TEST_PASSWORD });
    await a.caller.regulatorAccess.grant({ agencyId: agency.id, ledgers: ["sampling"] });
    const inspector = (await loginAs(t.db, "insp401@example.test")).caller;
    const [row] = (await inspector.regulator.enterprises({ only: ["samplingTrigger"] })).enterprises;
    expect(row?.indicators).toMatchObject({ failedSamplings2y: 2, samplingTrigger: true, openHazards: null });
    const table = await inspector.regulator.ledger({
      organizationId: a.organizationId,
      ledger: "sampling",
      filter: { from: day(-90), to: today, result: "fail" },
    });
    expect(table.rows.map((r) => r.cells[5])).toEqual(["BG-2", "BG-3"]);
  });
});
