// Handwritten signatures on the daily record (docs/decisions/032) through the tRPC router: the
// drawing is stored with the record's content hash and the signed-in signer (the input cannot name
// one), an amended record no longer carries the old signature as covering it, a typed-name
// signature must be the signer's own name, a drawing with anything but strokes is refused, and
// another organisation neither sees nor can remove it (append-only). The weekly report, the monthly
// minutes, a proposal and its decision, and the appointee's acknowledgement of their duties require one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { signaturesOf } from "@anzhi/domain/signatures/record-signatures";
import { clock, createRoutineOrg, refused, sh, type RoutineOrg } from "./routines.fixture.ts";
import type { RouterInputs } from "./app.ts";

// The register's phone numbers are encrypted with the key the appointment fixture uses (testing/appoint.ts).
process.env.ANZHI_ENCRYPTION_KEY = "07".repeat(32);

let t: TestDb;
let a: RoutineOrg;
let b: RoutineOrg;

beforeAll(async () => {
  t = await createTestDb("anzhi-signatures-");
  a = await createRoutineOrg(t.db, "a");
  b = await createRoutineOrg(t.db, "b");
});
afterAll(async () => t?.cleanup());

const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150" width="300" height="150">' +
  '<path d="M 10 80 C 40 20 80 140 120 60 S 200 40 260 90" fill="none" stroke="black" stroke-width="2"/></svg>';
const day = { checkDate: "2026-10-10", reason: "停电检修" };

describe("signing the daily record with a handwritten signature", () => {
  it("stores the drawing bound to the record's content hash and the signed-in officer", async () => {
    clock.now = sh("2026-10-10T18:00:00");
    // the signer is the session's user: a signer in the input is refused, not honoured
    const named = await refused(
      a.as("officer").routines.daily.notOperating({
        siteId: a.siteId,
        ...day,
        signature: { method: "drawn", imageSvg: drawing, signerUserId: a.ids.director } as never,
      }),
    );
    expect(named.paths).toEqual(["signature"]);
    const { runId } = await a
      .as("officer")
      .routines.daily.notOperating({ siteId: a.siteId, ...day, signature: { method: "drawn", imageSvg: drawing } });
    const run = await a.as("director").routines.daily.get({ runId });
    expect(run.signatures).toEqual([
      {
        step: "record",
        method: "drawn",
        imageSvg: drawing,
        typedName: null,
        signerName: "a-officer",
        coversCurrent: true,
      },
    ]);
    const row = await t.db.recordSignature.findFirstOrThrow({ where: { recordId: runId } });
    expect(row).toMatchObject({ signerUserId: a.ids.officer, contentHash: run.contentHash, signedAt: clock.now });
  });

  it("refuses each of the three daily signings without a signature, on the signature field, writing nothing", async () => {
    clock.now = sh("2026-10-10T17:30:00");
    const key = { siteId: a.siteId, checkDate: "2026-10-09" };
    const before = await t.db.recordSignature.count();
    const attempts = [
      () => a.as("officer").routines.daily.notOperating({ ...key, reason: day.reason } as never),
      () => a.as("officer").routines.daily.signAllOk({ ...key, confirm: true } as never),
      () => a.as("officer").routines.daily.submit(key as never),
    ];
    for (const attempt of attempts)
      expect(await refused(attempt())).toMatchObject({ code: "BAD_REQUEST", paths: ["signature"] });
    expect(await t.db.dailyCheckRun.count({ where: { checkDate: "2026-10-09", status: { not: "draft" } } })).toBe(0);
    expect(await t.db.recordSignature.count()).toBe(before);
  });

  it("an amended record does not carry the old signature as covering it", async () => {
    clock.now = sh("2026-10-10T19:00:00");
    const row = await t.db.recordSignature.findFirstOrThrow({ where: { organizationId: a.id } });
    await a.as("officer").routines.daily.amend({ runId: row.recordId, reason: "补记", remarks: "配电房检修至 20 时" });
    const run = await a.as("officer").routines.daily.get({ runId: row.recordId });
    expect(run.contentHash).not.toBe(row.contentHash);
    expect(run.signatures).toEqual([expect.objectContaining({ signerName: "a-officer", coversCurrent: false })]);
  });

  it("the keyboard alternative must be the signer's own name; a drawing with a script is refused", async () => {
    clock.now = sh("2026-10-10T18:30:00");
    const asOther = await refused(
      a.as("officer2").routines.daily.notOperating({
        siteId: a.siteId,
        ...day,
        signature: { method: "typed", typedName: "a-officer" },
      }),
    );
    expect(asOther).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["signature.typedName"] });
    const script = await refused(
      a.as("officer2").routines.daily.notOperating({
        siteId: a.siteId,
        ...day,
        signature: { method: "drawn", imageSvg: drawing.replace("<path", "<script>alert(1)</script><path") },
      }),
    );
    expect(script.paths).toEqual(["signature.imageSvg"]);
    expect(await t.db.dailyCheckRun.count({ where: { officerUserId: a.ids.officer2, status: { not: "draft" } } })).toBe(
      0,
    );
    const { runId } = await a.as("officer2").routines.daily.notOperating({
      siteId: a.siteId,
      ...day,
      signature: { method: "typed", typedName: " A-Officer2 " },
    });
    expect((await a.as("officer2").routines.daily.get({ runId })).signatures).toEqual([
      expect.objectContaining({ method: "typed", typedName: "A-Officer2", imageSvg: null, coversCurrent: true }),
    ]);
  });

  it("another organisation neither sees nor can remove a signature", async () => {
    const row = await t.db.recordSignature.findFirstOrThrow({ where: { organizationId: a.id } });
    expect((await refused(b.as("director").routines.daily.get({ runId: row.recordId }))).code).toBe("NOT_FOUND");
    expect(await signaturesOf(t.db, b.id, "daily_check_run", row.recordId)).toEqual([]);
    await expect(t.db.recordSignature.delete({ where: { id: row.id } })).rejects.toThrow();
    await expect(
      t.db.recordSignature.update({ where: { id: row.id }, data: { imageSvg: "<svg/>" } }),
    ).rejects.toThrow();
    expect(await t.db.recordSignature.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});

describe("signing the weekly report", () => {
  const weekly = (org: RoutineOrg): RouterInputs["routines"]["weekly"]["file"] => ({
    week: "2026-W41",
    screeningDate: "2026-10-10",
    siteIds: [org.siteId],
    participantUserIds: [org.ids.director],
    lastWeekFollowUp: "无遗留",
    hazardsFound: [],
    noHazardStatement: "本周排查未发现风险隐患",
    managementEvaluation: "总体受控",
    nextWeekPriorities: "继续按日检查",
    signature: { method: "typed", typedName: "a-director" },
  });

  it("refuses a report without a signature on the signature field, and one signed in another's name", async () => {
    clock.now = sh("2026-10-10T16:00:00");
    const { signature: _none, ...unsigned } = weekly(a);
    const missing = await refused(a.as("director").routines.weekly.file(unsigned as never));
    expect(missing).toMatchObject({ code: "BAD_REQUEST", paths: ["signature"] });
    const other = await refused(
      a.as("director").routines.weekly.file({ ...weekly(a), signature: { method: "typed", typedName: "a-principal" } }),
    );
    expect(other).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["signature.typedName"] });
    expect(await t.db.weeklyReport.count({ where: { organizationId: a.id, status: { not: "draft" } } })).toBe(0);
  });

  it("binds the director's signature to the signed report's content hash; the other organisation sees none", async () => {
    clock.now = sh("2026-10-10T16:00:00");
    const { id } = await a.as("director").routines.weekly.file({
      ...weekly(a),
      signature: { method: "drawn", imageSvg: drawing },
    });
    const report = await a.as("principal").routines.weekly.get({ id });
    expect(report.signatures).toEqual([
      {
        step: "record",
        method: "drawn",
        imageSvg: drawing,
        typedName: null,
        signerName: "a-director",
        coversCurrent: true,
      },
    ]);
    const row = await t.db.recordSignature.findFirstOrThrow({ where: { recordType: "weekly_report", recordId: id } });
    expect(row).toMatchObject({ signerUserId: a.ids.director, contentHash: report.contentHash, organizationId: a.id });
    expect((await refused(b.as("director").routines.weekly.get({ id }))).code).toBe("NOT_FOUND");
    expect(await signaturesOf(t.db, b.id, "weekly_report", id)).toEqual([]);
  });
});

describe("signing the monthly minutes", () => {
  const minutes = (org: RoutineOrg): RouterInputs["routines"]["monthly"]["sign"] => ({
    month: "2026-10",
    meetingAt: "2026-10-30T15:00:00+08:00",
    place: "会议室",
    chairUserId: org.ids.principal,
    recorder: "王记录",
    attendeeUserIds: [org.ids.principal, org.ids.director],
    directorReport: "本月总体受控",
    mainProblems: "无",
    rectificationProgress: "无",
    unresolvedIssues: "无",
    decisions: [{ content: "继续执行日管控" }],
    nextMonthPlan: "继续按日检查",
    signature: { method: "typed", typedName: "a-principal" },
  });

  it("refuses minutes without the principal's signature, or signed in the director's name", async () => {
    clock.now = sh("2026-10-30T16:00:00");
    const { signature: _none, ...unsigned } = minutes(a);
    expect(await refused(a.as("principal").routines.monthly.sign(unsigned as never))).toMatchObject({
      code: "BAD_REQUEST",
      paths: ["signature"],
    });
    const other = await refused(
      a
        .as("principal")
        .routines.monthly.sign({ ...minutes(a), signature: { method: "typed", typedName: "a-director" } }),
    );
    expect(other).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["signature.typedName"] });
    expect(await t.db.monthlyMeeting.count({ where: { organizationId: a.id, status: { not: "draft" } } })).toBe(0);
  });

  it("binds the typed-name signature to the minutes' content hash; the other organisation sees none", async () => {
    clock.now = sh("2026-10-30T16:00:00");
    const { id } = await a.as("principal").routines.monthly.sign(minutes(a));
    const signed = await a.as("director").routines.monthly.get({ id });
    expect(signed.signatures).toEqual([
      {
        step: "record",
        method: "typed",
        imageSvg: null,
        typedName: "a-principal",
        signerName: "a-principal",
        coversCurrent: true,
      },
    ]);
    const row = await t.db.recordSignature.findFirstOrThrow({ where: { recordType: "monthly_meeting", recordId: id } });
    expect(row).toMatchObject({ signerUserId: a.ids.principal, contentHash: signed.contentHash });
    expect(await signaturesOf(t.db, b.id, "monthly_meeting", id)).toEqual([]);
  });
});

describe("signing a proposal and the principal's decision", () => {
  const veto = {
    type: "stop_production" as const,
    batchNos: ["B20261010"],
    defectDescription: "电芯鼓包，存在起火风险",
    confirm: true as const,
    signature: { method: "drawn" as const, imageSvg: drawing },
  };

  it("refuses a filing or a decision without a signature, or signed in another's name, writing nothing", async () => {
    clock.now = sh("2026-10-11T09:00:00");
    const { signature: _none, ...unsigned } = veto;
    const missing = await refused(a.as("officer").proposals.create(unsigned as never));
    expect(missing).toMatchObject({ code: "BAD_REQUEST", paths: ["signature"] });
    const other = await refused(
      a.as("officer").proposals.create({ ...veto, signature: { method: "typed", typedName: "a-director" } }),
    );
    expect(other).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["signature.typedName"] });
    expect(await t.db.staffProposal.count({ where: { organizationId: a.id } })).toBe(0);

    const { id } = await a.as("officer").proposals.create(veto);
    const decide = { proposalId: id, decision: "adopted" as const, confirm: true as const };
    expect(await refused(a.as("principal").proposals.decide(decide as never))).toMatchObject({
      code: "BAD_REQUEST",
      paths: ["signature"],
    });
    expect(
      await refused(
        a.as("principal").proposals.decide({ ...decide, signature: { method: "typed", typedName: "a-officer" } }),
      ),
    ).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["signature.typedName"] });
    expect(await t.db.proposalDecision.count({ where: { proposalId: id } })).toBe(0);
    expect(await t.db.recordSignature.count({ where: { recordType: "proposal_decision" } })).toBe(0);
  });

  it("binds the officer's and the principal's signatures to the filed and the decided content hashes", async () => {
    clock.now = sh("2026-10-11T10:00:00");
    const filed = await a.as("officer").proposals.create({ ...veto, defectDescription: "外壳阻燃等级不符" });
    clock.now = sh("2026-10-11T10:30:00");
    const decided = await a.as("principal").proposals.decide({
      proposalId: filed.id,
      decision: "adopted",
      confirm: true,
      signature: { method: "typed", typedName: "a-principal" },
    });
    const view = await a.as("director").proposals.get({ proposalId: filed.id });
    expect(view.signatures).toEqual([
      {
        step: "record",
        method: "drawn",
        imageSvg: drawing,
        typedName: null,
        signerName: "a-officer",
        coversCurrent: true,
      },
    ]);
    expect(view.history.map((d) => d.signatures)).toEqual([
      [
        {
          step: "decision",
          method: "typed",
          imageSvg: null,
          typedName: "a-principal",
          signerName: "a-principal",
          coversCurrent: true,
        },
      ],
    ]);
    const filing = await t.db.recordSignature.findFirstOrThrow({
      where: { recordType: "staff_proposal", recordId: filed.id },
    });
    expect(filing).toMatchObject({ signerUserId: a.ids.officer, contentHash: filed.contentHash, organizationId: a.id });
    const decision = await t.db.recordSignature.findFirstOrThrow({
      where: { recordType: "proposal_decision", recordId: decided.id },
    });
    expect(decision).toMatchObject({
      signerUserId: a.ids.principal,
      contentHash: decided.contentHash,
      step: "decision",
      signedAt: clock.now,
    });
    expect(decided.contentHash).not.toBe(filed.contentHash);
    expect((await refused(b.as("principal").proposals.get({ proposalId: filed.id }))).code).toBe("NOT_FOUND");
    expect(await signaturesOf(t.db, b.id, "staff_proposal", filed.id)).toEqual([]);
  });
});

describe("acknowledging the duties of one's own appointment (确认岗位职责)", () => {
  const mine = async (org: RoutineOrg, who: "officer" | "director" | "principal") =>
    t.db.roleAssignment.findFirstOrThrow({
      where: { organizationId: org.id, userId: org.ids[who], endedOn: null },
      select: { id: true },
    });

  it("refuses no signature, another's name, another person's appointment and another organisation's", async () => {
    clock.now = sh("2026-10-12T09:00:00");
    const { id } = await mine(a, "officer");
    expect(await refused(a.as("officer").appointments.acknowledge({ id } as never))).toMatchObject({
      code: "BAD_REQUEST",
      paths: ["signature"],
    });
    expect(
      await refused(
        a.as("officer").appointments.acknowledge({ id, signature: { method: "typed", typedName: "a-director" } }),
      ),
    ).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["signature.typedName"] });
    // nobody signs for another: the director (who manages the register) cannot acknowledge the officer's post
    expect(
      (
        await refused(
          a.as("director").appointments.acknowledge({ id, signature: { method: "typed", typedName: "a-director" } }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const ofB = await mine(b, "officer");
    expect(
      (
        await refused(
          a.as("officer").appointments.acknowledge({
            id: ofB.id,
            signature: { method: "typed", typedName: "a-officer" },
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await t.db.roleAssignment.count({ where: { id: { in: [id, ofB.id] }, dutyDocAckAt: { not: null } } })).toBe(
      0,
    );
    expect(await t.db.recordSignature.count({ where: { recordType: "appointment" } })).toBe(0);
  });

  it("signs the appointment's hash as the appointee, sets the acknowledged-at time, once", async () => {
    clock.now = sh("2026-10-12T09:30:00");
    const { id } = await mine(a, "officer");
    const done = await a
      .as("officer")
      .appointments.acknowledge({ id, signature: { method: "drawn", imageSvg: drawing } });
    const entry = (await a.as("principal").appointments.list()).find((r) => r.id === id);
    expect(entry).toMatchObject({ dutyDocAckAt: clock.now, dutyDoc: "《质量安全员守则》" });
    expect(entry?.acknowledgement).toEqual([
      {
        step: "acknowledgement",
        method: "drawn",
        imageSvg: drawing,
        typedName: null,
        signerName: "a-officer",
        coversCurrent: true,
      },
    ]);
    const row = await t.db.recordSignature.findFirstOrThrow({ where: { recordType: "appointment", recordId: id } });
    expect(row).toMatchObject({ signerUserId: a.ids.officer, contentHash: done.contentHash, organizationId: a.id });
    expect(await t.db.roleAssignment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      dutyDocAckAt: clock.now,
      dutyDocVersion: "《质量安全员守则》",
    });
    // the hash covers the post's scope: a scope added later no longer matches what was signed
    const site = await t.db.site.create({
      data: { organizationId: a.id, name: "A 二号厂区", type: "factory", address: "常州" },
    });
    await t.db.appointmentScope.create({ data: { organizationId: a.id, roleAssignmentId: id, siteId: site.id } });
    expect((await a.as("officer").appointments.list()).find((r) => r.id === id)?.acknowledgement).toEqual([
      expect.objectContaining({ coversCurrent: false }),
    ]);
    // acknowledged once: a second signing is refused and writes no second row
    expect(
      (
        await refused(
          a.as("officer").appointments.acknowledge({ id, signature: { method: "typed", typedName: "a-officer" } }),
        )
      ).appCode,
    ).toBe("RECORD_ALREADY_SIGNED");
    expect(await t.db.recordSignature.count({ where: { recordType: "appointment", recordId: id } })).toBe(1);
    // the principal's post has no duties document of its own to acknowledge
    const principal = await mine(a, "principal");
    expect(
      (
        await refused(
          a.as("principal").appointments.acknowledge({
            id: principal.id,
            signature: { method: "typed", typedName: "a-principal" },
          }),
        )
      ).code,
    ).toBe("CONFLICT");
  });
});
