// The hazard ledger through the tRPC router on a real SQLite file: lifecycle, separation of
// rectifier and verifier, forbidden transitions, tenancy, and the major-risk report.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { localDate } from "@anzhi/contracts";
import type { HazardCreateWithEvidenceSchema } from "@anzhi/contracts/uploads";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createAgency } from "@anzhi/domain/regulator/agencies";
import { createOrgWithPeople, refusal, type OrgPeople } from "../testing/org-people.ts";
import { drawnSignature } from "../testing/signature.ts";

let t: TestDb;
let a: OrgPeople;
let b: OrgPeople;

beforeAll(async () => {
  t = await createTestDb("anzhi-hazards-");
  a = await createOrgWithPeople(t.db, "a");
  b = await createOrgWithPeople(t.db, "b");
});
afterAll(async () => t?.cleanup());

type HazardCreateInput = z.input<typeof HazardCreateWithEvidenceSchema>;

const manual = (owner: string, extra: Partial<HazardCreateInput> = {}): HazardCreateInput => ({
  title: "灭火器过期",
  description: "二号车间灭火器已过有效期",
  source: "manual",
  severity: "general",
  ownerUserId: owner,
  dueDate: "2030-12-31",
  ...extra,
});

async function status(id: string): Promise<string> {
  return (await t.db.hazard.findUniqueOrThrow({ where: { id } })).status;
}

describe("hazard lifecycle", () => {
  it("goes open → rectifying → awaiting verification → closed with one event and one audit row per step", async () => {
    const { id, hazardNo } = await a.as("officer").hazards.create(manual(a.ids.officer));
    // Numbered in the year it was found (the request's instant in Shanghai), not its due year (2030).
    expect(hazardNo).toMatch(new RegExp(`^YH-${localDate(new Date(), "Asia/Shanghai").slice(0, 4)}-\\d{4}$`));
    await a.as("officer").hazards.transition({ hazardId: id, action: { type: "start_rectification" } });
    await a.as("officer").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "已更换灭火器",
        rootCause: "巡检不到位",
        correctiveAction: "纳入月度点检",
        evidenceExceptionReason: "现场更换，旧件已回收，无留存照片",
      },
    });
    const pending = await a.as("director").hazards.get({ hazardId: id });
    expect(pending.myActions).toEqual(["verify_pass", "verify_fail"]);
    expect((await a.as("officer").hazards.get({ hazardId: id })).myActions).toEqual([]);
    await a.as("director").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: { type: "verify_pass", note: "现场确认" },
    });

    const closed = await a.as("viewer").hazards.get({ hazardId: id });
    expect(closed).toMatchObject({
      status: "closed",
      rectifiedBy: { id: a.ids.officer },
      verifiedBy: { id: a.ids.director },
      rectificationNote: "已更换灭火器",
    });
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(closed.events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ["create", null, "open"],
      ["start", "open", "rectifying"],
      ["submit_rectification", "rectifying", "awaiting_verification"],
      ["verify_pass", "awaiting_verification", "closed"],
    ]);
    const audit = await t.db.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { at: "asc" },
      select: { action: true, actorUserId: true },
    });
    expect(audit.map((e) => e.action)).toEqual([
      "hazard.open",
      "hazard.start",
      "hazard.submit_rectification",
      "hazard.verify_pass",
    ]);
    expect(audit.at(-1)?.actorUserId).toBe(a.ids.director);
  });

  it("refuses the rectifier as verifier and changes nothing", async () => {
    const { id } = await a.as("officer").hazards.create(manual(a.ids.officer));
    await a.as("officer").hazards.transition({ hazardId: id, action: { type: "start_rectification" } });
    await a.as("officer").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "已整改",
        rootCause: "巡检不到位",
        correctiveAction: "纳入月度点检",
        evidenceExceptionReason: "现场更换，旧件已回收，无留存照片",
      },
    });
    const eventsBefore = await t.db.hazardEvent.count({ where: { hazardId: id } });
    for (const action of [{ type: "verify_pass" }, { type: "verify_fail", reason: "自己看不行" }] as const) {
      const err = await refusal(
        a.as("officer").hazards.transition({ signature: drawnSignature, hazardId: id, action }),
      );
      expect(err).toMatchObject({ code: "FORBIDDEN", appCode: "HAZARD_VERIFIER_IS_RECTIFIER" });
    }
    expect(await status(id)).toBe("awaiting_verification");
    expect(await t.db.hazardEvent.count({ where: { hazardId: id } })).toBe(eventsBefore);
  });

  it("sends a failed verification back to rectifying with the reason, and needs that reason", async () => {
    const { id } = await a.as("officer").hazards.create(manual(a.ids.officer));
    await a.as("officer").hazards.transition({ hazardId: id, action: { type: "start_rectification" } });
    await a.as("officer").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "已整改",
        rootCause: "巡检不到位",
        correctiveAction: "纳入月度点检",
        evidenceExceptionReason: "现场更换，旧件已回收，无留存照片",
      },
    });
    const noReason = await refusal(
      a
        .as("director")
        .hazards.transition({ signature: drawnSignature, hazardId: id, action: { type: "verify_fail", reason: "  " } }),
    );
    expect(noReason.code).toBe("BAD_REQUEST");
    expect(noReason.paths).toEqual(["action.reason"]);
    await a.as("director").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: { type: "verify_fail", reason: "压力表仍指向红区" },
    });
    const back = await a.as("director").hazards.get({ hazardId: id });
    expect(back).toMatchObject({ status: "rectifying", verificationNote: "压力表仍指向红区", rectifiedBy: null });
    expect(back.events.at(-1)).toMatchObject({
      action: "verify_fail",
      note: "压力表仍指向红区",
      toStatus: "rectifying",
    });
    // the next round may be rectified by someone else and verified by the first rectifier
    await a.as("officer2").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "更换压力表",
        rootCause: "巡检不到位",
        correctiveAction: "纳入月度点检",
        evidenceExceptionReason: "现场更换，旧件已回收，无留存照片",
      },
    });
    await a
      .as("officer")
      .hazards.transition({ signature: drawnSignature, hazardId: id, action: { type: "verify_pass" } });
    expect(await status(id)).toBe("closed");
  });

  it("refuses transitions the state does not allow, and anything from closed", async () => {
    const { id } = await a.as("officer").hazards.create(manual(a.ids.officer));
    const early = await refusal(
      a.as("director").hazards.transition({ signature: drawnSignature, hazardId: id, action: { type: "verify_pass" } }),
    );
    expect(early).toMatchObject({ code: "CONFLICT", appCode: "HAZARD_TRANSITION_FORBIDDEN" });
    expect(await status(id)).toBe("open");
    await a.as("officer").hazards.transition({ hazardId: id, action: { type: "start_rectification" } });
    await a.as("officer").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "ok",
        rootCause: "巡检不到位",
        correctiveAction: "纳入月度点检",
        evidenceExceptionReason: "现场更换，旧件已回收，无留存照片",
      },
    });
    await a
      .as("director")
      .hazards.transition({ signature: drawnSignature, hazardId: id, action: { type: "verify_pass" } });
    for (const action of [
      { type: "start_rectification" },
      {
        type: "submit_for_verification",
        rectificationNote: "x",
        rootCause: "巡检不到位",
        correctiveAction: "纳入月度点检",
        evidenceExceptionReason: "现场更换，旧件已回收，无留存照片",
      },
      { type: "verify_fail", reason: "x" },
    ] as const) {
      expect(
        (await refusal(a.as("principal").hazards.transition({ signature: drawnSignature, hazardId: id, action })))
          .appCode,
      ).toBe("HAZARD_TRANSITION_FORBIDDEN");
    }
    expect(
      (
        await refusal(
          a.as("principal").hazards.assign({ hazardId: id, ownerUserId: a.ids.officer2, dueDate: "2031-01-01" }),
        )
      ).appCode,
    ).toBe("HAZARD_TRANSITION_FORBIDDEN");
    expect(await status(id)).toBe("closed");
  });

  it("applies only one of two transitions made from the same stale state", async () => {
    const { id } = await a.as("officer").hazards.create(manual(a.ids.officer));
    const seen = await a.as("officer").hazards.get({ hazardId: id });
    const results = await Promise.allSettled([
      a
        .as("officer")
        .hazards.transition({ hazardId: id, expectedVersion: seen.version, action: { type: "start_rectification" } }),
      a
        .as("officer2")
        .hazards.transition({ hazardId: id, expectedVersion: seen.version, action: { type: "start_rectification" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.hazardEvent.count({ where: { hazardId: id, action: "start" } })).toBe(1);
  });

  it("lets the director reassign owner and due date, recorded as an event and an audit row; officers cannot", async () => {
    const { id } = await a.as("officer").hazards.create(manual(a.ids.officer));
    expect(
      (
        await refusal(
          a.as("officer").hazards.assign({ hazardId: id, ownerUserId: a.ids.officer2, dueDate: "2031-03-01" }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await refusal(
          a.as("director").hazards.assign({ hazardId: id, ownerUserId: a.ids.viewer, dueDate: "2031-03-01" }),
        )
      ).paths,
    ).toEqual(["ownerUserId"]);
    await a
      .as("director")
      .hazards.assign({ hazardId: id, ownerUserId: a.ids.officer2, dueDate: "2031-03-01", note: "移交二号车间" });
    const h = await a.as("officer").hazards.get({ hazardId: id });
    expect(h).toMatchObject({ owner: { id: a.ids.officer2 }, dueDate: "2031-03-01", status: "open" });
    expect(h.events.at(-1)).toMatchObject({ action: "reassign", note: "移交二号车间", actor: { id: a.ids.director } });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "hazard.reassign" } });
    expect(JSON.parse(audit.dataJson)).toMatchObject({
      owner: { from: a.ids.officer, to: a.ids.officer2 },
      dueDate: { from: "2030-12-31", to: "2031-03-01" },
    });
  });

  it("lets viewers read but not act, and keeps field errors on manual create", async () => {
    expect((await refusal(a.as("viewer").hazards.create(manual(a.ids.officer)))).code).toBe("FORBIDDEN");
    const before = await t.db.hazard.count();
    const bad = await refusal(
      a.as("officer").hazards.create(manual(a.ids.viewer, { dueDate: "2030-02-30", title: "" })),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.paths.sort()).toEqual(["dueDate", "title"]);
    const notMember = await refusal(a.as("officer").hazards.create(manual(b.ids.officer)));
    expect(notMember.paths).toEqual(["ownerUserId"]);
    expect(await t.db.hazard.count()).toBe(before);
  });

  it("filters the ledger and marks overdue hazards", async () => {
    const late = await a
      .as("director")
      .hazards.create(manual(a.ids.officer2, { title: "逾期的隐患", dueDate: "2020-01-01", severity: "significant" }));
    const overdue = (await a.as("director").hazards.list({ overdue: true })).items;
    expect(overdue.map((h) => h.id)).toEqual([late.id]);
    expect(overdue[0]).toMatchObject({ overdue: true, severity: "significant", owner: { id: a.ids.officer2 } });
    expect(
      (
        await a.as("director").hazards.list({ ownerUserId: a.ids.officer2, status: "open", severity: "significant" })
      ).items.map((h) => h.id),
    ).toEqual([late.id]);
    expect(
      (await a.as("director").hazards.list({ status: "closed" })).items.every(
        (h) => h.status === "closed" && !h.overdue,
      ),
    ).toBe(true);
    expect((await refusal(a.as("director").hazards.list({ from: "2026-05-02", to: "2026-05-01" }))).paths).toEqual([
      "to",
    ]);
  });
});

describe("ledger pages", () => {
  it("pages the ledger newest first, 50 rows a page, with the total over every page", async () => {
    const before = (await a.as("director").hazards.list({})).total;
    for (let i = 0; i < 52; i++)
      await a.as("director").hazards.create(manual(a.ids.officer, { title: `分页隐患 ${String(i).padStart(2, "0")}` }));
    const first = await a.as("director").hazards.list({});
    const second = await a.as("director").hazards.list({ page: 2 });
    expect(first.total).toBe(before + 52);
    expect(first.items).toHaveLength(50);
    expect(first.pageCount).toBe(Math.ceil((before + 52) / 50));
    const rows = [...first.items, ...second.items];
    expect(new Set(rows.map((h) => h.id)).size).toBe(before + 52);
    const times = rows.map((h) => new Date(h.createdAt).getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect((await refusal(a.as("director").hazards.list({ page: 0 }))).paths).toEqual(["page"]);
  }, 60_000);
});

describe("tenancy", () => {
  it("keeps organisation A's officer away from B's hazard, by id", async () => {
    const { id } = await b.as("officer").hazards.create(manual(b.ids.officer));
    expect((await refusal(a.as("officer").hazards.get({ hazardId: id }))).code).toBe("NOT_FOUND");
    expect(
      (await refusal(a.as("officer").hazards.transition({ hazardId: id, action: { type: "start_rectification" } })))
        .code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await refusal(
          a.as("principal").hazards.assign({ hazardId: id, ownerUserId: a.ids.officer, dueDate: "2031-01-01" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect((await a.as("principal").hazards.list({})).items.map((h) => h.id)).not.toContain(id);
    expect(await status(id)).toBe("open");
    expect(await t.db.hazardEvent.count({ where: { hazardId: id } })).toBe(1);
  });
});

describe("major hazards", () => {
  it("drafts a pre-filled report that only the principal submits, and keeps it", async () => {
    const missing = await refusal(a.as("officer").hazards.create(manual(a.ids.officer, { severity: "major" })));
    expect(missing.paths).toEqual(["containment"]);
    const { id } = await a
      .as("officer")
      .hazards.create(manual(a.ids.officer, { severity: "major", containment: "已停止该批次出厂并隔离" }));
    const hazard = await a.as("principal").hazards.get({ hazardId: id });
    expect(hazard.majorRiskReports).toHaveLength(1);
    const reportId = hazard.majorRiskReports[0]?.id ?? "";
    const draft = await a.as("principal").hazards.majorReports.get({ reportId });
    expect(draft.status).toBe("draft");
    expect(draft.content).toContain("A 电池有限公司");
    expect(draft.content).toContain("已停止该批次出厂并隔离");
    expect(draft.content).toContain("二号车间灭火器已过有效期");

    const agency = await createAgency(t.db, { name: "新北区市场监督管理局", level: "district", regionCode: "320411" });
    await a.as("principal").hazards.majorReports.saveDraft({
      reportId,
      title: draft.title,
      content: draft.content
        .replace("二、涉及产品：（请填写）", "二、涉及产品：灭火器（MFZ/ABC4）")
        .replace("五、整改措施及计划：（请填写）", "五、整改措施及计划：本周内全部更换")
        .replace("六、影响评估（涉及数量、流向、可能的危害）：（请填写）", "六、影响评估：涉及 200 件，均未出厂。"),
      agencyId: agency.id,
    });
    for (const who of ["director", "officer"] as const) {
      expect((await refusal(a.as(who).hazards.majorReports.submit({ reportId }))).code).toBe("FORBIDDEN");
    }
    expect((await refusal(b.as("principal").hazards.majorReports.submit({ reportId }))).code).toBe("NOT_FOUND");
    expect((await t.db.majorRiskReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("draft");

    await a.as("principal").hazards.majorReports.submit({ reportId });
    const submitted = await a.as("viewer").hazards.majorReports.get({ reportId });
    expect(submitted).toMatchObject({
      status: "submitted",
      submittedBy: { id: a.ids.principal },
      agency: { id: agency.id },
    });
    expect(submitted.content).toContain("涉及 200 件");
    expect((await t.db.hazard.findUniqueOrThrow({ where: { id } })).reportedToRegulator).toBe(true);
    // submitted: kept as is
    expect(
      (await refusal(a.as("principal").hazards.majorReports.saveDraft({ reportId, title: "x", content: "y" }))).appCode,
    ).toBe("RECORD_ALREADY_SIGNED");
    expect((await refusal(a.as("principal").hazards.majorReports.submit({ reportId }))).appCode).toBe(
      "RECORD_ALREADY_SIGNED",
    );
    expect((await a.as("principal").hazards.majorReports.list()).map((r) => r.id)).toContain(reportId);
  });
});

describe("export", () => {
  it("exports the ledger for a date range as XLSX with an RFC 5987 file name", async () => {
    const file = await a.as("viewer").hazards.exportXlsx({ from: "2020-01-01", to: "2099-12-31" });
    expect(file.fileName).toBe("隐患台账_2020-01-01_2099-12-31.xlsx");
    expect(file.contentDisposition).toBe(
      `attachment; filename="hazard-ledger_2020-01-01_2099-12-31.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    expect(Buffer.from(file.bytes).subarray(0, 2).toString()).toBe("PK");
    expect((await refusal(a.as("viewer").hazards.exportXlsx({ from: "2026-02-01", to: "2026-01-01" }))).code).toBe(
      "BAD_REQUEST",
    );
  });
});
