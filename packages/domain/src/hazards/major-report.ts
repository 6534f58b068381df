// 重大质量安全风险报告: a major (重大) hazard, a failed supervision sampling and a CCC product
// without a valid certificate get a draft report to the market regulator, filled in from the
// enterprise and the hazard (docs/decisions/024). The principal completes every section, names the
// receiving agency (the enterprise's jurisdictional 市场监管局 by default) and submits it; the
// submitted report stays unchanged and is visible to that agency whether it holds a grant or not.
import {
  MAJOR_REPORT_PLACEHOLDER,
  majorReportGaps,
  type HazardSeverity,
  type HazardSource,
  type MajorRiskReportDraft,
  type MajorRiskReportStatus,
} from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError, fieldError } from "../errors.ts";
import { parseRolesJson } from "../members/roles.ts";

/**
 * Which hazards get a report drafted when they are opened: every major one, every failed
 * supervision sampling (the regulator already found the product nonconforming) and a CCC product
 * without a valid certificate (rule ccc_uncertified).
 */
export function needsMajorReport(h: {
  severity: HazardSeverity;
  source: HazardSource | string;
  ruleKey?: string | null;
}) {
  return h.severity === "major" || h.source === "supervision_sampling" || h.ruleKey === "ccc_uncertified";
}

export interface AgencyChoice {
  id: string;
  name: string;
  level: string;
  regionCode: string;
  /** The agency's region contains the enterprise's (its county, city or province). */
  jurisdictional: boolean;
}

const LEVEL_ORDER: Record<string, number> = { district: 0, city: 1, province: 2, station: 3 };

/**
 * Every agency known to the system (grant or not), the enterprise's jurisdictional ones first —
 * the county's 市场监管局, then the city's, then the province's — then the rest by region.
 */
export async function agencyChoices(
  db: Pick<Db, "regulatorAgency" | "organization">,
  organizationId: string,
): Promise<{ agencies: AgencyChoice[]; suggestedId: string | null }> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { regionCode: true } });
  const county = org.regionCode.slice(0, 6);
  const mine = new Set([county, `${county.slice(0, 4)}00`, `${county.slice(0, 2)}0000`]);
  const rows = await db.regulatorAgency.findMany({
    where: { retiredAt: null },
    select: { id: true, name: true, level: true, regionCode: true },
    orderBy: [{ regionCode: "asc" }, { name: "asc" }],
  });
  const agencies = rows
    .map((r) => ({ ...r, jurisdictional: mine.has(r.regionCode.slice(0, 6)) }))
    .sort(
      (a, b) =>
        Number(b.jurisdictional) - Number(a.jurisdictional) ||
        (a.jurisdictional ? (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) : 0) ||
        a.regionCode.localeCompare(b.regionCode) ||
        a.name.localeCompare(b.name),
    );
  // A 所 (station) is the 局's branch: the report goes to the 局.
  const suggested = agencies.find((a) => a.jurisdictional && a.level !== "station") ?? null;
  return { agencies, suggestedId: suggested?.id ?? null };
}

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
  /** A failed supervision sampling: the sampled product and the authority's finding. */
  sampling?: { productName: string; specModel: string; organizingAuthority: string; reportNo: string } | null;
}): string {
  const P = MAJOR_REPORT_PLACEHOLDER;
  const product = h.product
    ? `${h.product.name}（${h.product.model}）`
    : h.sampling
      ? `${h.sampling.productName}（${h.sampling.specModel}）`
      : P;
  return [
    `一、企业名称：${h.org.name}（统一社会信用代码 ${h.org.uscc}）`,
    `    地址：${h.org.address}`,
    `二、涉及产品：${product}${h.site ? `；场所：${h.site.name}` : ""}`,
    `三、风险隐患（${h.hazardNo}）：${h.title}`,
    `    ${h.description}`,
    ...(h.sampling ? [`    ${h.sampling.organizingAuthority}监督抽查，检验报告 ${h.sampling.reportNo}`] : []),
    `四、已采取的控制措施（停产/停售/隔离/召回等）：${h.containment ?? P}`,
    `五、整改措施及计划：${h.correctiveAction ?? P}`,
    `六、影响评估（涉及数量、流向、可能的危害）：${P}`,
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
      samplingResult: { select: { productName: true, specModel: true, organizingAuthority: true, reportNo: true } },
    },
  });
  if (!h) throw new AppError("HAZARD_NOT_FOUND");
  const { suggestedId } = await agencyChoices(tx, input.organizationId);
  const creator = input.actor.kind === "user" ? input.actor.userId : await principalOf(tx, input.organizationId);
  if (creator === null) return null;
  const report = await tx.majorRiskReport.create({
    data: {
      organizationId: input.organizationId,
      hazardId: input.hazardId,
      title: `关于${h.product?.name ?? h.samplingResult?.productName ?? h.title}重大质量安全风险的报告（${h.hazardNo}）`,
      content: draftContent({ ...h, org: h.organization, sampling: h.samplingResult }),
      agencyId: suggestedId,
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
  /** The receiving 市场监管局. */
  agency: { id: string; name: string } | null;
  /** Sections still empty or holding the placeholder (submission is refused while any remain). */
  gaps: string[];
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
  agency: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
  submittedBy: { select: { id: true, name: true } },
} as const;

export async function listMajorRiskReports(db: Db, organizationId: string): Promise<MajorRiskReportView[]> {
  const rows = await db.majorRiskReport.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    select: viewSelect,
  });
  return rows.map((r) => ({ ...r, status: r.status as MajorRiskReportStatus, gaps: majorReportGaps(r.content) }));
}

export async function getMajorRiskReport(db: Db, organizationId: string, id: string): Promise<MajorRiskReportView> {
  const row = await db.majorRiskReport.findFirst({ where: { id, organizationId }, select: viewSelect });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  return { ...row, status: row.status as MajorRiskReportStatus, gaps: majorReportGaps(row.content) };
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
      select: { severity: true, source: true, ruleKey: true },
    });
    if (!h) throw new AppError("HAZARD_NOT_FOUND");
    if (!needsMajorReport({ severity: h.severity as HazardSeverity, source: h.source, ruleKey: h.ruleKey }))
      throw new AppError("FORBIDDEN", { message: "only major hazards are reported" });
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
    if (data.agencyId !== undefined) await assertAgency(tx, data.agencyId);
    const applied = await tx.majorRiskReport.updateMany({
      where: { id: data.reportId, organizationId: ctx.organizationId, status: "draft" },
      data: {
        title: data.title,
        content: data.content,
        ...(data.agencyId !== undefined ? { agencyId: data.agencyId } : {}),
      },
    });
    if (applied.count !== 1) await refuse(tx, ctx.organizationId, data.reportId);
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "major_risk_report.edit",
      entityType: "major_risk_report",
      entityId: data.reportId,
      data: data.agencyId !== undefined ? { agencyId: data.agencyId } : {},
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
      throw new AppError("ROLE_REQUIRED", { details: { roles: ["principal"] } });
    const now = ctx.now;
    const draft = await tx.majorRiskReport.findFirst({
      where: { id: reportId, organizationId: ctx.organizationId },
      select: { status: true, content: true, agencyId: true, updatedAt: true },
    });
    if (!draft) throw new AppError("RECORD_NOT_FOUND");
    if (draft.status !== "draft") throw new AppError("RECORD_ALREADY_SIGNED");
    const gaps = majorReportGaps(draft.content);
    if (gaps.length > 0)
      throw new AppError("MAJOR_REPORT_INCOMPLETE", {
        issues: [
          { path: "content", message: "major_report.sections_incomplete", params: { sections: gaps.join("、") } },
        ],
      });
    if (draft.agencyId === null)
      throw new AppError("MAJOR_REPORT_AGENCY_REQUIRED", {
        issues: [{ path: "agencyId", message: "MAJOR_REPORT_AGENCY_REQUIRED" }],
      });
    await assertAgency(tx, draft.agencyId);
    // Check-and-set on the draft as validated: an edit in between makes this submission fail.
    const applied = await tx.majorRiskReport.updateMany({
      where: { id: reportId, organizationId: ctx.organizationId, status: "draft", updatedAt: draft.updatedAt },
      data: { status: "submitted", submittedAt: now, submittedByUserId: ctx.userId },
    });
    if (applied.count !== 1) throw new AppError("CONFLICT");
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
      data: { hazardId: report.hazardId, agencyId: draft.agencyId },
    });
    return { id: reportId, submittedAt: now };
  });
}

async function refuse(tx: Pick<Tx, "majorRiskReport">, organizationId: string, id: string): Promise<never> {
  const exists = await tx.majorRiskReport.findFirst({ where: { id, organizationId }, select: { id: true } });
  throw new AppError(exists ? "RECORD_ALREADY_SIGNED" : "RECORD_NOT_FOUND");
}

async function assertAgency(tx: Pick<Tx, "regulatorAgency">, agencyId: string): Promise<void> {
  const agency = await tx.regulatorAgency.findFirst({ where: { id: agencyId, retiredAt: null }, select: { id: true } });
  if (!agency) throw fieldError("VALIDATION_FAILED", "agencyId", "major_report.agency_unknown");
}
