import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { addRegulatorUser, createAgency } from "@anzhi/domain/regulator/agencies";
import { appRouter } from "./app.ts";
import { formErrorOf } from "../form-errors.ts";
import { anonymousCaller, callerWithToken, loginAs, signUpOrg, TEST_PASSWORD, tokenFrom, type Caller } from "../testing/sessions.ts";

let t: TestDb;
let a: Awaited<ReturnType<typeof signUpOrg>>;
let b: Awaited<ReturnType<typeof signUpOrg>>;
let inspector: Caller;
let agencyId: string;

const RANGE = { from: "2020-01-01", to: "2099-12-31" };

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** A fresh caller, as the next browser request would resolve it. */
async function nextRequest(): Promise<Caller> {
  const { token } = await loginAs(t.db, "inspector@xinbei.test");
  return callerWithToken(t.db, token);
}

async function addHazard(orgId: string, n: number, severity: "general" | "major", dueDate: string) {
  return t.db.hazard.create({ data: { organizationId: orgId, hazardNo: `YH-2026-${String(n).padStart(4, "0")}`, source: "manual", title: `隐患${n}`, description: "测试", severity, dueDate } });
}

beforeAll(async () => {
  t = await createTestDb("anzhi-regulator-");
  a = await signUpOrg(t.db, 301);
  b = await signUpOrg(t.db, 302);
  agencyId = (await createAgency(t.db, { name: "新北区市场监督管理局", level: "district", regionCode: "320411" })).id;
  await addRegulatorUser(t.db, "新北区市场监督管理局", { email: "inspector@xinbei.test", name: "王监管", password: TEST_PASSWORD });
  const login = await loginAs(t.db, "inspector@xinbei.test");
  expect(login.isRegulator).toBe(true);
  inspector = login.caller;
  await addHazard(a.organizationId, 1, "major", "2020-01-10");
  await addHazard(a.organizationId, 2, "general", "2099-01-10");
  await addHazard(b.organizationId, 1, "general", "2099-01-10");
});
afterAll(async () => t?.cleanup());

describe("grants decide what an agency sees", () => {
  it("shows nothing and refuses every read without a grant", async () => {
    expect((await inspector.regulator.enterprises()).enterprises).toEqual([]);
    const e = await rejection(inspector.regulator.ledger({ organizationId: a.organizationId, ledger: "hazards", filter: RANGE }));
    expect(e.code).toBe("FORBIDDEN");
    expect(formErrorOf(e, "zh-CN").code).toBe("GRANT_REQUIRED");
    expect(await t.db.regulatorReadLog.count()).toBe(0);
  });

  it("opens only the granted ledgers of the granting enterprise, with indicators, and logs each read", async () => {
    await a.caller.regulatorAccess.grant({ agencyId, ledgers: ["hazards", "weekly"] });
    const { enterprises: list } = await inspector.regulator.enterprises();
    expect(list.map((e) => e.id)).toEqual([a.organizationId]);
    expect(list[0]?.ledgers).toEqual(["weekly", "hazards"]);
    expect(list[0]?.indicators).toMatchObject({ openHazards: { general: 1, significant: 0, major: 1 }, overdueHazards: 1, majorHazards: 1, dailyCompletion: null, failedSamplings2y: null });
    const hazards = await inspector.regulator.ledger({ organizationId: a.organizationId, ledger: "hazards", filter: { ...RANGE, result: "open" } });
    expect(hazards.rows.map((r) => r.cells[0])).toEqual(["YH-2026-0001", "YH-2026-0002"]);
    expect(hazards.columns[0]).toEqual({ key: "hazardNo", zh: "隐患编号" });
    for (const ledger of ["daily", "monthly", "inspections", "sampling", "certificates", "risk_list", "people"]) {
      const e = await rejection(inspector.regulator.ledger({ organizationId: a.organizationId, ledger, filter: RANGE }));
      expect([e.code, ledger]).toEqual(["FORBIDDEN", ledger]);
    }
    await expect(inspector.regulator.ledger({ organizationId: b.organizationId, ledger: "hazards", filter: RANGE })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inspector.regulator.dossier({ organizationId: b.organizationId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const log = await t.db.regulatorReadLog.findMany({ where: { organizationId: a.organizationId, ledger: "hazards" } });
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]?.filtersJson ?? "{}")).toMatchObject({ result: "open" });
    expect(await t.db.regulatorReadLog.count({ where: { organizationId: b.organizationId } })).toBe(0);
  });

  it("exports XLSX a spreadsheet reader opens and CSV with a BOM and Chinese headers, and the enterprise sees both in its log", async () => {
    const xlsx = await inspector.regulator.exportLedger({ organizationId: a.organizationId, ledger: "hazards", filter: RANGE, format: "xlsx" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, "base64") as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(3).getCell(1).value).toBe("隐患编号");
    expect([sheet?.getRow(4).getCell(1).value, sheet?.getRow(5).getCell(1).value, sheet?.getRow(4).getCell(5).value]).toEqual(["YH-2026-0001", "YH-2026-0002", "重大"]);
    expect(sheet?.rowCount).toBe(5);
    expect(xlsx.fileName).toMatch(/^隐患台账_测试企业301_.*\.xlsx$/);

    const csv = await inspector.regulator.exportLedger({ organizationId: a.organizationId, ledger: "hazards", filter: RANGE, format: "csv" });
    const bytes = Buffer.from(csv.base64, "base64");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
    expect(lines[0]?.startsWith("隐患编号,发现时间,来源,隐患描述,等级")).toBe(true);
    expect(lines).toHaveLength(3);

    const { log } = await a.caller.regulatorAccess.overview();
    const exports = log.filter((r) => r.action === "export");
    expect(exports.map((r) => [r.ledger, r.format, r.inspectorName, r.agencyName])).toEqual([
      ["hazards", "csv", "王监管", "新北区市场监督管理局"],
      ["hazards", "xlsx", "王监管", "新北区市场监督管理局"],
    ]);
  });

  it("applies revocation and expiry on the very next request", async () => {
    const { grants } = await a.caller.regulatorAccess.overview();
    const live = grants.find((g) => g.live);
    expect(live).toBeDefined();
    await a.caller.regulatorAccess.revoke({ grantId: live?.id ?? "" });
    const e = await rejection((await nextRequest()).regulator.ledger({ organizationId: a.organizationId, ledger: "hazards", filter: RANGE }));
    expect(formErrorOf(e, "zh-CN").code).toBe("GRANT_REQUIRED");
    expect((await inspector.regulator.enterprises()).enterprises).toEqual([]);

    const g = await a.caller.regulatorAccess.grant({ agencyId, ledgers: "all", expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await inspector.regulator.enterprises()).enterprises.map((x) => x.id)).toEqual([a.organizationId]);
    await t.db.accessGrant.update({ where: { id: g.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await rejection(inspector.regulator.ledger({ organizationId: a.organizationId, ledger: "hazards", filter: RANGE }));
    expect(formErrorOf(expired, "zh-CN").code).toBe("GRANT_EXPIRED");
    expect((await inspector.regulator.enterprises()).enterprises).toEqual([]);
  });

  it("refuses a grant that expires in the past, naming the field, and writes nothing", async () => {
    const before = await t.db.accessGrant.count();
    const e = await rejection(a.caller.regulatorAccess.grant({ agencyId, ledgers: "all", expiresAt: "2020-01-01T00:00:00+08:00" }));
    expect(Object.keys(formErrorOf(e, "zh-CN").fields)).toEqual(["expiresAt"]);
    expect(await t.db.accessGrant.count()).toBe(before);
  });

  it("lets only admins grant, revoke or read the access log", async () => {
    const { token } = await a.caller.members.invite({ roles: ["officer"] });
    const resHeaders = new Headers();
    await anonymousCaller(t.db, { resHeaders }).members.acceptAsNewUser({ token, name: "李安全", email: "officer301@example.test", password: TEST_PASSWORD });
    const officer = await callerWithToken(t.db, tokenFrom(resHeaders));
    await expect(officer.regulatorAccess.grant({ agencyId, ledgers: "all" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(officer.regulatorAccess.overview()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(a.caller.regulator.enterprises()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("a regulator can change nothing but the acknowledgement of a report", () => {
  it("the regulator router has exactly one mutation", () => {
    const mutations = Object.entries(appRouter._def.procedures)
      .filter(([path, p]) => path.startsWith("regulator.") && (p as unknown as { _def: { type: string } })._def.type === "mutation")
      .map(([path]) => path);
    expect(mutations).toEqual(["regulator.acknowledgeReport"]);
  });

  it("every member procedure refuses a regulator (FORBIDDEN or UNAUTHORIZED)", async () => {
    // Self-service account procedures (sign in/out, own password, invitations by token) and
    // public health checks are open to anyone signed in; everything else needs a membership.
    const open = /^(auth\.|system\.|members\.(previewInvitation|acceptAsNewUser|acceptAsUser)$|regions\.|regulator\.)/;
    const paths = Object.keys(appRouter._def.procedures).filter((p) => !open.test(p));
    expect(paths.length).toBeGreaterThan(40);
    const refused: string[] = [];
    for (const path of paths) {
      // The caller is a proxy: walk the dotted path to the procedure.
      const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], inspector) as (input: unknown) => Promise<unknown>;
      expect(fn, path).toBeTypeOf("function");
      const error = await fn({ organizationId: a.organizationId }).then(() => null, (e: unknown) => e);
      expect(error, path).toBeInstanceOf(TRPCError);
      if (error instanceof TRPCError && ["FORBIDDEN", "UNAUTHORIZED"].includes(error.code)) refused.push(path);
    }
    expect(refused).toEqual(paths);
    expect(await t.db.auditEvent.count({ where: { actorKind: "regulator" } })).toBe(0);
  });

  it("acknowledges a submitted major-risk report once, audited, only under a live grant", async () => {
    const principal = await t.db.membership.findFirstOrThrow({ where: { organizationId: a.organizationId }, select: { userId: true } });
    const report = await t.db.majorRiskReport.create({ data: { organizationId: a.organizationId, status: "submitted", title: "电芯批次鼓包", content: "已停产隔离", createdByUserId: principal.userId, submittedByUserId: principal.userId, submittedAt: new Date() } });
    await expect(inspector.regulator.acknowledgeReport({ reportId: report.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await a.caller.regulatorAccess.grant({ agencyId, ledgers: ["sampling"] });
    expect((await inspector.regulator.reports()).map((r) => [r.title, r.status])).toEqual([["电芯批次鼓包", "submitted"]]);
    const ack = await inspector.regulator.acknowledgeReport({ reportId: report.id });
    expect(ack.id).toBe(report.id);
    expect(await t.db.majorRiskReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "acknowledged", agencyId });
    expect(await t.db.auditEvent.count({ where: { actorKind: "regulator", action: "major_risk_report.acknowledge", organizationId: a.organizationId } })).toBe(1);
    await expect(inspector.regulator.acknowledgeReport({ reportId: report.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
