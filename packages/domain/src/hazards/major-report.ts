// 重大质量安全风险报告: a major (重大) hazard gets a draft report to the market regulator, filled
// in from the enterprise and the hazard. The principal edits and submits it; the submitted report
// stays in the ledger unchanged (the regulator's acknowledgement is recorded elsewhere).
import { type MajorRiskReportDraft, type MajorRiskReportStatus } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { parseRolesJson } from "../members/roles.ts";

/** The report text, pre-filled from the enterprise and the hazard (the statutory layout is zh-CN). */
export function draftContent(h: {
  org: { name: string; uscc: string; address: string };
  hazardNo: string;
  title: string;
  description: string;
  containment: string | null;
  correctiveAction: string | null;
  product: { name: string; model: string } | null;
  site: { name: string } | null;
}): string {
  return [
    `一、企业名称：${h.org.name}（统一社会信用代码 ${h.org.uscc}）`,
    `    地址：${h.org.address}`,
    `二、涉及产品：${h.product ? `${h.product.name}（${h.product.model}）` : "（请填写）"}${h.site ? `；场所：${h.site.name}` : ""}`,
    `三、风险隐患（${h.hazardNo}）：${h.title}`,
    `    ${h.description}`,
    `四、已采取的控制措施（停产/停售/隔离/召回等）：${h.containment ?? "（请填写）"}`,
    `五、整改措施及计划：${h.correctiveAction ?? "（请填写）"}`,
    "六、影响评估（涉及数量、流向、可能的危害）：（请填写）",
  ].join("\n");
}

/** Creates the draft for a major hazard unless one exists; returns its id (null when nobody can own it). */
export async function draftMajorRiskReport(
  tx: Tx,
  input: { organizationId: string; hazardId: string; actor: Actor },
): Promise<string | null> {
  const existing = await tx.majorRiskReport.findFirst({
    where: { organizationId: input.organizationId, hazardId: input.hazardId },
    select: { id: true },
  });
  if (existing) return existing.id;
  const h = await tx.hazard.findFirst({
    where: { id: input.hazardId, organizationId: input.organizationId },
    select: {
      hazardNo: true,
      title: true,
      description: true,
      containment: true,
      correctiveAction: true,
      organization: { select: { name: true, uscc: true, address: true } },
      product: { select: { name: true, model: true } },
      site: { select: { name: true } },
    },
  });
  if (!h) throw new AppError("HAZARD_NOT_FOUND");
  const creator = input.actor.kind === "user" ? input.actor.userId : await principalOf(tx, input.organizationId);
  if (creator === null) return null;
  const report = await tx.majorRiskReport.create({
    data: {
      organizationId: input.organizationId,
      hazardId: input.hazardId,
      title: `关于${h.product?.name ?? h.title}重大质量安全风险的报告（${h.hazardNo}）`,
      content: draftContent({ ...h, org: h.organization }),
      createdByUserId: creator,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    organizationId: input.organizationId,
    actor: input.actor,
    action: "major_risk_report.draft",
    entityType: "major_risk_report",
    entityId: report.id,
    data: { hazardNo: h.hazardNo },
  });
  return report.id;
}

async function principalOf(tx: Pick<Tx, "membership">, organizationId: string): Promise<string | null> {
  const members = await tx.membership.findMany({
    where: { organizationId, status: "active" },
    select: { userId: true, rolesJson: true },
    orderBy: { createdAt: "asc" },
  });
  return members.find((m) => parseRolesJson(m.rolesJson).includes("principal"))?.userId ?? null;
}

export interface MajorRiskReportView {
  id: string;
  status: MajorRiskReportStatus;
  title: string;
  content: string;
  hazard: { id: string; hazardNo: string; title: string } | null;
  createdBy: { id: string; name: string };
  submittedBy: { id: string; name: string } | null;
  submittedAt: Date | null;
  acknowledgedAt: Date | null;
  createdAt: Date;
}

const viewSelect = {
  id: true,
  status: true,
  title: true,
  content: true,
  submittedAt: true,
  acknowledgedAt: true,
  createdAt: true,
  hazard: { select: { id: true, hazardNo: true, title: true } },
  createdBy: { select: { id: true, name: true } },
  submittedBy: { select: { id: true, name: true } },
} as const;

export async function listMajorRiskReports(db: Db, organizationId: string): Promise<MajorRiskReportView[]> {
  const rows = await db.majorRiskReport.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    select: viewSelect,
  });
  return rows.map((r) => ({ ...r, status: r.status as MajorRiskReportStatus }));
}

export async function getMajorRiskReport(db: Db, organizationId: string, id: string): Promise<MajorRiskReportView> {
  const row = await db.majorRiskReport.findFirst({ where: { id, organizationId }, select: viewSelect });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  return { ...row, status: row.status as MajorRiskReportStatus };
}

/** Creates the draft on demand (e.g. a hazard opened by the ERP before a principal existed). */
export async function ensureMajorRiskReport(
  db: Db,
  ctx: { organizationId: string; userId: string },
  hazardId: string,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const h = await tx.hazard.findFirst({
      where: { id: hazardId, organizationId: ctx.organizationId },
      select: { severity: true },
    });
    if (!h) throw new AppError("HAZARD_NOT_FOUND");
    if (h.severity !== "major") throw new AppError("FORBIDDEN", { message: "only major hazards are reported" });
    const id = await draftMajorRiskReport(tx, {
      organizationId: ctx.organizationId,
      hazardId,
      actor: { kind: "user", userId: ctx.userId },
    });
    if (id === null) throw new AppError("INTERNAL");
    return { id };
  });
}

export async function updateMajorRiskReportDraft(
  db: Db,
  ctx: { organizationId: string; userId: string },
  data: MajorRiskReportDraft,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const applied = await tx.majorRiskReport.updateMany({
      where: { id: data.reportId, organizationId: ctx.organizationId, status: "draft" },
      data: { title: data.title, content: data.content },
    });
    if (applied.count !== 1) await refuse(tx, ctx.organizationId, data.reportId);
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "major_risk_report.edit",
      entityType: "major_risk_report",
      entityId: data.reportId,
    });
    return { id: data.reportId };
  });
}

/** Submitting is the principal's act (art. 4); the caller must hold the role. */
export async function submitMajorRiskReport(
  db: Db,
  ctx: { organizationId: string; userId: string; now: Date },
  reportId: string,
): Promise<{ id: string; submittedAt: Date }> {
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { organizationId: ctx.organizationId, userId: ctx.userId, status: "active" },
      select: { rolesJson: true },
    });
    if (!member || !parseRolesJson(member.rolesJson).includes("principal"))
      throw new AppError("ROLE_REQUIRED", { details: { role: "主要负责人" } });
    const now = ctx.now;
    const applied = await tx.majorRiskReport.updateMany({
      where: { id: reportId, organizationId: ctx.organizationId, status: "draft" },
      data: { status: "submitted", submittedAt: now, submittedByUserId: ctx.userId },
    });
    if (applied.count !== 1) await refuse(tx, ctx.organizationId, reportId);
    const report = await tx.majorRiskReport.findFirstOrThrow({
      where: { id: reportId, organizationId: ctx.organizationId },
      select: { hazardId: true },
    });
    if (report.hazardId)
      await tx.hazard.updateMany({
        where: { id: report.hazardId, organizationId: ctx.organizationId },
        data: { reportedToRegulator: true },
      });
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "major_risk_report.submit",
      entityType: "major_risk_report",
      entityId: reportId,
      data: { hazardId: report.hazardId },
    });
    return { id: reportId, submittedAt: now };
  });
}

async function refuse(tx: Pick<Tx, "majorRiskReport">, organizationId: string, id: string): Promise<never> {
  const exists = await tx.majorRiskReport.findFirst({ where: { id, organizationId }, select: { id: true } });
  throw new AppError(exists ? "RECORD_ALREADY_SIGNED" : "RECORD_NOT_FOUND");
}
