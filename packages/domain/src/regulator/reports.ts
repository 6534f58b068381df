// Major-risk reports (重大质量安全风险报告) in the regulator's inbox, and acknowledgement of
// receipt — the only thing a regulator ever records. A report addressed to the agency is always
// in its inbox, grant or not (the enterprise sent it there, docs/decisions/024); a report from
// before reports named their agency (agencyId null) reaches agencies holding a live grant.
import type { Db } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { liveWhere, requireLedger } from "./grants.ts";
import type { RegulatorActor } from "./portal.ts";

export interface InboxReport {
  id: string;
  organizationId: string;
  organizationName: string;
  title: string;
  content: string;
  submittedAt: Date | null;
  status: string;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
}

export async function inbox(db: Db, actor: RegulatorActor, now: Date): Promise<InboxReport[]> {
  const rows = await db.majorRiskReport.findMany({
    where: {
      status: { in: ["submitted", "acknowledged"] },
      OR: [
        { agencyId: actor.agencyId },
        // A subquery on the live grants, not an id list (SQLite's bind limit at ~1,000 grants).
        { agencyId: null, organization: { accessGrants: { some: { agencyId: actor.agencyId, ...liveWhere(now) } } } },
      ],
    },
    orderBy: [{ status: "desc" }, { submittedAt: "desc" }],
    select: {
      id: true,
      organizationId: true,
      title: true,
      content: true,
      submittedAt: true,
      status: true,
      acknowledgedAt: true,
      organization: { select: { name: true } },
      acknowledgedBy: { select: { user: { select: { name: true } } } },
    },
  });
  const shown = [...new Set(rows.map((r) => r.organizationId))];
  if (shown.length > 0)
    await db.regulatorReadLog.createMany({
      data: shown.map((organizationId) => ({
        regulatorUserId: actor.regulatorUserId,
        agencyId: actor.agencyId,
        organizationId,
        ledger: "major_reports",
        action: "view",
        filtersJson: "{}",
        at: now,
      })),
    });
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organizationId,
    organizationName: r.organization.name,
    title: r.title,
    content: r.content,
    submittedAt: r.submittedAt,
    status: r.status,
    acknowledgedAt: r.acknowledgedAt,
    acknowledgedByName: r.acknowledgedBy?.user.name ?? null,
  }));
}

export async function acknowledgeReport(
  db: Db,
  actor: RegulatorActor,
  reportId: string,
  now: Date,
): Promise<{ id: string; acknowledgedAt: Date }> {
  const report = await db.majorRiskReport.findFirst({
    where: { id: reportId, OR: [{ agencyId: null }, { agencyId: actor.agencyId }] },
    select: { organizationId: true, agencyId: true },
  });
  if (!report) throw new AppError("RECORD_NOT_FOUND");
  // Addressed to this agency: its own mail, no grant needed; an unaddressed one needs the grant.
  if (report.agencyId !== actor.agencyId) await requireLedger(db, actor.agencyId, report.organizationId, null, now);
  return db.$transaction(async (tx) => {
    const changed = await tx.majorRiskReport.updateMany({
      where: { id: reportId, status: "submitted" },
      data: {
        status: "acknowledged",
        acknowledgedAt: now,
        acknowledgedByRegulatorUserId: actor.regulatorUserId,
        agencyId: actor.agencyId,
      },
    });
    if (changed.count !== 1) throw new AppError("RECORD_ALREADY_SIGNED");
    await recordAudit(tx, {
      organizationId: report.organizationId,
      actor: { kind: "regulator", userId: actor.userId },
      action: "major_risk_report.acknowledge",
      entityType: "major_risk_report",
      entityId: reportId,
      data: { agencyId: actor.agencyId },
    });
    return { id: reportId, acknowledgedAt: now };
  });
}
