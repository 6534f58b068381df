import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { addRegulatorUser, createAgency } from "@anzhi/domain/regulator/agencies";
import { appRouter } from "./app.ts";
import { formErrorOf } from "../form-errors.ts";
import {
  anonymousCaller,
  callerWithToken,
  loginAs,
  signUpOrg,
  TEST_PASSWORD,
  tokenFrom,
  type Caller,
} from "../testing/sessions.ts";
import { rejection } from "../testing/org-people.ts";
import { drawnSignature } from "../testing/signature.ts";

let t: TestDb;
let a: Awaited<ReturnType<typeof signUpOrg>>;
let b: Awaited<ReturnType<typeof signUpOrg>>;
let inspector: Caller;
let agencyId: string;

const RANGE = { from: "2020-01-01", to: "2099-12-31" };

/** A fresh caller, as the next browser request would resolve it. */
async function nextRequest(): Promise<Caller> {
  const { token } = await loginAs(t.db, "inspector@xinbei.test");
  return callerWithToken(t.db, token);
}

async function addHazard(orgId: string, n: number, severity: "general" | "major", dueDate: string) {
  return t.db.hazard.create({
    data: {
      organizationId: orgId,
      hazardNo: `YH-2026-${String(n).padStart(4, "0")}`,
      source: "manual",
      title: `隐患${n}`,
      description: "测试",
      severity,
      dueDate,
    },
  });
}

beforeAll(async () => {
  t = await createTestDb("anzhi-regulator-");
  a = await signUpOrg(t.db, 301);
  b = await signUpOrg(t.db, 302);
  agencyId = (await createAgency(t.db, { name: "新北区市场监督管理局", level: "district", regionCode: "320411" })).id;
  await addRegulatorUser(t.db, "新北区市场监督管理局", {
    email: "inspector@xinbei.test",
    name: "王监管",
    password: TEST_PASSWORD,
  });
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
    const e = await rejection(
      inspector.regulator.ledger({ organizationId: a.organizationId, ledger: "hazards", filter: RANGE }),
    );
    expect(e.code).toBe("FORBIDDEN");
    expect(formErrorOf(e, "zh-CN").code).toBe("GRANT_REQUIRED");
    expect(await t.db.regulatorReadLog.count()).toBe(0);
  });

  it("opens only the granted ledgers of the granting enterprise, with indicators, and logs each read", async () => {
    await a.caller.regulatorAccess.grant({ agencyId, ledgers: ["hazards", "weekly"] });
    const { enterprises: list } = await inspector.regulator.enterprises();
    expect(list.map((e) => e.id)).toEqual([a.organizationId]);
    expect(list[0]?.ledgers).toEqual(["weekly", "hazards"]);
    expect(list[0]?.indicators).toMatchObject({
      openHazards: { general: 1, significant: 0, major: 1 },
      overdueHazards: 1,
      majorHazards: 1,
      daily: null,
      failedSamplings2y: null,
    });
    const hazards = await inspector.regulator.ledger({
      organizationId: a.organizationId,
      ledger: "hazards",
      filter: { ...RANGE, result: "open" },
    });
    expect(hazards.rows.map((r) => r.cells[0])).toEqual(["YH-2026-0001", "YH-2026-0002"]);
    expect(hazards.columns[0]).toEqual({ key: "hazardNo", zh: "隐患编号" });
    for (const ledger of [
      "daily",
      "monthly",
      "inspections",
      "sampling",
      "certificates",
      "risk_list",
      "people",
    ] as const) {
      const e = await rejection(
        inspector.regulator.ledger({ organizationId: a.organizationId, ledger, filter: RANGE }),
      );
      expect([e.code, ledger]).toEqual(["FORBIDDEN", ledger]);
    }
    await expect(
      inspector.regulator.ledger({ organizationId: b.organizationId, ledger: "hazards", filter: RANGE }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inspector.regulator.dossier({ organizationId: b.organizationId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const log = await t.db.regulatorReadLog.findMany({
      where: { organizationId: a.organizationId, ledger: "hazards" },
    });
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]?.filtersJson ?? "{}")).toMatchObject({ result: "open" });
    expect(await t.db.regulatorReadLog.count({ where: { organizationId: b.organizationId } })).toBe(0);
  });

  it("exports XLSX a spreadsheet reader opens and CSV with a BOM and Chinese headers, and the enterprise sees both in its log", async () => {
    const xlsx = await inspector.regulator.exportLedger({
      organizationId: a.organizationId,
      ledger: "hazards",
      filter: RANGE,
      format: "xlsx",
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(3).getCell(1).value).toBe("隐患编号");
    expect([
      sheet?.getRow(4).getCell(1).value,
      sheet?.getRow(5).getCell(1).value,
      sheet?.getRow(4).getCell(5).value,
    ]).toEqual(["YH-2026-0001", "YH-2026-0002", "重大"]);
    expect(sheet?.rowCount).toBe(5);
    expect(xlsx.fileName).toMatch(/^隐患台账_测试企业301_.*\.xlsx$/);

    const csv = await inspector.regulator.exportLedger({
      organizationId: a.organizationId,
      ledger: "hazards",
      filter: RANGE,
      format: "csv",
    });
    const bytes = Buffer.from(csv.bytes);
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
    const e = await rejection(
      (await nextRequest()).regulator.ledger({ organizationId: a.organizationId, ledger: "hazards", filter: RANGE }),
    );
    expect(formErrorOf(e, "zh-CN").code).toBe("GRANT_REQUIRED");
    expect((await inspector.regulator.enterprises()).enterprises).toEqual([]);

    const g = await a.caller.regulatorAccess.grant({
      agencyId,
      ledgers: "all",
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect((await inspector.regulator.enterprises()).enterprises.map((x) => x.id)).toEqual([a.organizationId]);
    await t.db.accessGrant.update({ where: { id: g.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await rejection(
      inspector.regulator.ledger({ organizationId: a.organizationId, ledger: "hazards", filter: RANGE }),
    );
    expect(formErrorOf(expired, "zh-CN").code).toBe("GRANT_EXPIRED");
    expect((await inspector.regulator.enterprises()).enterprises).toEqual([]);
  });

  it("refuses a grant that expires in the past, naming the field, and writes nothing", async () => {
    const before = await t.db.accessGrant.count();
    const e = await rejection(
      a.caller.regulatorAccess.grant({ agencyId, ledgers: "all", expiresAt: "2020-01-01T00:00:00+08:00" }),
    );
    expect(Object.keys(formErrorOf(e, "zh-CN").fields)).toEqual(["expiresAt"]);
    expect(await t.db.accessGrant.count()).toBe(before);
  });

  it("lets only admins grant, revoke or read the access log", async () => {
    const { token } = await a.caller.members.invite({ roles: ["officer"] });
    const resHeaders = new Headers();
    await anonymousCaller(t.db, { resHeaders }).members.acceptAsNewUser({
      token,
      name: "李安全",
      email: "officer301@example.test",
      password: TEST_PASSWORD,
    });
    const officer = await callerWithToken(t.db, tokenFrom(resHeaders));
    await expect(officer.regulatorAccess.grant({ agencyId, ledgers: "all" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(officer.regulatorAccess.overview()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(a.caller.regulator.enterprises()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("dossier, weekly report and sorting", () => {
  it("reads a signed weekly report (logged), not a draft, and only with the weekly ledger granted", async () => {
    const principal = await t.db.membership.findFirstOrThrow({
      where: { organizationId: a.organizationId },
      select: { userId: true },
    });
    const signed = await t.db.weeklyReport.create({
      data: {
        organizationId: a.organizationId,
        isoYear: 2026,
        isoWeek: 40,
        periodStart: "2026-09-28",
        periodEnd: "2026-10-04",
        status: "submitted",
        assessment: "本周运行平稳",
        signedByUserId: principal.userId,
        signedAt: new Date(),
      },
    });
    const draft = await t.db.weeklyReport.create({
      data: {
        organizationId: a.organizationId,
        isoYear: 2026,
        isoWeek: 41,
        periodStart: "2026-10-05",
        periodEnd: "2026-10-11",
      },
    });
    const g = await a.caller.regulatorAccess.grant({ agencyId, ledgers: ["weekly"] });
    const report = await inspector.regulator.weeklyReport({ organizationId: a.organizationId, reportId: signed.id });
    expect(report).toMatchObject({
      week: "2026-W40",
      assessment: "本周运行平稳",
      organizationName: "测试企业301",
      timeZone: "Asia/Shanghai",
    });
    await expect(
      inspector.regulator.weeklyReport({ organizationId: a.organizationId, reportId: draft.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const logged = await t.db.regulatorReadLog.findFirstOrThrow({
      where: { organizationId: a.organizationId, ledger: "weekly" },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(logged.filtersJson)).toEqual({ reportId: signed.id, week: "2026-W40" });
    // the weekly ledger lists signed reports only
    const table = await inspector.regulator.ledger({
      organizationId: a.organizationId,
      ledger: "weekly",
      filter: RANGE,
    });
    expect(table.rows.map((r) => r.id)).toEqual([signed.id]);
    await a.caller.regulatorAccess.revoke({ grantId: g.id });
    await a.caller.regulatorAccess.grant({ agencyId, ledgers: ["hazards"] });
    await expect(
      inspector.regulator.weeklyReport({ organizationId: a.organizationId, reportId: signed.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("opens a hazard's rectification record under the hazards grant, logged, and not another enterprise's", async () => {
    const h = await t.db.hazard.findFirstOrThrow({
      where: { organizationId: a.organizationId, hazardNo: "YH-2026-0001" },
    });
    const record = await inspector.regulator.hazard({ organizationId: a.organizationId, hazardId: h.id });
    expect(record).toMatchObject({
      hazardNo: "YH-2026-0001",
      severity: "major",
      overdue: true,
      organizationName: "测试企业301",
    });
    expect(record).not.toHaveProperty("allowedActions");
    const logged = await t.db.regulatorReadLog.findFirstOrThrow({
      where: { organizationId: a.organizationId, ledger: "hazards", action: "view" },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(logged.filtersJson)).toEqual({ hazardId: h.id, hazardNo: "YH-2026-0001" });
    const other = await t.db.hazard.findFirstOrThrow({ where: { organizationId: b.organizationId } });
    await expect(
      inspector.regulator.hazard({ organizationId: b.organizationId, hazardId: other.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      inspector.regulator.hazard({ organizationId: a.organizationId, hazardId: other.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("exports the dossier without the sections the grant does not open, and never an ID or phone number", async () => {
    await t.db.roleAssignment.create({
      data: {
        organizationId: a.organizationId,
        role: "director",
        personName: "周总监",
        employment: "full_time",
        phoneEnc: "enc:13800001111",
        idNumberEnc: "enc:320411199001011234",
        appointedOn: "2026-01-01",
      },
    });
    const limited = await inspector.regulator.dossier({ organizationId: a.organizationId });
    expect(limited.people).toBeNull();
    expect(limited.basics.find((b) => b.key === "uscc")?.value).toHaveLength(18);
    await a.caller.regulatorAccess.grant({ agencyId, ledgers: ["people"] });
    const full = await inspector.regulator.dossier({ organizationId: a.organizationId });
    // codes and booleans, which the portal words in the reader's language
    expect(full.people?.[0]).toMatchObject({
      role: "director",
      name: "周总监",
      employment: "full_time",
      appointedOn: "2026-01-01",
      endedOn: null,
      idOnFile: true,
    });
    expect(full.systems.find((s) => s.key === "directorAppointed")?.value).toBe("appointed");
    expect(full.basics.find((b) => b.key === "kind")?.value).toBe("producer");
    const csv = await inspector.regulator.exportDossier({ organizationId: a.organizationId, format: "csv" });
    const bytes = Buffer.from(csv.bytes);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.split("\r\n")[0]).toBe("部分,项目,内容");
    expect(text).toContain("人员,质量安全总监,周总监");
    expect(text).not.toMatch(/13800001111|320411199001011234/);
    expect(
      await t.db.regulatorReadLog.count({
        where: { organizationId: a.organizationId, ledger: "dossier", action: "export", format: "csv" },
      }),
    ).toBe(1);
  });

  it("sorts by an indicator and keeps only enterprises with every chosen flag", async () => {
    await b.caller.regulatorAccess.grant({ agencyId, ledgers: ["hazards"] });
    const byName = await inspector.regulator.enterprises();
    expect(byName.enterprises.map((e) => e.name)).toEqual(["测试企业301", "测试企业302"]);
    const bySeverity = await inspector.regulator.enterprises({ sort: "overdueHazards" });
    expect(bySeverity.enterprises.map((e) => [e.name, e.indicators.overdueHazards])).toEqual([
      ["测试企业301", 1],
      ["测试企业302", 0],
    ]);
    const flagged = await inspector.regulator.enterprises({ only: ["majorHazards"] });
    expect(flagged.enterprises.map((e) => e.name)).toEqual(["测试企业301"]);
    expect(flagged.total).toBe(2);
    const unknown = await inspector.regulator.enterprises({ sort: "bogus", only: ["bogus"] });
    expect(unknown.sort).toBe("name");
    for (const g of (await b.caller.regulatorAccess.overview()).grants)
      if (g.live) await b.caller.regulatorAccess.revoke({ grantId: g.id });
  });
});

describe("daily check records and monthly meeting minutes", () => {
  async function signedRecords(org: { organizationId: string }, n: number) {
    const { userId } = await t.db.membership.findFirstOrThrow({
      where: { organizationId: org.organizationId },
      select: { userId: true },
    });
    const site = await t.db.site.create({
      data: { organizationId: org.organizationId, name: `${n}号厂区`, type: "factory", address: "常州市新北区" },
    });
    const run = await t.db.dailyCheckRun.create({
      data: {
        organizationId: org.organizationId,
        siteId: site.id,
        officerUserId: userId,
        checkDate: "2026-10-09",
        listVersion: 1,
        status: "submitted",
        signedByUserId: userId,
        signedAt: new Date(),
      },
    });
    const draft = await t.db.dailyCheckRun.create({
      data: {
        organizationId: org.organizationId,
        siteId: site.id,
        officerUserId: userId,
        checkDate: "2026-10-10",
        listVersion: 1,
      },
    });
    const meeting = await t.db.monthlyMeeting.create({
      data: {
        organizationId: org.organizationId,
        month: "2026-10",
        meetingDate: "2026-10-30",
        place: "三楼会议室",
        chairUserId: userId,
        recorderName: "记录员",
        mainProblems: "成品库湿度偏高",
        status: "submitted",
        signedByUserId: userId,
        signedAt: new Date(),
      },
    });
    return { run, draft, meeting };
  }

  it("reads a signed daily record and monthly minutes only under the ledger's live grant, never another enterprise's, and logs each read", async () => {
    const mine = await signedRecords(a, 301);
    const theirs = await signedRecords(b, 302);
    for (const read of [
      () => inspector.regulator.dailyRun({ organizationId: a.organizationId, runId: mine.run.id }),
      () => inspector.regulator.monthlyMeeting({ organizationId: a.organizationId, meetingId: mine.meeting.id }),
    ]) {
      expect(formErrorOf(await rejection(read()), "zh-CN").code).toBe("GRANT_REQUIRED");
    }
    expect(await t.db.regulatorReadLog.count({ where: { ledger: { in: ["daily", "monthly"] } } })).toBe(0);

    const g = await a.caller.regulatorAccess.grant({ agencyId, ledgers: ["daily", "monthly"] });
    const run = await inspector.regulator.dailyRun({ organizationId: a.organizationId, runId: mine.run.id });
    expect(run).toMatchObject({
      id: mine.run.id,
      checkDate: "2026-10-09",
      siteName: "301号厂区",
      organizationName: "测试企业301",
      status: "submitted",
      timeZone: "Asia/Shanghai",
    });
    const meeting = await inspector.regulator.monthlyMeeting({
      organizationId: a.organizationId,
      meetingId: mine.meeting.id,
    });
    expect(meeting).toMatchObject({
      id: mine.meeting.id,
      month: "2026-10",
      place: "三楼会议室",
      mainProblems: "成品库湿度偏高",
      organizationName: "测试企业301",
    });
    const logged = await t.db.regulatorReadLog.findMany({
      where: { organizationId: a.organizationId, ledger: { in: ["daily", "monthly"] } },
      orderBy: { at: "asc" },
    });
    expect(logged.map((l) => [l.ledger, l.action, JSON.parse(l.filtersJson)])).toEqual([
      ["daily", "view", { runId: mine.run.id, checkDate: "2026-10-09" }],
      ["monthly", "view", { meetingId: mine.meeting.id, month: "2026-10" }],
    ]);

    // a draft is not a record yet; another enterprise's ids do not open through this grant
    await expect(
      inspector.regulator.dailyRun({ organizationId: a.organizationId, runId: mine.draft.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      inspector.regulator.dailyRun({ organizationId: a.organizationId, runId: theirs.run.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      inspector.regulator.monthlyMeeting({ organizationId: a.organizationId, meetingId: theirs.meeting.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      inspector.regulator.dailyRun({ organizationId: b.organizationId, runId: theirs.run.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      inspector.regulator.monthlyMeeting({ organizationId: b.organizationId, meetingId: theirs.meeting.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      await t.db.regulatorReadLog.count({
        where: { organizationId: b.organizationId, ledger: { in: ["daily", "monthly"] } },
      }),
    ).toBe(0);

    // the daily ledger alone does not open the minutes
    await a.caller.regulatorAccess.revoke({ grantId: g.id });
    await a.caller.regulatorAccess.grant({ agencyId, ledgers: ["daily"] });
    expect((await inspector.regulator.dailyRun({ organizationId: a.organizationId, runId: mine.run.id })).id).toBe(
      mine.run.id,
    );
    expect(
      formErrorOf(
        await rejection(
          inspector.regulator.monthlyMeeting({ organizationId: a.organizationId, meetingId: mine.meeting.id }),
        ),
        "zh-CN",
      ).code,
    ).toBe("GRANT_REQUIRED");
  });
});

describe("a regulator can change nothing but the acknowledgement of a report", () => {
  it("the regulator router has exactly one mutation", () => {
    const mutations = Object.entries(appRouter._def.procedures)
      .filter(
        ([path, p]) =>
          path.startsWith("regulator.") && (p as unknown as { _def: { type: string } })._def.type === "mutation",
      )
      .map(([path]) => path);
    expect(mutations).toEqual(["regulator.acknowledgeReport"]);
  });

  it("every member procedure refuses a regulator (FORBIDDEN or UNAUTHORIZED)", async () => {
    // Self-service account procedures (sign in/out, own password, invitation preview/sign-up) and
    // public health checks and whether billing is on (the public pricing page) are open to anyone
    // signed in; everything else needs a membership.
    const open =
      /^(auth\.|system\.|members\.(previewInvitation|acceptAsNewUser)$|regions\.|regulator\.|billing\.enabled$)/;
    const paths = Object.keys(appRouter._def.procedures).filter((p) => !open.test(p));
    expect(paths.length).toBeGreaterThan(40);
    const refused: string[] = [];
    for (const path of paths) {
      // The caller is a proxy: walk the dotted path to the procedure.
      const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], inspector) as (
        input: unknown,
      ) => Promise<unknown>;
      expect(fn, path).toBeTypeOf("function");
      const error = await fn({ organizationId: a.organizationId }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, path).toBeInstanceOf(TRPCError);
      if (error instanceof TRPCError && ["FORBIDDEN", "UNAUTHORIZED"].includes(error.code)) refused.push(path);
    }
    expect(refused).toEqual(paths);
    // nor can an inspector join an organisation with a valid invitation
    const { token } = await a.caller.members.invite({ roles: ["viewer"] });
    await expect(inspector.members.acceptAsUser({ token })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.membership.count({ where: { user: { email: "inspector@xinbei.test" } } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { actorKind: "regulator" } })).toBe(0);
  });

  it("acknowledges a submitted major-risk report once, audited, only under a live grant", async () => {
    const principal = await t.db.membership.findFirstOrThrow({
      where: { organizationId: a.organizationId },
      select: { userId: true },
    });
    const report = await t.db.majorRiskReport.create({
      data: {
        organizationId: a.organizationId,
        status: "submitted",
        title: "电芯批次鼓包",
        content: "已停产隔离",
        createdByUserId: principal.userId,
        submittedByUserId: principal.userId,
        submittedAt: new Date(),
      },
    });
    for (const g of (await a.caller.regulatorAccess.overview()).grants)
      if (g.live) await a.caller.regulatorAccess.revoke({ grantId: g.id });
    await expect(inspector.regulator.acknowledgeReport({ reportId: report.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await a.caller.regulatorAccess.grant({ agencyId, ledgers: ["sampling"] });
    expect((await inspector.regulator.reports()).map((r) => [r.title, r.status])).toEqual([
      ["电芯批次鼓包", "submitted"],
    ]);
    const ack = await inspector.regulator.acknowledgeReport({ reportId: report.id });
    expect(ack.id).toBe(report.id);
    expect(await t.db.majorRiskReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      status: "acknowledged",
      agencyId,
    });
    expect(
      await t.db.auditEvent.count({
        where: { actorKind: "regulator", action: "major_risk_report.acknowledge", organizationId: a.organizationId },
      }),
    ).toBe(1);
    await expect(inspector.regulator.acknowledgeReport({ reportId: report.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("a major-risk report addressed to an agency", () => {
  it("is in that agency's inbox and acknowledged there without any grant; other agencies never see it", async () => {
    const d = await signUpOrg(t.db, 311);
    expect(await t.db.accessGrant.count({ where: { organizationId: d.organizationId } })).toBe(0);
    const principal = await t.db.membership.findFirstOrThrow({
      where: { organizationId: d.organizationId },
      select: { userId: true },
    });
    const other = await createAgency(t.db, { name: "钟楼区市场监督管理局", level: "district", regionCode: "320404" });
    await addRegulatorUser(t.db, other.id, {
      email: "inspector@zhonglou.test",
      name: "李监管",
      password: TEST_PASSWORD,
    });
    const outsider = (await loginAs(t.db, "inspector@zhonglou.test")).caller;
    const base = {
      organizationId: d.organizationId,
      status: "submitted",
      content: "一、…",
      createdByUserId: principal.userId,
      submittedByUserId: principal.userId,
      submittedAt: new Date(),
    };
    const addressed = await t.db.majorRiskReport.create({ data: { ...base, title: "寄给新北区的报告", agencyId } });
    // An unaddressed report (from before reports named their agency) still needs a grant.
    await t.db.majorRiskReport.create({ data: { ...base, title: "未注明接收部门的报告" } });
    const titles = (await inspector.regulator.reports()).map((r) => r.title);
    expect(titles).toContain("寄给新北区的报告");
    expect(titles).not.toContain("未注明接收部门的报告");
    expect((await outsider.regulator.reports()).map((r) => r.title)).not.toContain("寄给新北区的报告");
    await expect(outsider.regulator.acknowledgeReport({ reportId: addressed.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await inspector.regulator.acknowledgeReport({ reportId: addressed.id });
    expect((await t.db.majorRiskReport.findUniqueOrThrow({ where: { id: addressed.id } })).status).toBe("acknowledged");
  });
});

describe("a hazard's step signatures in the regulator's record view", () => {
  it("shows the rectifier's handwritten signature with the record, as the enterprise's print view does", async () => {
    const c = await signUpOrg(t.db, 321);
    const hazard = await addHazard(c.organizationId, 1, "general", "2099-01-10");
    await c.caller.hazards.transition({ hazardId: hazard.id, action: { type: "start_rectification" } });
    await c.caller.hazards.transition({
      hazardId: hazard.id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "已更换",
        rootCause: "巡检不到位",
        correctiveAction: "纳入月度点检",
        evidenceExceptionReason: "现场更换，无留存照片",
      },
      signature: drawnSignature,
    });
    await c.caller.regulatorAccess.grant({ agencyId, ledgers: ["hazards"] });
    const record = await (
      await nextRequest()
    ).regulator.hazard({ organizationId: c.organizationId, hazardId: hazard.id });
    expect(record.signatures.map((s) => [s.step, s.method, s.imageSvg, s.coversCurrent])).toEqual([
      ["rectification", "drawn", drawnSignature.imageSvg, true],
    ]);
    expect(record.signatures).toEqual((await c.caller.hazards.get({ hazardId: hazard.id })).signatures);
  });
});

describe("every read is logged and shows only the granted ledgers", () => {
  it("logs each read procedure, the enterprise page included, against the enterprise it reads", async () => {
    const c = await signUpOrg(t.db, 303);
    const hazard = await addHazard(c.organizationId, 1, "general", "2099-01-10");
    await c.caller.regulatorAccess.grant({ agencyId, ledgers: ["hazards"] });
    const reader = await nextRequest();
    const org = { organizationId: c.organizationId };
    const reads: Array<[string, () => Promise<unknown>]> = [
      ["overview", () => reader.regulator.enterprises()],
      ["enterprise", () => reader.regulator.enterprise(org)],
      ["hazards", () => reader.regulator.ledger({ ...org, ledger: "hazards", filter: RANGE })],
      ["hazards", () => reader.regulator.hazard({ ...org, hazardId: hazard.id })],
      ["hazards", () => reader.regulator.exportLedger({ ...org, ledger: "hazards", filter: RANGE, format: "csv" })],
      ["dossier", () => reader.regulator.dossier(org)],
      ["dossier", () => reader.regulator.exportDossier({ ...org, format: "csv" })],
    ];
    for (const [ledger, read] of reads) {
      const before = await t.db.regulatorReadLog.count({ where: { organizationId: c.organizationId, ledger } });
      await read();
      const after = await t.db.regulatorReadLog.count({ where: { organizationId: c.organizationId, ledger } });
      expect([ledger, after - before]).toEqual([ledger, 1]);
    }
  });

  it("under a hazards-only grant the dossier shows no section computed from another ledger", async () => {
    const d = await signUpOrg(t.db, 304);
    await d.caller.regulatorAccess.grant({ agencyId, ledgers: ["hazards"] });
    const reader = await nextRequest();
    const dossier = await reader.regulator.dossier({ organizationId: d.organizationId });
    expect(dossier.systems).toEqual([]);
    expect([dossier.certificates, dossier.people, dossier.suppliers]).toEqual([null, null, null]);
    expect(dossier.basics.map((b) => b.key)).toContain("uscc");
    const csv = Buffer.from(
      (await reader.regulator.exportDossier({ organizationId: d.organizationId, format: "csv" })).bytes,
    ).toString("utf8");
    expect(csv).not.toMatch(/制度与机制|日管控|周排查|月调度|风险管控清单|质量安全总监/);
    const log = await t.db.regulatorReadLog.findFirstOrThrow({
      where: { organizationId: d.organizationId, ledger: "dossier", action: "view" },
    });
    expect(JSON.parse(log.filtersJson)).toEqual({ ledgers: ["hazards"] });

    await d.caller.regulatorAccess.grant({ agencyId, ledgers: ["daily", "risk_list"] });
    const wider = await (await nextRequest()).regulator.dossier({ organizationId: d.organizationId });
    expect(wider.systems.map((s) => s.key)).toEqual(["riskList", "dailyMechanism"]);
  });
});
