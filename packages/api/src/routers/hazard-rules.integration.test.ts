// The hazard rules of docs/decisions/024 through the tRPC router at a fixed instant: evidence and
// root cause/measures to submit for verification (or a recorded exception), 重大 hazards verified
// only by the appointed director or principal, an owner by rule with a notice for hazards nobody
// named, and the major-risk report's sections, receiving agency and automatic drafts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { HazardCreateWithEvidenceSchema } from "@anzhi/contracts/uploads";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { openHazard } from "@anzhi/domain/hazards/open-hazard";
import { createAgency } from "@anzhi/domain/regulator/agencies";
import { appoint } from "../testing/appoint.ts";
import { testClock } from "../testing/clock.ts";
import { createOrgWithPeople, refusal, type OrgPeople } from "../testing/org-people.ts";
import { drawnSignature } from "../testing/signature.ts";

const clock = testClock("2026-11-18 10:00");
let t: TestDb;
let a: OrgPeople;
let b: OrgPeople;
let district: string;
let city: string;
let elsewhere: string;

beforeAll(async () => {
  t = await createTestDb("anzhi-hazard-rules-");
  a = await createOrgWithPeople(t.db, "a", "producer", { clock });
  b = await createOrgWithPeople(t.db, "b", "producer", { clock });
  // Agencies known to the system; none holds a grant of either organisation.
  elsewhere = (await createAgency(t.db, { name: "玄武区市场监督管理局", level: "district", regionCode: "320102" })).id;
  city = (await createAgency(t.db, { name: "常州市市场监督管理局", level: "city", regionCode: "320400" })).id;
  district = (await createAgency(t.db, { name: "新北区市场监督管理局", level: "district", regionCode: "320411" })).id;
});
afterAll(async () => t?.cleanup());

type HazardCreateInput = z.input<typeof HazardCreateWithEvidenceSchema>;
const manual = (owner: string, extra: Partial<HazardCreateInput> = {}): HazardCreateInput => ({
  title: "防护罩缺失",
  description: "三号冲床防护罩缺失",
  source: "manual",
  severity: "general",
  ownerUserId: owner,
  dueDate: "2026-11-30",
  ...extra,
});
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);

async function rectifying(p: OrgPeople, extra: Partial<HazardCreateInput> = {}): Promise<string> {
  const { id } = await p.as("officer").hazards.create(manual(p.ids.officer, extra));
  await p.as("officer").hazards.transition({ hazardId: id, action: { type: "start_rectification" } });
  return id;
}

describe("submitting a rectification for verification", () => {
  it("needs the root cause and the measures, and evidence or a reason for its absence", async () => {
    const id = await rectifying(a);
    const bare = await refusal(
      a.as("officer").hazards.transition({
        signature: drawnSignature,
        hazardId: id,
        action: { type: "submit_for_verification", rectificationNote: "已加装防护罩" } as never,
      }),
    );
    expect(bare.paths).toEqual(["action.rootCause", "action.correctiveAction"]);
    const action = {
      type: "submit_for_verification" as const,
      rectificationNote: "已加装防护罩",
      rootCause: "设备改造后未恢复防护罩",
      correctiveAction: "加装联锁防护罩，改造验收增加安全防护检查项",
    };
    const noEvidence = await refusal(
      a.as("officer").hazards.transition({ signature: drawnSignature, hazardId: id, action }),
    );
    expect(noEvidence.appCode).toBe("HAZARD_EVIDENCE_REQUIRED");
    expect(noEvidence.paths).toEqual(["action.evidence"]);
    const blankReason = await refusal(
      a.as("officer").hazards.transition({
        signature: drawnSignature,
        hazardId: id,
        action: { ...action, evidenceExceptionReason: "   " },
      }),
    );
    expect(blankReason.appCode).toBe("HAZARD_EVIDENCE_REQUIRED");
    expect((await t.db.hazard.findUniqueOrThrow({ where: { id } })).status).toBe("rectifying");

    await a.as("officer").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: { ...action, evidenceExceptionReason: "防护罩为外协件，安装在封闭设备内部，无法拍照" },
    });
    const h = await a.as("director").hazards.get({ hazardId: id });
    expect(h).toMatchObject({
      status: "awaiting_verification",
      rootCause: "设备改造后未恢复防护罩",
      correctiveAction: "加装联锁防护罩，改造验收增加安全防护检查项",
      evidenceException: "防护罩为外协件，安装在封闭设备内部，无法拍照",
    });
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "hazard.submit_rectification" },
    });
    expect(JSON.parse(audit.dataJson)).toMatchObject({
      rootCause: "设备改造后未恢复防护罩",
      evidenceException: "防护罩为外协件，安装在封闭设备内部，无法拍照",
    });
    // The hash the trail carries is the record's hash with the exception in it.
    expect(JSON.parse(audit.dataJson).contentHash).toBe(h.contentHash);
  });

  it("takes evidence photos instead of a reason, and then records no exception", async () => {
    const id = await rectifying(a);
    await a.as("officer").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "已加装",
        rootCause: "缺少点检",
        correctiveAction: "纳入班前点检",
        evidence: [{ fileName: "after.png", bytes: png() }],
        evidenceExceptionReason: "不需要",
      },
    });
    const h = await a.as("director").hazards.get({ hazardId: id });
    expect(h.evidenceException).toBeNull();
    expect(h.attachments.map((f) => f.fileName)).toEqual(["after.png"]);
  });
});

describe("major hazards are verified and closed by the appointed director or principal only", () => {
  it("refuses an officer, offers verification only to the appointed, and closes under the director", async () => {
    const id = await rectifying(a, { severity: "major", containment: "停用三号冲床" });
    await a.as("officer").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "已加装",
        rootCause: "改造遗漏",
        correctiveAction: "加装联锁",
        evidence: [{ fileName: "after.png", bytes: png() }],
      },
    });
    expect((await a.as("officer2").hazards.get({ hazardId: id })).myActions).toEqual([]);
    for (const action of [{ type: "verify_pass" }, { type: "verify_fail", reason: "不行" }] as const) {
      const e = await refusal(a.as("officer2").hazards.transition({ signature: drawnSignature, hazardId: id, action }));
      expect(e.appCode).toBe("HAZARD_MAJOR_VERIFIER_NOT_APPOINTED");
    }
    expect((await a.as("director").hazards.get({ hazardId: id })).myActions).toEqual(["verify_pass", "verify_fail"]);
    expect((await a.as("principal").hazards.get({ hazardId: id })).myActions).toEqual(["verify_pass", "verify_fail"]);
    await a
      .as("director")
      .hazards.transition({ signature: drawnSignature, hazardId: id, action: { type: "verify_pass" } });
    expect((await t.db.hazard.findUniqueOrThrow({ where: { id } })).status).toBe("closed");
  });

  it("refuses a member holding the director role whose appointment has ended", async () => {
    const id = await rectifying(b, { severity: "major", containment: "停用" });
    await b.as("officer").hazards.transition({
      signature: drawnSignature,
      hazardId: id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "已整改",
        rootCause: "原因",
        correctiveAction: "措施",
        evidenceExceptionReason: "无法拍照",
      },
    });
    await t.db.roleAssignment.updateMany({
      where: { organizationId: b.id, role: "director" },
      data: { endedOn: "2026-11-01" },
    });
    expect((await b.as("director").hazards.get({ hazardId: id })).myActions).toEqual([]);
    const e = await refusal(
      b.as("director").hazards.transition({ signature: drawnSignature, hazardId: id, action: { type: "verify_pass" } }),
    );
    expect(e.appCode).toBe("HAZARD_MAJOR_VERIFIER_NOT_APPOINTED");
    await b
      .as("principal")
      .hazards.transition({ signature: drawnSignature, hazardId: id, action: { type: "verify_pass" } });
    expect((await t.db.hazard.findUniqueOrThrow({ where: { id } })).status).toBe("closed");
  });
});

describe("a hazard nobody named gets its owner by rule, and the owner is told", () => {
  async function systemHazard(p: OrgPeople, siteId: string | null) {
    return t.db.$transaction((tx) =>
      openHazard(tx, {
        organizationId: p.id,
        source: "erp_inspection",
        title: "出厂检验不合格",
        description: "批次 B1 耐压不合格",
        severity: "general",
        dueDate: "2026-11-25",
        siteId,
        actor: { kind: "system" },
        now: clock(),
      }),
    );
  }

  it("is the site's appointed officer, else an officer of the whole organisation, else the director", async () => {
    const c = await createOrgWithPeople(t.db, "c", "producer", { clock });
    const site = await t.db.site.create({
      data: { organizationId: c.id, name: "二号车间", type: "workshop", address: "常州" },
    });
    // officer2 is appointed for the site itself (as well as organisation-wide, from the fixture).
    await t.db.roleAssignment.updateMany({
      where: { organizationId: c.id, userId: c.ids.officer2 },
      data: { endedOn: "2026-01-01" },
    });
    await appoint(t.db, c.id, c.ids.officer2, "officer", { appointedOn: "2026-01-01", siteIds: [site.id] });
    const onSite = await systemHazard(c, site.id);
    const anywhere = await systemHazard(c, null);
    const owners = await t.db.hazard.findMany({
      where: { id: { in: [onSite.id, anywhere.id] } },
      select: { id: true, ownerUserId: true },
    });
    expect(Object.fromEntries(owners.map((h) => [h.id, h.ownerUserId]))).toEqual({
      [onSite.id]: c.ids.officer2,
      [anywhere.id]: c.ids.officer,
    });
    const notices = await t.db.notification.findMany({
      where: { organizationId: c.id, kind: "hazard_assigned" },
      select: { userId: true, entityType: true, entityId: true, title: true },
    });
    expect(Object.fromEntries(notices.map((n) => [n.entityId, [n.entityType, n.userId]]))).toEqual({
      [onSite.id]: ["hazard", c.ids.officer2],
      [anywhere.id]: ["hazard", c.ids.officer],
    });
    expect(notices.find((n) => n.entityId === onSite.id)?.title).toContain(onSite.hazardNo);

    // No officer in force: the appointed director owns it.
    await t.db.roleAssignment.updateMany({
      where: { organizationId: c.id, role: "officer", endedOn: null },
      data: { endedOn: "2026-11-10" },
    });
    const noOfficer = await systemHazard(c, site.id);
    expect((await t.db.hazard.findUniqueOrThrow({ where: { id: noOfficer.id } })).ownerUserId).toBe(c.ids.director);
    expect(
      await t.db.notification.count({
        where: { userId: c.ids.director, kind: "hazard_assigned", entityId: noOfficer.id },
      }),
    ).toBe(1);
  });

  it("notifies a new owner on reassignment, and nobody when the owner assigns themselves", async () => {
    const { id } = await a.as("officer").hazards.create(manual(a.ids.officer));
    expect(await t.db.notification.count({ where: { entityId: id, kind: "hazard_assigned" } })).toBe(0);
    await a.as("director").hazards.assign({ hazardId: id, ownerUserId: a.ids.officer2, dueDate: "2026-12-01" });
    expect(
      await t.db.notification.findMany({ where: { entityId: id, kind: "hazard_assigned" }, select: { userId: true } }),
    ).toEqual([{ userId: a.ids.officer2 }]);
  });
});

describe("major-risk reports", () => {
  async function majorDraft(p: OrgPeople): Promise<string> {
    const { id } = await p
      .as("officer")
      .hazards.create(manual(p.ids.officer, { severity: "major", containment: "已停止该批次出厂并隔离" }));
    return (await p.as("principal").hazards.get({ hazardId: id })).majorRiskReports[0]?.id ?? "";
  }

  it("suggests the jurisdictional 市场监管局 among every agency known, grant or not", async () => {
    const choices = await a.as("principal").hazards.majorReports.agencies();
    expect(choices.agencies.map((x) => [x.id, x.jurisdictional])).toEqual([
      [district, true],
      [city, true],
      [elsewhere, false],
    ]);
    expect(choices.suggestedId).toBe(district);
    const reportId = await majorDraft(a);
    expect(await a.as("principal").hazards.majorReports.get({ reportId })).toMatchObject({
      agency: { id: district, name: "新北区市场监督管理局" },
    });
  });

  it("refuses a placeholder or an empty section, and an unknown agency; submits once every section is written", async () => {
    const reportId = await majorDraft(a);
    const draft = await a.as("principal").hazards.majorReports.get({ reportId });
    expect(draft.gaps).toEqual(["二", "五", "六"]);
    const e = await refusal(a.as("principal").hazards.majorReports.submit({ reportId }));
    expect(e.appCode).toBe("MAJOR_REPORT_INCOMPLETE");
    expect(e.paths).toEqual(["content"]);
    // The old way around the placeholder: an appended line leaves 六 still "（请填写）".
    await a.as("principal").hazards.majorReports.saveDraft({
      reportId,
      title: draft.title,
      content: `${draft.content}\n影响评估：涉及 200 件，均未出厂。`,
    });
    expect((await refusal(a.as("principal").hazards.majorReports.submit({ reportId }))).appCode).toBe(
      "MAJOR_REPORT_INCOMPLETE",
    );
    const filled = draft.content
      .replace("二、涉及产品：（请填写）", "二、涉及产品：48V 锂电池组（LB-48）")
      .replace("五、整改措施及计划：（请填写）", "五、整改措施及计划：更换供方电芯，11 月 30 日前完成复检")
      .replace(
        "六、影响评估（涉及数量、流向、可能的危害）：（请填写）",
        "六、影响评估（涉及数量、流向、可能的危害）：200 件，均在库",
      );
    const emptied = filled.replace("五、整改措施及计划：更换供方电芯，11 月 30 日前完成复检", "五、整改措施及计划：");
    await a.as("principal").hazards.majorReports.saveDraft({ reportId, title: draft.title, content: emptied });
    expect((await a.as("principal").hazards.majorReports.get({ reportId })).gaps).toEqual(["五"]);
    const unknown = await refusal(
      a
        .as("principal")
        .hazards.majorReports.saveDraft({ reportId, title: draft.title, content: filled, agencyId: "nope" }),
    );
    expect(unknown.paths).toEqual(["agencyId"]);
    await a
      .as("principal")
      .hazards.majorReports.saveDraft({ reportId, title: draft.title, content: filled, agencyId: city });
    await a.as("principal").hazards.majorReports.submit({ reportId });
    expect(await t.db.majorRiskReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "submitted",
      agencyId: city,
    });
  });

  it("cannot be submitted without a receiving agency", async () => {
    const reportId = await majorDraft(b);
    await t.db.majorRiskReport.update({ where: { id: reportId }, data: { agencyId: null } });
    const draft = await b.as("principal").hazards.majorReports.get({ reportId });
    const content = draft.content.replaceAll("（请填写）", "已核实");
    await b.as("principal").hazards.majorReports.saveDraft({ reportId, title: draft.title, content });
    const e = await refusal(b.as("principal").hazards.majorReports.submit({ reportId }));
    expect(e.appCode).toBe("MAJOR_REPORT_AGENCY_REQUIRED");
    expect(e.paths).toEqual(["agencyId"]);
  });
});
