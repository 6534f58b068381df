// The routines through the tRPC router on a real SQLite file, with the clock injected through
// ctx.now: incomplete records are refused, signed ones only amended, tenancy holds, the weekly
// pre-fill counts a constructed week, and a monthly decision becomes a ledger task.
import type { RouterInputs } from "./app.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { schedulerTick } from "@anzhi/domain/routines/scheduler";
import { clock, createRoutineOrg, refused, sh, type RoutineOrg } from "./routines.fixture.ts";
import { drawnSignature } from "../testing/signature.ts";

let t: TestDb;
let a: RoutineOrg;
let b: RoutineOrg;

beforeAll(async () => {
  t = await createTestDb("anzhi-routines-");
  a = await createRoutineOrg(t.db, "a");
  b = await createRoutineOrg(t.db, "b");
});
afterAll(async () => t?.cleanup());

const ok = (org: RoutineOrg, riskItemId: string, checkDate: string) => ({
  siteId: org.siteId,
  checkDate,
  riskItemId,
  result: "ok" as const,
});

describe("the officer's daily record (Friday 2026-10-09, the week after National Day)", () => {
  it("lists the daily items as due and the weekly/monthly ones as open (the week falls due on the 调休 Saturday)", async () => {
    clock.now = sh("2026-10-09T10:00:00");
    const day = await a.as("officer").routines.daily.day();
    expect(day).toMatchObject({ today: "2026-10-09", date: "2026-10-09", workingDay: true, status: "pending" });
    const items = day.sheets[0]?.items ?? [];
    expect(items.map((i) => [i.riskPoint, i.state, i.dueDate])).toEqual([
      ["电芯来料一致性", "due_today", "2026-10-09"],
      ["焊接工艺参数", "due_today", "2026-10-09"],
      ["成品库温湿度", "due_today", "2026-10-09"],
      ["消防设施点检", "open", "2026-10-10"],
      ["计量器具校准状态", "open", "2026-10-30"],
    ]);
  });

  it("refuses to sign with an unanswered item, lists it, and writes nothing", async () => {
    await a.as("officer").routines.daily.answer(ok(a, a.daily[0] ?? "", "2026-10-09"));
    await a.as("officer").routines.daily.answer(ok(a, a.daily[1] ?? "", "2026-10-09"));
    const r = await refused(
      a.as("officer").routines.daily.submit({ signature: drawnSignature, siteId: a.siteId, checkDate: "2026-10-09" }),
    );
    expect(r).toMatchObject({ code: "BAD_REQUEST", appCode: "RECORD_INCOMPLETE", paths: [`items.${a.daily[2]}`] });
    const run = await t.db.dailyCheckRun.findFirstOrThrow({ where: { organizationId: a.id, checkDate: "2026-10-09" } });
    expect(run).toMatchObject({ status: "draft", signedAt: null, submittedAt: null });
    expect(await t.db.auditEvent.count({ where: { entityId: run.id, action: "daily_check.submit" } })).toBe(0);
  });

  it("a problem opens a hazard from the same screen; signing marks the record with the officer and time", async () => {
    const problem = await a.as("officer").routines.daily.answer({
      siteId: a.siteId,
      checkDate: "2026-10-09",
      riskItemId: a.daily[2] ?? "",
      result: "problem",
      note: "成品库湿度 82%，超出 ≤75% 要求",
      immediateAction: "开启除湿机，隔离受潮批次",
      openHazard: { severity: "general", dueDate: "2026-10-16", ownerUserId: a.ids.director },
    });
    expect(problem.hazard?.hazardNo).toBe("YH-2026-0001");
    const hazard = await t.db.hazard.findUniqueOrThrow({ where: { id: problem.hazard?.id ?? "" } });
    expect(hazard).toMatchObject({
      source: "daily_check",
      dailyEntryId: problem.entryId,
      riskItemId: a.daily[2],
      siteId: a.siteId,
      status: "open",
      ownerUserId: a.ids.director,
    });

    clock.now = sh("2026-10-09T17:20:00");
    const key = { siteId: a.siteId, checkDate: "2026-10-09", signature: drawnSignature };
    // Whom and when are stated, never defaulted (issue 13): both required with a problem…
    expect((await refused(a.as("officer").routines.daily.submit(key))).paths).toEqual([
      "reportedToUserId",
      "reportedAt",
    ]);
    // …to an appointed director or principal (the viewer holds no appointment)…
    const reportedAt = sh("2026-10-09T17:05:00").toISOString();
    expect(
      (await refused(a.as("officer").routines.daily.submit({ ...key, reportedToUserId: a.ids.viewer, reportedAt })))
        .paths,
    ).toEqual(["reportedToUserId"]);
    // …at a time between the check day's start and now.
    expect(
      (
        await refused(
          a.as("officer").routines.daily.submit({
            ...key,
            reportedToUserId: a.ids.director,
            reportedAt: sh("2026-10-09T18:00:00").toISOString(),
          }),
        )
      ).paths,
    ).toEqual(["reportedAt"]);
    expect(
      (await a.as("officer").routines.daily.reportTargets({ date: "2026-10-09" })).people.map((p) => [
        p.userId,
        p.role,
      ]),
    ).toEqual([
      [a.ids.director, "director"],
      [a.ids.principal, "principal"],
    ]);
    const signed = await a
      .as("officer")
      .routines.daily.submit({ ...key, reportedToUserId: a.ids.director, reportedAt });
    expect(signed).toMatchObject({ late: false, zeroRisk: false });
    const run = await a.as("viewer").routines.daily.get({ runId: signed.runId });
    expect(run).toMatchObject({
      reportedTo: "director",
      reportedToName: "a-director",
      reportedAt: new Date(reportedAt),
    });
    // The person reported to is told at once.
    const told = await t.db.notification.findMany({
      where: { kind: "daily_problem_reported", entityId: signed.runId },
      select: { userId: true, title: true },
    });
    expect(told).toEqual([{ userId: a.ids.director, title: "a-officer上报 2026-10-09 每日检查发现的 1 个问题" }]);
    expect(run).toMatchObject({
      status: "submitted",
      signedByName: "a-officer",
      signedAt: sh("2026-10-09T17:20:00"),
      officerName: "a-officer",
      hazardSummary: "成品库温湿度：成品库湿度 82%，超出 ≤75% 要求",
    });
    expect(run.entries.map((e) => [e.riskPoint, e.result, e.hazard?.hazardNo ?? null])).toEqual([
      ["电芯来料一致性", "ok", null],
      ["焊接工艺参数", "ok", null],
      ["成品库温湿度", "problem", "YH-2026-0001"],
    ]);
    expect(
      await t.db.auditEvent.count({
        where: { entityId: signed.runId, action: "daily_check.submit", actorUserId: a.ids.officer },
      }),
    ).toBe(1);
  });

  it("a signed record cannot be edited, only amended; the amendment keeps the original value", async () => {
    const edit = await refused(
      a.as("officer").routines.daily.answer({ ...ok(a, a.daily[0] ?? "", "2026-10-09"), note: "改一下" }),
    );
    expect(edit.appCode).toBe("RECORD_ALREADY_SIGNED");
    const run = await t.db.dailyCheckRun.findFirstOrThrow({
      where: { organizationId: a.id, checkDate: "2026-10-09", officerUserId: a.ids.officer },
    });
    const entry = await t.db.dailyCheckEntry.findFirstOrThrow({ where: { runId: run.id, riskItemId: a.daily[2] } });
    const noReason = await refused(a.as("officer").routines.daily.amend({ runId: run.id, reason: "", remarks: "x" }));
    expect(noReason.paths).toEqual(["reason"]);
    await a.as("officer").routines.daily.amend({
      runId: run.id,
      reason: "补记湿度计编号",
      entries: [{ entryId: entry.id, note: "成品库湿度 82%（湿度计 HM-03），超出 ≤75% 要求" }],
    });
    const after = await a.as("director").routines.daily.get({ runId: run.id });
    expect(after).toMatchObject({ status: "amended", revision: 2 });
    expect(after.entries[2]?.note).toBe("成品库湿度 82%（湿度计 HM-03），超出 ≤75% 要求");
    expect(after.amendments).toEqual([
      expect.objectContaining({
        version: 2,
        reason: "补记湿度计编号",
        amendedByName: "a-officer",
        changes: {
          "entries.3.note": {
            from: "成品库湿度 82%，超出 ≤75% 要求",
            to: "成品库湿度 82%（湿度计 HM-03），超出 ≤75% 要求",
          },
        },
      }),
    ]);
    expect(await t.db.auditEvent.count({ where: { entityId: run.id, action: "daily_check.amend" } })).toBe(1);
    // another officer may not amend it
    expect(
      (await refused(a.as("officer2").routines.daily.amend({ runId: run.id, reason: "x", remarks: "y" }))).code,
    ).toBe("FORBIDDEN");
  });

  it("an officer of organisation B cannot read, amend or write into organisation A's records", async () => {
    const run = await t.db.dailyCheckRun.findFirstOrThrow({ where: { organizationId: a.id } });
    expect((await refused(b.as("officer").routines.daily.get({ runId: run.id }))).code).toBe("NOT_FOUND");
    expect(
      (await refused(b.as("officer").routines.daily.amend({ runId: run.id, reason: "x", remarks: "y" }))).code,
    ).toBe("NOT_FOUND");
    expect((await refused(b.as("officer").routines.daily.answer(ok(a, a.daily[0] ?? "", "2026-10-09")))).code).toBe(
      "NOT_FOUND",
    );
    expect((await t.db.dailyCheckRun.findUniqueOrThrow({ where: { id: run.id } })).revision).toBe(2);
    expect(await t.db.dailyCheckRun.count({ where: { organizationId: b.id } })).toBe(0);
  });

  it("零风险 in one confirmed tap, late when signed the next day; a viewer cannot sign", async () => {
    clock.now = sh("2026-10-10T08:30:00");
    // signing without the confirmation, sent on purpose
    const unconfirmed = { siteId: a.siteId, checkDate: "2026-10-09", signature: drawnSignature } as {
      siteId: string;
      checkDate: string;
      confirm: true;
      signature: typeof drawnSignature;
    };
    expect((await refused(a.as("officer2").routines.daily.signAllOk(unconfirmed))).paths).toEqual(["confirm"]);
    expect(
      (
        await refused(
          a.as("viewer").routines.daily.signAllOk({
            signature: drawnSignature,
            siteId: a.siteId,
            checkDate: "2026-10-09",
            confirm: true,
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const signed = await a.as("officer2").routines.daily.signAllOk({
      signature: drawnSignature,
      siteId: a.siteId,
      checkDate: "2026-10-09",
      confirm: true,
    });
    expect(signed).toMatchObject({ late: true, zeroRisk: true });
    // the weekly item checked by officer2 on Friday (optional then) is no longer listed on Saturday
    const saturday = await a.as("officer2").routines.daily.day();
    expect(saturday.sheets[0]?.items.map((i) => i.riskPoint)).toEqual([
      "电芯来料一致性",
      "焊接工艺参数",
      "成品库温湿度",
    ]);
  });

  it("其余正常 answers the remaining items OK without signing", async () => {
    clock.now = sh("2026-10-12T09:00:00");
    await b.as("officer").routines.daily.answer({
      siteId: b.siteId,
      checkDate: "2026-10-12",
      riskItemId: b.daily[0] ?? "",
      result: "problem",
      note: "电芯批次混放",
      immediateAction: "隔离",
    });
    await b.as("officer").routines.daily.restOk({ siteId: b.siteId, checkDate: "2026-10-12" });
    const day = await b.as("officer").routines.daily.day();
    expect(day.sheets[0]?.entries.map((e) => e.result)).toEqual(["problem", "ok", "ok", "ok", "ok"]);
    expect(day.sheets[0]?.run?.status).toBe("draft");
    expect(
      (
        await refused(
          b.as("officer").routines.daily.signAllOk({
            signature: drawnSignature,
            siteId: b.siteId,
            checkDate: "2026-10-12",
            confirm: true,
          }),
        )
      ).code,
    ).toBe("CONFLICT");
  });

  it("on a rest day nothing is due, but the officer may record a voluntary check", async () => {
    clock.now = sh("2026-10-11T10:00:00"); // Sunday
    const sunday = await b.as("officer2").routines.daily.day();
    expect(sunday).toMatchObject({ workingDay: false, status: "rest" });
    expect(sunday.sheets[0]?.items.map((i) => [i.frequency, i.state])).toEqual([
      ["daily", "open"],
      ["daily", "open"],
      ["daily", "open"],
    ]);
    expect(
      (
        await refused(
          b
            .as("officer2")
            .routines.daily.submit({ signature: drawnSignature, siteId: b.siteId, checkDate: "2026-10-11" }),
        )
      ).appCode,
    ).toBe("RECORD_INCOMPLETE");
    await b.as("officer2").routines.daily.answer(ok(b, b.daily[0] ?? "", "2026-10-11"));
    expect(
      await b
        .as("officer2")
        .routines.daily.submit({ signature: drawnSignature, siteId: b.siteId, checkDate: "2026-10-11" }),
    ).toMatchObject({
      late: false,
      zeroRisk: true,
    });
  });

  it("a non-operating day is recorded and signed with its reason", async () => {
    const r = await a.as("officer").routines.daily.notOperating({
      signature: drawnSignature,
      siteId: a.siteId,
      checkDate: "2026-10-10",
      reason: "停电检修",
    });
    const run = await a.as("officer").routines.daily.get({ runId: r.runId });
    expect(run).toMatchObject({
      operatingStatus: "not_operating",
      notOperatingReason: "停电检修",
      status: "submitted",
      entries: [],
    });
  });
});

describe("the weekly report of 2026-W41 (working days Thu 8, Fri 9 and the 调休 Saturday 10 October)", () => {
  it("pre-fills checked/missed/late per officer, problems, hazards and ERP inspection failures", async () => {
    await t.db.inspectionRecord.createMany({
      data: [
        {
          organizationId: a.id,
          kind: "incoming",
          itemName: "电芯",
          specModel: "18650",
          batchNo: "B-1009",
          quantity: 1000,
          unit: "只",
          inspectedAt: sh("2026-10-09T09:00:00"),
          inspectionDate: "2026-10-09",
          result: "fail",
          inspector: "张三",
          contentHash: "h1",
          source: "web",
        },
        {
          organizationId: a.id,
          kind: "outgoing",
          itemName: "电池包",
          specModel: "48V",
          batchNo: "P-1009",
          quantity: 20,
          unit: "套",
          inspectedAt: sh("2026-10-09T15:00:00"),
          inspectionDate: "2026-10-09",
          result: "pass",
          inspector: "李四",
          contentHash: "h2",
          source: "web",
        },
        {
          organizationId: a.id,
          kind: "incoming",
          itemName: "镍带",
          specModel: "0.15",
          batchNo: "N-1012",
          quantity: 5,
          unit: "卷",
          inspectedAt: sh("2026-10-12T09:00:00"),
          inspectionDate: "2026-10-12",
          result: "fail",
          inspector: "张三",
          contentHash: "h3",
          source: "web",
        },
      ],
    });
    // The database stamps hazard.createdAt with the real time; put it on the simulated day.
    await t.db.hazard.updateMany({ where: { organizationId: a.id }, data: { createdAt: sh("2026-10-09T10:05:00") } });
    clock.now = sh("2026-10-12T09:00:00");
    const p = await a.as("director").routines.weekly.prefill({ week: "2026-W41" });
    expect(p.officers.map((o) => [o.name, o.expected, o.checked, o.late, o.missed, o.notOperating])).toEqual([
      ["a-officer", 3, 1, 0, 1, 1],
      ["a-officer2", 3, 1, 1, 2, 0],
    ]);
    // Thursday 8th: both missed; Friday: officer on time, officer2 late; Saturday: officer not operating, officer2 missed
    expect(p.stats).toMatchObject({
      expectedDays: 6,
      recordedDays: 3,
      lateRecords: 1,
      missedDays: 3,
      notOperatingDays: 1,
      problemItems: 1,
      hazardsOpened: 1,
      hazardsClosed: 0,
      inspectionFailures: 1,
    });
    expect(p.problems).toEqual([
      expect.objectContaining({
        date: "2026-10-09",
        officerName: "a-officer",
        riskPoint: "成品库温湿度",
        hazardNo: "YH-2026-0001",
      }),
    ]);
    expect(p.inspectionFailures.map((f) => f.batchNo)).toEqual(["B-1009"]);
    // One findings list: the daily check's hazard and the failure that opened none, each once.
    expect(p.findings.map((f) => [f.date, f.source, f.hazardNo, f.text])).toEqual([
      ["2026-10-09", "daily_check", "YH-2026-0001", expect.any(String)],
      ["2026-10-09", "erp_inspection", null, "检验不合格：电芯 批次 B-1009"],
    ]);
  });

  it("the director signs it (late: due Saturday), a hazard found opens in the ledger, a second report is refused", async () => {
    const report = {
      week: "2026-W41",
      screeningDate: "2026-10-10",
      siteIds: [a.siteId],
      participantUserIds: [a.ids.director, a.ids.officer],
      lastWeekFollowUp: "节前隐患均已整改",
      hazardsFound: [
        {
          description: "灭火器压力不足",
          stage: "management",
          severity: "general",
          measure: "更换灭火器",
          ownerUserId: a.ids.officer,
          dueDate: "2026-10-16",
        },
      ],
      managementEvaluation: "总体受控，两天漏检需整改",
      nextWeekPriorities: "督促按日检查，跟踪湿度问题",
      signature: drawnSignature,
    } satisfies RouterInputs["routines"]["weekly"]["file"];
    expect((await refused(a.as("officer").routines.weekly.file(report))).code).toBe("FORBIDDEN");
    const filed = await a.as("director").routines.weekly.file(report);
    expect(filed).toMatchObject({ late: true, hazards: ["YH-2026-0002"] });
    const detail = await a.as("principal").routines.weekly.get({ id: filed.id });
    expect(detail).toMatchObject({
      week: "2026-W41",
      status: "submitted",
      signedByName: "a-director",
      assessment: "总体受控，两天漏检需整改",
      measures: "更换灭火器",
      late: true,
    });
    expect(detail.stats).toMatchObject({ missedDays: 3, inspectionFailures: 1 });
    expect(detail.hazards.map((h) => h.hazardNo)).toEqual(["YH-2026-0002"]);
    // The signed findings are the pre-filled ones plus the screening's: the ERP failure included,
    // and no "nothing found" statement beside them.
    expect(detail.stats.findings?.map((f) => f.hazardNo ?? f.text)).toEqual([
      "YH-2026-0001",
      "检验不合格：电芯 批次 B-1009",
      "YH-2026-0002",
    ]);
    expect(detail.hazardsSummary?.split("\n")).toEqual([
      expect.stringMatching(/^2026-10-09 日管控 YH-2026-0001 /),
      "2026-10-09 进货/出厂检验 检验不合格：电芯 批次 B-1009",
      "2026-10-10 周排查 YH-2026-0002 灭火器压力不足",
    ]);
    expect(detail.noHazardStatement).toBeNull();
    expect((await refused(a.as("director").routines.weekly.file(report))).appCode).toBe("RECORD_PERIOD_DUPLICATE");
    const weeks = await a.as("director").routines.weekly.list();
    expect(weeks.find((w) => w.week === "2026-W41")).toMatchObject({ status: "signed_late", dueDate: "2026-10-10" });
    expect(weeks.find((w) => w.week === "2026-W40")).toMatchObject({ status: "overdue", report: null });
  });

  it("asks for the no-finding statement only when the week found nothing, and keeps it then", async () => {
    // An organisation of its own, so the other tests' calendars and reminders stay as they were.
    const c = await createRoutineOrg(t.db, "c");
    const empty = {
      week: "2026-W41",
      screeningDate: "2026-10-10",
      siteIds: [c.siteId],
      participantUserIds: [c.ids.director],
      lastWeekFollowUp: "无遗留问题",
      hazardsFound: [],
      managementEvaluation: "受控",
      nextWeekPriorities: "按日检查",
      signature: drawnSignature,
    } satisfies RouterInputs["routines"]["weekly"]["file"];
    expect((await c.as("director").routines.weekly.prefill({ week: "2026-W41" })).findings).toEqual([]);
    const refusal = await refused(c.as("director").routines.weekly.file(empty));
    expect(refusal.paths).toEqual(["noHazardStatement"]);
    const filed = await c
      .as("director")
      .routines.weekly.file({ ...empty, noHazardStatement: "本周日管控和周排查未发现风险隐患" });
    const detail = await c.as("director").routines.weekly.get({ id: filed.id });
    expect(detail).toMatchObject({ hazardsSummary: null, noHazardStatement: "本周日管控和周排查未发现风险隐患" });
    expect(detail.stats.findings).toEqual([]);
  });
});

describe("the monthly meeting of October 2026", () => {
  const minutes = (chair: string) => ({
    month: "2026-10",
    meetingAt: "2026-10-30T15:00:00+08:00",
    place: "一号会议室",
    chairUserId: chair,
    recorder: "王记录",
    attendeeUserIds: [a.ids.principal, a.ids.director, a.ids.officer],
    directorReport: "本月日管控基本落实，存在漏检",
    mainProblems: "成品库湿度超标",
    rectificationProgress: "除湿机已安装",
    unresolvedIssues: "无",
    decisions: [
      { content: "成品库加装温湿度在线监测", ownerUserId: a.ids.director, dueDate: "2026-11-20" },
      { content: "全员学习《质量安全员守则》" },
    ],
    nextMonthPlan: "1. 每周抽查成品库温湿度记录\n2. 组织消防演练",
    signature: drawnSignature,
  });

  it("only the principal signs; a decision with owner and due date becomes a task in the task ledger, not a hazard", async () => {
    clock.now = sh("2026-10-30T16:00:00");
    expect((await refused(a.as("director").routines.monthly.sign(minutes(a.ids.director)))).code).toBe("FORBIDDEN");
    const hazardsBefore = await t.db.hazard.count({ where: { organizationId: a.id } });
    const signed = await a.as("principal").routines.monthly.sign(minutes(a.ids.principal));
    expect(signed).toMatchObject({ late: false });
    expect(signed.tasks).toHaveLength(1);
    const detail = await a.as("officer").routines.monthly.get({ id: signed.id });
    expect(detail).toMatchObject({ chairName: "a-principal", signedByName: "a-principal", status: "submitted" });
    expect(detail.decisions.map((d) => [d.content, d.ownerName, d.dueDate, d.hazard?.hazardNo ?? null])).toEqual([
      ["成品库加装温湿度在线监测", "a-director", "2026-11-20", null],
      ["全员学习《质量安全员守则》", null, null, null],
    ]);
    expect(detail.planItems).toEqual([
      { seq: 1, forMonth: "2026-11", content: "每周抽查成品库温湿度记录" },
      { seq: 2, forMonth: "2026-11", content: "组织消防演练" },
    ]);
    // The hazard ledger and its figures are untouched by decisions.
    expect(await t.db.hazard.count({ where: { organizationId: a.id } })).toBe(hazardsBefore);
    expect(await t.db.hazard.count({ where: { organizationId: a.id, source: "monthly_meeting" } })).toBe(0);
    const [task] = await a.as("viewer").routines.tasks.list();
    expect(task).toMatchObject({
      id: signed.tasks[0],
      month: "2026-10",
      seq: 1,
      content: "成品库加装温湿度在线监测",
      owner: { id: a.ids.director },
      dueDate: "2026-11-20",
      status: "open",
      overdue: false,
    });
    expect(await t.db.auditEvent.count({ where: { entityId: signed.id, action: "monthly_meeting.sign" } })).toBe(1);
  });

  it("tracks a task's progress by its owner, pre-fills it into the next minutes until it is done, and keeps it closed", async () => {
    clock.now = sh("2026-11-25T10:00:00");
    const [task] = await a.as("viewer").routines.tasks.list({ status: "open" });
    const taskId = task?.id ?? "";
    expect(task?.overdue).toBe(true);
    // Not the owner, not a principal or director: refused.
    expect(
      (await refused(a.as("officer").routines.tasks.update({ taskId, status: "in_progress", progressNote: "x" }))).code,
    ).toBe("FORBIDDEN");
    const noNote = await refused(a.as("director").routines.tasks.update({ taskId, status: "done" }));
    expect(noNote.code).toBe("BAD_REQUEST");
    await a.as("director").routines.tasks.update({ taskId, status: "in_progress", progressNote: "设备已到货，待安装" });
    const november = await a.as("principal").routines.monthly.prefill({ month: "2026-11" });
    expect(november.openTasks.map((x) => [x.content, x.status, x.progressNote])).toEqual([
      ["成品库加装温湿度在线监测", "in_progress", "设备已到货，待安装"],
    ]);
    await a
      .as("director")
      .routines.tasks.update({ taskId, status: "done", closingNote: "11月26日安装完成并接入报警，已验收" });
    expect((await a.as("principal").routines.monthly.prefill({ month: "2026-11" })).openTasks).toEqual([]);
    const done = (await a.as("viewer").routines.tasks.list({ status: "done" }))[0];
    expect(done).toMatchObject({
      status: "done",
      overdue: false,
      closingNote: "11月26日安装完成并接入报警，已验收",
      closedBy: { id: a.ids.director },
    });
    expect(
      (await refused(a.as("principal").routines.tasks.update({ taskId, status: "in_progress", progressNote: "再开" })))
        .code,
    ).toBe("CONFLICT");
    expect(
      await t.db.auditEvent.findMany({
        where: { entityId: taskId },
        orderBy: { seq: "asc" },
        select: { action: true, actorUserId: true },
      }),
    ).toEqual([
      { action: "meeting_task.progress", actorUserId: a.ids.director },
      { action: "meeting_task.close", actorUserId: a.ids.director },
    ]);
    // Another organisation does not find it.
    expect(
      (await refused(b.as("principal").routines.tasks.update({ taskId, status: "in_progress", progressNote: "x" })))
        .code,
    ).toBe("NOT_FOUND");
  });
});

describe("the enterprise calendar", () => {
  it("directors edit their own production days (officers cannot); the weekly due date follows", async () => {
    // Friday 9 October: the 调休 Saturday 10 October is still ahead, so it can still be made a rest day.
    clock.now = sh("2026-10-09T10:00:00");
    expect(
      (
        await refused(
          b.as("officer").routines.calendar.update({
            weekdays: [1, 2, 3, 4, 5],
            followsPublicHolidays: true,
            workingDays: [],
            restDays: ["2026-10-10"],
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const bad = await refused(
      b.as("director").routines.calendar.update({
        weekdays: [1, 2, 3, 4, 5],
        followsPublicHolidays: true,
        workingDays: ["2026-02-30"],
        restDays: [],
      }),
    );
    expect(bad.paths).toEqual(["workingDays.0"]);
    await b.as("director").routines.calendar.update({
      weekdays: [1, 2, 3, 4, 5, 6],
      followsPublicHolidays: true,
      workingDays: [],
      restDays: ["2026-10-10"],
    });
    expect(await b.as("officer").routines.calendar.get()).toEqual({
      weekdays: [1, 2, 3, 4, 5, 6],
      followsPublicHolidays: true,
      workingDays: [],
      restDays: ["2026-10-10"],
    });
    expect(await t.db.organization.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ workingWeekdays: 63 });
    clock.now = sh("2026-10-12T09:00:00");
    const weeks = await b.as("director").routines.weekly.list();
    // W41 now ends on Friday 9 Oct (the 调休 Saturday is the enterprise's rest day); W42 on Saturday 17 Oct
    expect(weeks.find((w) => w.week === "2026-W41")?.dueDate).toBe("2026-10-09");
    expect(weeks.find((w) => w.week === "2026-W42")?.dueDate).toBe("2026-10-17");
    // History is closed: 10 October is past now, so taking the rest day back is refused …
    const closed = await refused(
      b.as("director").routines.calendar.update({
        weekdays: [1, 2, 3, 4, 5],
        followsPublicHolidays: true,
        workingDays: [],
        restDays: [],
      }),
    );
    expect(closed.paths).toEqual(["restDays"]);
    // … while a new weekly pattern applies from today on: Saturday 10 Oct stays as it was, 17 Oct no longer works.
    await b.as("director").routines.calendar.update({
      weekdays: [1, 2, 3, 4, 5],
      followsPublicHolidays: true,
      workingDays: [],
      restDays: ["2026-10-10"],
    });
    const after = await b.as("director").routines.weekly.list();
    expect(after.find((w) => w.week === "2026-W41")?.dueDate).toBe("2026-10-09");
    expect(after.find((w) => w.week === "2026-W42")?.dueDate).toBe("2026-10-16");
    expect(await t.db.auditEvent.count({ where: { organizationId: b.id, action: "calendar.update" } })).toBe(2);
  });
});

describe("the ledgers as XLSX", () => {
  it("exports the three ledgers for a date range with Chinese headers, missed days included", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const range = { from: "2026-10-08", to: "2026-10-31" };
    const daily = await a.as("viewer").routines.daily.exportXlsx(range);
    expect(daily.contentDisposition).toBe(
      `attachment; filename="daily-ledger_2026-10-08_2026-10-31.xlsx"; filename*=UTF-8''${encodeURIComponent("日管控台账_2026-10-08_2026-10-31.xlsx")}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(daily.bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.getRow(3).values).toEqual([
      undefined,
      "检查日期",
      "质量安全员",
      "状态",
      "场所",
      "零风险",
      "发现问题数",
      "签字时间",
      "记录状态",
    ]);
    const row = (date: string, officer: string) =>
      sheet
        ?.getRows(4, 200)
        ?.find((r) => r.getCell(1).value === date && r.getCell(2).value === officer)
        ?.getCell(3).value;
    expect(row("2026-10-08", "a-officer")).toBe("缺失");
    expect(row("2026-10-09", "a-officer2")).toBe("迟交");
    expect(row("2026-10-10", "a-officer")).toBe("未生产/未营业");
    const weekly = await a.as("viewer").routines.weekly.exportXlsx(range);
    await wb.xlsx.load(Buffer.from(weekly.bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.at(-1)?.getRow(4).getCell(1).value).toBe("2026-W41");
    const monthly = await a.as("viewer").routines.monthly.exportXlsx(range);
    expect(monthly.fileName).toBe("月调度台账_2026-10-08_2026-10-31.xlsx");
    expect(
      (await refused(a.as("viewer").routines.monthly.exportXlsx({ from: "2026-10-31", to: "2026-10-01" }))).code,
    ).toBe("BAD_REQUEST");
  });
});

describe("reminders from the scheduler tick", () => {
  it("writes each due reminder once, however often it runs", async () => {
    const friday = sh("2026-10-16T09:00:00"); // W42's last working day; nobody in B has checked
    const first = await schedulerTick(t.db, friday);
    const again = await schedulerTick(t.db, friday);
    expect(first.errors).toEqual([]);
    expect(first.reminders).toBeGreaterThan(0);
    expect(again.reminders).toBe(0);
    clock.now = friday;
    const officer = await b.as("officer").routines.reminders.list();
    expect(officer.items.map((r) => [r.kind, r.ref]).sort()).toEqual([
      ["daily_due", "2026-10-16"],
      ["daily_missing", "2026-10-15"],
    ]);
    const director = await b.as("director").routines.reminders.list();
    expect(director.items.map((r) => [r.kind, r.ref]).sort()).toEqual([
      ["weekly_due", "2026-W42"],
      ["weekly_overdue", "2026-W41"],
    ]);
    const principal = await b.as("principal").routines.reminders.list();
    expect(principal.items.map((r) => [r.kind, r.ref])).toEqual([["monthly_overdue", "2026-09"]]);
    await b.as("officer").routines.reminders.markRead({ id: officer.items[0]?.id ?? "" });
    expect((await b.as("officer").routines.reminders.list()).unread).toBe(1);
    expect((await refused(a.as("officer").routines.reminders.markRead({ id: officer.items[1]?.id ?? "" }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("also runs the certificate check: a CCC product without a valid certificate becomes a hazard, once", async () => {
    const product = await t.db.product.create({
      data: {
        organizationId: b.id,
        name: "电动自行车充电器",
        model: "CH-48",
        productGroupId: "e-bike-battery-charger",
        scopeRoutesJson: '["ccc"]',
        siteId: b.siteId,
      },
    });
    const first = await schedulerTick(t.db, sh("2026-10-13T09:00:00"));
    const second = await schedulerTick(t.db, sh("2026-10-13T09:05:00"));
    expect(first.certificateHazards).toBe(1);
    expect(second.certificateHazards).toBe(0);
    expect(
      await t.db.hazard.count({ where: { organizationId: b.id, productId: product.id, source: "certificate" } }),
    ).toBe(1);
  });
});
