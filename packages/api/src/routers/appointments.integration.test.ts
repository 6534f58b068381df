import { buffer } from "node:stream/consumers";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { AppointmentCreateWithDocumentSchema } from "@anzhi/contracts/uploads";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { formErrorOf } from "../form-errors.ts";
import {
  anonymousCaller,
  callerWithToken,
  signUpOrg,
  TEST_PASSWORD,
  tokenFrom,
  type Caller,
} from "../testing/sessions.ts";
import { rejection } from "../testing/org-people.ts";

// Files and the encryption key go to a scratch data folder, never the repository.
process.env.ANZHI_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "anzhi-appt-data-"));
process.env.ANZHI_ENCRYPTION_KEY = "11".repeat(32);

let t: TestDb;
let a: Awaited<ReturnType<typeof signUpOrg>>;
let b: Awaited<ReturnType<typeof signUpOrg>>;
let officer: Caller;
let officerUserId: string;
let siteA: string;
let productA: string;
let siteB: string;

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

beforeAll(async () => {
  t = await createTestDb("anzhi-appointments-");
  a = await signUpOrg(t.db, 201);
  b = await signUpOrg(t.db, 202);
  siteA = (
    await t.db.site.create({
      data: { organizationId: a.organizationId, name: "一号车间", type: "workshop", address: "常州" },
    })
  ).id;
  productA = (
    await t.db.product.create({
      data: {
        organizationId: a.organizationId,
        name: "电动自行车用锂电池",
        model: "48V20Ah",
        productGroupId: "custom",
        isCustom: true,
        scopeRoutesJson: '["ccc"]',
      },
    })
  ).id;
  siteB = (
    await t.db.site.create({
      data: { organizationId: b.organizationId, name: "B 厂区", type: "plant", address: "福州" },
    })
  ).id;
  const { token } = await a.caller.members.invite({ roles: ["officer"] });
  const resHeaders = new Headers();
  const accepted = await anonymousCaller(t.db, { resHeaders }).members.acceptAsNewUser({
    token,
    name: "李安全",
    email: "officer-appt@example.test",
    password: TEST_PASSWORD,
  });
  officerUserId = accepted.userId;
  officer = await callerWithToken(t.db, tokenFrom(resHeaders));
});
afterAll(async () => t?.cleanup());

const officerInput = (): z.input<typeof AppointmentCreateWithDocumentSchema> => ({
  role: "officer",
  personName: "李安全",
  userId: officerUserId,
  employment: "part_time",
  phone: "138 0000 1234",
  idNumber: "11010519491231002X",
  appointedOn: "2026-03-01",
  siteIds: [siteA],
  productIds: [productA],
  document: { fileName: "任命书.pdf", bytes: PDF },
});

describe("appointments", () => {
  it("records an appointment with encrypted phone/ID, scopes and signed document; the appointee acknowledges it", async () => {
    const { id } = await a.caller.appointments.create(officerInput());
    const row = await t.db.roleAssignment.findUniqueOrThrow({ where: { id } });
    expect(row.phoneEnc).toMatch(/^v1:/);
    expect(row.phoneEnc).not.toContain("1234");
    expect(row.idNumberEnc).not.toContain("1949");
    // recording the appointment does not acknowledge the duties for the appointee: they sign themselves
    expect(row).toMatchObject({ dutyDocVersion: null, dutyDocAckAt: null });
    const ack = await officer.appointments.acknowledge({ id, signature: { method: "typed", typedName: "李安全" } });
    expect(await t.db.roleAssignment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      dutyDocVersion: "《质量安全员守则》",
      dutyDocAckAt: expect.any(Date),
    });
    expect(
      await t.db.recordSignature.findFirstOrThrow({ where: { recordType: "appointment", recordId: id } }),
    ).toMatchObject({ signerUserId: officerUserId, method: "typed", contentHash: ack.contentHash });
    const [entry] = await a.caller.appointments.list();
    expect(entry).toMatchObject({
      id,
      role: "officer",
      employment: "part_time",
      phone: "138 0000 1234",
      idNumber: "110***********002X",
      sites: [{ id: siteA, name: "一号车间" }],
      products: [{ id: productA }],
      documents: [{ fileName: "任命书.pdf", mimeType: "application/pdf", purpose: "appointment_doc" }],
    });
    // an officer reads the register with the phone masked, and cannot write it
    const seen = await officer.appointments.list();
    expect(seen[0]?.phone).toBe("138****1234");
    expect((await rejection(officer.appointments.create(officerInput()))).code).toBe("FORBIDDEN");
    const doc = await officer.appointments.document({ fileId: entry?.documents[0]?.id ?? "" });
    expect((await buffer(doc.body)).toString()).toMatch(/^%PDF-/);
    expect(doc.contentDisposition).toMatch(/^attachment; /);
  });

  it("a refused create with a valid document leaves no attachment, no file row and no audit row", async () => {
    const count = async () => ({
      attachments: await t.db.attachment.count(),
      links: await t.db.attachmentLink.count(),
      audit: await t.db.auditEvent.count({ where: { organizationId: a.organizationId } }),
      appointments: await t.db.roleAssignment.count(),
    });
    const before = await count();
    // an unknown appointment to supersede, another organisation's site, and a start before the old one
    // (one at a time: a call started before the previous one is awaited could be refused before
    // anything listens to it — an unhandled rejection on PostgreSQL, whose transactions overlap)
    const refused = [
      () => a.caller.appointments.create({ ...officerInput(), supersedesId: "c0000000000000000000000000" }),
      () => a.caller.appointments.create({ ...officerInput(), siteIds: [siteB] }),
      () => officer.appointments.create(officerInput()),
    ];
    for (const attempt of refused) await rejection(attempt());
    expect(await count()).toEqual(before);
  });

  it("rejects a bad ID number, a wrong file type and scopes of another organisation, writing nothing", async () => {
    const before = await t.db.roleAssignment.count();
    const badId = await rejection(a.caller.appointments.create({ ...officerInput(), idNumber: "110105194912310021" }));
    expect(formErrorOf(badId, "zh-CN").fields.idNumber).toMatch(/校验/);
    const gif = Buffer.from("GIF89a....");
    const badDoc = await rejection(
      a.caller.appointments.create({ ...officerInput(), document: { fileName: "x.gif", bytes: gif } }),
    );
    expect(Object.keys(formErrorOf(badDoc, "zh-CN").fields)).toEqual(["document"]);
    const foreign = await rejection(
      a.caller.appointments.create({ ...officerInput(), document: undefined, siteIds: [siteA, siteB] }),
    );
    expect(formErrorOf(foreign, "zh-CN").fields["siteIds.1"]).toBe("场所不存在");
    expect(await t.db.roleAssignment.count()).toBe(before);
    expect(await t.db.appointmentScope.count({ where: { siteId: siteB } })).toBe(0);
  });

  it("changes an appointment by ending the old row and adding a new one; history stays", async () => {
    const first = await a.caller.appointments.create({
      role: "director",
      personName: "张总监",
      employment: "full_time",
      phone: "13900001111",
      appointedOn: "2026-01-05",
    });
    const second = await a.caller.appointments.create({
      role: "director",
      personName: "赵总监",
      employment: "full_time",
      phone: "13900002222",
      appointedOn: "2026-06-01",
      supersedesId: first.id,
    });
    const list = await a.caller.appointments.list();
    expect(list.find((r) => r.id === first.id)).toMatchObject({
      endedOn: "2026-06-01",
      endReason: "superseded",
      personName: "张总监",
    });
    expect(list.find((r) => r.id === second.id)).toMatchObject({
      endedOn: null,
      supersedesId: first.id,
      dutyDocAckAt: null,
    });
    // an ended appointment cannot be superseded again
    const again = await rejection(
      a.caller.appointments.create({
        role: "director",
        personName: "钱",
        employment: "full_time",
        phone: "13900003333",
        appointedOn: "2026-07-01",
        supersedesId: first.id,
      }),
    );
    expect(formErrorOf(again, "zh-CN").fields.supersedesId).toBeDefined();
    await a.caller.appointments.end({ id: second.id, endedOn: "2026-08-01", endReason: "离职" });
    expect((await a.caller.appointments.list()).find((r) => r.id === second.id)).toMatchObject({
      endedOn: "2026-08-01",
      endReason: "离职",
    });
    expect(
      await t.db.auditEvent.count({
        where: {
          action: { in: ["appointment.create", "appointment.change", "appointment.end"] },
          organizationId: a.organizationId,
        },
      }),
    ).toBeGreaterThanOrEqual(3);
  });

  it("records training with attendees and shows it on each person's entry", async () => {
    const [entry] = (await a.caller.appointments.list()).filter((r) => r.role === "officer");
    const id = entry?.id ?? "";
    await a.caller.appointments.createTraining({
      trainingDate: "2026-03-10",
      topic: "电动自行车锂电池风险管控",
      hours: 2,
      assessmentMethod: "exam",
      attendees: [{ roleAssignmentId: id, score: 92, passed: true }],
    });
    expect(await a.caller.appointments.trainings()).toMatchObject([
      { topic: "电动自行车锂电池风险管控", attendees: [{ personName: "李安全", score: 92, passed: true }] },
    ]);
    expect((await a.caller.appointments.list()).find((r) => r.id === id)?.trainings).toEqual([
      expect.objectContaining({ date: "2026-03-10", topic: "电动自行车锂电池风险管控", score: 92, passed: true }),
    ]);
    const empty = await rejection(
      a.caller.appointments.createTraining({ trainingDate: "2026-03-10", topic: "x", attendees: [] }),
    );
    expect(Object.keys(formErrorOf(empty, "zh-CN").fields)).toEqual(["attendees"]);
    expect(
      (
        await rejection(
          officer.appointments.createTraining({
            trainingDate: "2026-03-10",
            topic: "x",
            attendees: [{ roleAssignmentId: id }],
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("offers only the organisation's own sites, products and active members as scope", async () => {
    const optionsA = await officer.appointments.scopeOptions();
    expect(optionsA.sites).toEqual([{ id: siteA, name: "一号车间" }]);
    expect(optionsA.products).toEqual([{ id: productA, name: "电动自行车用锂电池", model: "48V20Ah" }]);
    expect(optionsA.members.map((m) => m.name).sort()).toEqual(["李安全", "负责人201"].sort());
    const optionsB = await b.caller.appointments.scopeOptions();
    expect(optionsB.sites).toEqual([{ id: siteB, name: "B 厂区" }]);
    expect(optionsB.products).toEqual([]);
  });

  it("keeps organisations apart: B sees none of A's register and cannot touch A's rows", async () => {
    expect(await b.caller.appointments.list()).toEqual([]);
    expect(await b.caller.appointments.trainings()).toEqual([]);
    const aRow = (await a.caller.appointments.list())[0];
    const aId = aRow?.id ?? "";
    expect(
      formErrorOf(
        await rejection(b.caller.appointments.end({ id: aId, endedOn: "2026-09-01", endReason: "x" })),
        "zh-CN",
      ).code,
    ).toBe("RECORD_NOT_FOUND");
    expect(
      formErrorOf(
        await rejection(
          b.caller.appointments.create({
            role: "officer",
            personName: "x",
            employment: "full_time",
            phone: "13900004444",
            appointedOn: "2026-09-01",
            supersedesId: aId,
          }),
        ),
        "zh-CN",
      ).code,
    ).toBe("RECORD_NOT_FOUND");
    expect(
      (
        await rejection(
          b.caller.appointments.createTraining({
            trainingDate: "2026-03-10",
            topic: "x",
            attendees: [{ roleAssignmentId: aId }],
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const fileId = (await a.caller.appointments.list()).flatMap((r) => r.documents)[0]?.id ?? "";
    // Refused by the shared reference walk, at the field, before the service looks for the link.
    const foreign = formErrorOf(await rejection(b.caller.appointments.document({ fileId })), "zh-CN");
    expect(foreign.code).toBe("RECORD_NOT_FOUND");
    expect(Object.keys(foreign.fields)).toEqual(["fileId"]);
    expect((await t.db.roleAssignment.findUniqueOrThrow({ where: { id: aId } })).endedOn).toBe(aRow?.endedOn ?? null);
  });

  it("keeps qualifications, the next due date of recurring training, and the regulator's 监督抽查考核 with its notice", async () => {
    const { id } = await a.caller.appointments.create({
      ...officerInput(),
      document: undefined,
      personName: "赵资质",
      userId: undefined,
      education: "本科",
      professionalTitle: "助理工程师",
      yearsExperience: 6,
    });
    const badDue = await rejection(
      a.caller.appointments.createTraining({
        trainingDate: "2026-04-01",
        topic: "年度质量安全培训",
        nextDueAt: "2026-03-01",
        attendees: [{ roleAssignmentId: id, score: 90, passed: true }],
      }),
    );
    expect(Object.keys(formErrorOf(badDue, "zh-CN").fields)).toEqual(["nextDueAt"]);
    await a.caller.appointments.createTraining({
      trainingDate: "2026-04-01",
      topic: "年度质量安全培训",
      nextDueAt: "2027-04-01",
      attendees: [{ roleAssignmentId: id, score: 90, passed: true }],
    });
    expect(
      (
        await rejection(
          officer.appointments.createAssessment({
            assessedOn: "2026-05-20",
            authority: "常州市新北区市场监督管理局",
            results: [{ roleAssignmentId: id, passed: true }],
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    await a.caller.appointments.createAssessment({
      assessedOn: "2026-05-20",
      authority: "常州市新北区市场监督管理局",
      authorityRef: "新市监质考〔2026〕9号",
      followUp: "不合格人员一个月内重新培训考核",
      results: [{ roleAssignmentId: id, passed: false, score: 52 }],
      evidence: { fileName: "考核结果通知.pdf", bytes: Buffer.concat([PDF, Buffer.from("% notice\n")]) },
    });
    const entry = (await a.caller.appointments.list()).find((r) => r.id === id);
    expect(entry).toMatchObject({ education: "本科", professionalTitle: "助理工程师", yearsExperience: 6 });
    expect(entry?.trainings.map((x) => [x.kind, x.date, x.passed, x.result, x.nextDueAt])).toEqual(
      expect.arrayContaining([
        ["training", "2026-04-01", true, null, "2027-04-01"],
        ["supervisory_assessment", "2026-05-20", false, null, null],
      ]),
    );
    const assessment = (await a.caller.appointments.trainings()).find((x) => x.kind === "supervisory_assessment");
    // No subject and no result typed: nothing stored in words of one language (the pages word them).
    const stored = await t.db.trainingRecord.findUniqueOrThrow({
      where: { id: assessment?.id ?? "" },
      include: { attendees: { select: { passed: true, result: true } } },
    });
    expect([stored.topic, stored.attendees]).toEqual(["", [{ passed: false, result: null }]]);
    expect(assessment).toMatchObject({
      topic: null,
      attendees: [{ passed: false, result: null, score: 52 }],
      authorityRef: "新市监质考〔2026〕9号",
      evidence: [{ fileName: "考核结果通知.pdf" }],
    });
    const notice = await officer.appointments.evidence({ fileId: assessment?.evidence[0]?.id ?? "" });
    expect((await buffer(notice.body)).toString()).toMatch(/^%PDF-/);
    expect(
      formErrorOf(
        await rejection(b.caller.appointments.evidence({ fileId: assessment?.evidence[0]?.id ?? "" })),
        "zh-CN",
      ).code,
    ).toBe("RECORD_NOT_FOUND");
  });

  it("shows an assessment stored before issue 14 (default subject, 合格/不合格 as the result) as one typed nothing", async () => {
    const appoint = async (personName: string) =>
      (await a.caller.appointments.create({ ...officerInput(), document: undefined, personName, userId: undefined }))
        .id;
    const id = await appoint("钱旧档");
    const other = await appoint("孙新档");
    const legacy = await t.db.trainingRecord.create({
      data: {
        organizationId: a.organizationId,
        kind: "supervisory_assessment",
        trainingDate: "2026-06-02",
        topic: "质量安全总监、质量安全员监督抽查考核",
        authority: "常州市新北区市场监督管理局",
        createdByUserId: a.userId,
      },
    });
    await t.db.trainingAttendee.create({
      data: {
        organizationId: a.organizationId,
        trainingRecordId: legacy.id,
        roleAssignmentId: id,
        personName: "钱旧档",
        passed: true,
        result: "合格",
      },
    });
    await a.caller.appointments.createAssessment({
      assessedOn: "2026-06-03",
      authority: "常州市新北区市场监督管理局",
      topic: "质量安全员专项考核",
      results: [
        { roleAssignmentId: id, passed: false, result: "不合格" },
        { roleAssignmentId: other, passed: true, result: "良好" },
      ],
    });
    const rows = (await a.caller.appointments.trainings()).filter((x) => x.trainingDate >= "2026-06-02");
    expect(rows.map((r) => [r.trainingDate, r.topic, r.attendees.map((p) => [p.passed, p.result])])).toEqual([
      // What the user typed is shown as typed, unless it only repeats the passed flag.
      [
        "2026-06-03",
        "质量安全员专项考核",
        [
          [false, null],
          [true, "良好"],
        ],
      ],
      ["2026-06-02", null, [[true, null]]],
    ]);
    // The stored rows are kept as written.
    expect((await t.db.trainingRecord.findUniqueOrThrow({ where: { id: legacy.id } })).topic).toBe(
      "质量安全总监、质量安全员监督抽查考核",
    );
    const entry = (await a.caller.appointments.list()).find((r) => r.id === id);
    expect(entry?.trainings.find((x) => x.date === "2026-06-02")).toMatchObject({ topic: null, result: null });
  });
});

describe("appointments.linkAccount (an appointee registered without an account)", () => {
  /** A new member of A through an invitation, with their caller. */
  async function join(email: string, name: string) {
    const { token } = await a.caller.members.invite({ roles: ["officer"] });
    const resHeaders = new Headers();
    const accepted = await anonymousCaller(t.db, { resHeaders }).members.acceptAsNewUser({
      token,
      name,
      email,
      password: TEST_PASSWORD,
    });
    return { userId: accepted.userId, caller: await callerWithToken(t.db, tokenFrom(resHeaders)) };
  }
  const unlinked = async (personName: string) =>
    (await a.caller.appointments.create({ ...officerInput(), document: undefined, personName, userId: undefined })).id;

  it("links the account of a member who joined later; that member then signs 确认岗位职责 themselves", async () => {
    const id = await unlinked("周后到");
    // before linking, nobody can acknowledge it — not even the person, who has no account on it yet
    const later = await join("later-appt@example.test", "周后到");
    const before = formErrorOf(
      await rejection(
        later.caller.appointments.acknowledge({ id, signature: { method: "typed", typedName: "周后到" } }),
      ),
      "zh-CN",
    );
    expect(before.code).toBe("RECORD_NOT_FOUND");

    await expect(a.caller.appointments.linkAccount({ id, userId: later.userId })).resolves.toEqual({ id });
    const row = await t.db.roleAssignment.findUniqueOrThrow({ where: { id } });
    // the registered name stays as recorded (the statutory record); nothing is acknowledged by linking
    expect(row).toMatchObject({ userId: later.userId, personName: "周后到", dutyDocAckAt: null });
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { organizationId: a.organizationId, action: "appointment.link_account", entityId: id },
    });
    expect(audit).toMatchObject({ actorUserId: a.userId, entityType: "role_assignment" });
    expect(JSON.parse(audit.dataJson)).toMatchObject({ userId: later.userId, personName: "周后到" });
    expect((await a.caller.appointments.list()).find((r) => r.id === id)?.userId).toBe(later.userId);

    const ack = await later.caller.appointments.acknowledge({
      id,
      signature: { method: "typed", typedName: "周后到" },
    });
    expect(
      await t.db.recordSignature.findFirstOrThrow({ where: { recordType: "appointment", recordId: id } }),
    ).toMatchObject({ signerUserId: later.userId, method: "typed", contentHash: ack.contentHash });
    expect((await t.db.roleAssignment.findUniqueOrThrow({ where: { id } })).dutyDocAckAt).toEqual(expect.any(Date));

    // a second link is refused on the field, in both languages, and changes nothing
    const twice = await rejection(a.caller.appointments.linkAccount({ id, userId: officerUserId }));
    expect(twice.code).toBe("CONFLICT");
    expect(formErrorOf(twice, "zh-CN").fields).toEqual({ id: "该任命已关联账号" });
    expect(formErrorOf(twice, "en").fields).toEqual({ id: "This appointment is already linked to an account" });
    expect((await t.db.roleAssignment.findUniqueOrThrow({ where: { id } })).userId).toBe(later.userId);
  });

  it("an acknowledgement the earlier register's recorder ticked (no signature) is no signature: linked, the appointee signs it", async () => {
    const id = await unlinked("冯旧勾选");
    // as the register before ADR 032 wrote it: "本人已签收" ticked by whoever recorded the appointment
    const ticked = new Date("2026-05-06T02:00:00Z");
    await t.db.roleAssignment.update({ where: { id }, data: { dutyDocAckAt: ticked } });
    const person = await join("ticked-appt@example.test", "冯旧勾选");
    await expect(a.caller.appointments.linkAccount({ id, userId: person.userId })).resolves.toEqual({ id });
    const ack = await person.caller.appointments.acknowledge({
      id,
      signature: { method: "typed", typedName: "冯旧勾选" },
    });
    const row = await t.db.roleAssignment.findUniqueOrThrow({ where: { id } });
    expect(row.dutyDocAckAt?.getTime()).not.toBe(ticked.getTime());
    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { organizationId: a.organizationId, action: "appointment.acknowledge", entityId: id },
    });
    expect(JSON.parse(event.dataJson)).toMatchObject({ contentHash: ack.contentHash, tickedAt: ticked.toISOString() });
    expect(await t.db.recordSignature.count({ where: { recordType: "appointment", recordId: id } })).toBe(1);
    // signed now: a second signing, or re-linking, is refused
    const again = await rejection(
      person.caller.appointments.acknowledge({ id, signature: { method: "typed", typedName: "冯旧勾选" } }),
    );
    expect(again.code).toBe("CONFLICT");
  });

  it("refuses an ended appointment, a person who is not an active member, and another organisation's rows", async () => {
    const ended = await unlinked("吴已离任");
    await a.caller.appointments.end({ id: ended, endedOn: "2026-08-01", endReason: "离职" });
    const refusedEnded = formErrorOf(
      await rejection(a.caller.appointments.linkAccount({ id: ended, userId: officerUserId })),
      "en",
    );
    expect(refusedEnded.fields).toEqual({ id: "This appointment has ended; it can no longer be linked to an account" });

    const id = await unlinked("郑未关联");
    // B's principal is not A's member: refused by the reference walk, at the field
    const foreignUser = formErrorOf(
      await rejection(a.caller.appointments.linkAccount({ id, userId: b.userId })),
      "zh-CN",
    );
    expect(foreignUser.code).toBe("MEMBER_NOT_FOUND");
    expect(Object.keys(foreignUser.fields)).toEqual(["userId"]);
    // a member who was deactivated is a member no longer
    const gone = await join("gone-appt@example.test", "郑未关联");
    await t.db.membership.updateMany({
      where: { organizationId: a.organizationId, userId: gone.userId },
      data: { status: "deactivated", deactivatedAt: new Date() },
    });
    const inactive = formErrorOf(
      await rejection(a.caller.appointments.linkAccount({ id, userId: gone.userId })),
      "zh-CN",
    );
    expect(inactive.code).toBe("MEMBER_NOT_FOUND");
    expect(Object.keys(inactive.fields)).toEqual(["userId"]);
    // B cannot link A's appointment, even to B's own member
    expect(
      formErrorOf(await rejection(b.caller.appointments.linkAccount({ id, userId: b.userId })), "zh-CN").code,
    ).toBe("RECORD_NOT_FOUND");
    // an officer may not link (only those who record appointments)
    expect((await rejection(officer.appointments.linkAccount({ id, userId: officerUserId }))).code).toBe("FORBIDDEN");
    expect(await t.db.roleAssignment.findUniqueOrThrow({ where: { id } })).toMatchObject({ userId: null });
    expect(
      await t.db.auditEvent.count({ where: { action: "appointment.link_account", entityId: { in: [id, ended] } } }),
    ).toBe(0);
  });
});
