// Opens a hazard in the ledger (隐患台账) from any source — a daily check item, the weekly report,
// a monthly decision, a failed ERP inspection, an invalid certificate, supervision sampling or by
// hand. Numbering is per organisation and year (YH-2026-0007); the create event and the audit
// row are written in the same transaction as the hazard (and, for a major hazard, the draft report
// to the regulator). Call it inside the caller's transaction.
import { localDate, type HazardSeverity, type HazardSource, type RiskStage } from "@anzhi/contracts";
import { bumpHazardCounter, type Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { appointmentsInForce } from "../appointments/authority.ts";
import { emitWebhookEvent } from "../webhooks/outbox.ts";
import { draftMajorRiskReport, needsMajorReport } from "./major-report.ts";

export interface OpenHazardInput {
  organizationId: string;
  source: HazardSource;
  /** The system rule that found it (docs/decisions/018); a re-check looks for its open hazard. */
  ruleKey?: string | null;
  title: string;
  description: string;
  severity: HazardSeverity;
  /** Local date "YYYY-MM-DD" in the organisation's time zone. */
  dueDate: string;
  stage?: RiskStage | null;
  riskItemId?: string | null;
  productId?: string | null;
  siteId?: string | null;
  /** Who must rectify; when absent (a system check, the ERP) the owner comes from `ownerByRule`. */
  ownerUserId?: string | null;
  containment?: string | null;
  refs?: {
    dailyEntryId?: string;
    weeklyReportId?: string;
    meetingDecisionId?: string;
    inspectionRecordId?: string;
    samplingResultId?: string;
  };
  actor: Actor;
  /**
   * When the hazard was found (the request's or the job's instant). It dates the ledger row, its
   * first event and audit row, and numbers it in the year of that day in the organisation's time
   * zone (a hazard found on 31 December is YH-<that year>, whatever its due date).
   */
  now: Date;
  /** The organisation's time zone when the caller already has it (batches); else it is looked up. */
  timeZone?: string;
}

export interface OpenedHazard {
  id: string;
  hazardNo: string;
}

/**
 * Next number for the organisation and year, YH-<year>-<4+ digits>, from the organisation's
 * counter row (HazardCounter), incremented in the caller's transaction by one upsert (dialect
 * `bumpHazardCounter`), so two first hazards of a year cannot race into a duplicate key. A year
 * without a counter yet starts after the highest number already in the ledger for that year (rows
 * written by the demo seed or before the counter existed) — the only time the ledger is read.
 */
export async function nextHazardNo(
  tx: Pick<Tx, "hazard" | "hazardCounter" | "$queryRawUnsafe" | "$executeRawUnsafe">,
  organizationId: string,
  year: number,
): Promise<string> {
  const prefix = `YH-${year}-`;
  const counter = await tx.hazardCounter.findUnique({
    where: { organizationId_year: { organizationId, year } },
    select: { last: true },
  });
  let first = 1;
  if (!counter) {
    const rows = await tx.hazard.findMany({
      where: { organizationId, hazardNo: { startsWith: prefix } },
      select: { hazardNo: true },
    });
    first = rows.reduce((m, r) => Math.max(m, Number(r.hazardNo.slice(prefix.length)) || 0), 0) + 1;
  }
  const last = await bumpHazardCounter(tx, organizationId, year, first);
  return `${prefix}${String(last).padStart(4, "0")}`;
}

export async function openHazard(tx: Tx, input: OpenHazardInput): Promise<OpenedHazard> {
  const timeZone =
    input.timeZone ??
    (
      await tx.organization.findUniqueOrThrow({
        where: { id: input.organizationId },
        select: { timeZone: true },
      })
    ).timeZone;
  const today = localDate(input.now, timeZone);
  const year = Number(today.slice(0, 4));
  const ownerUserId = input.ownerUserId ?? (await ownerByRule(tx, input.organizationId, input.siteId ?? null, today));
  const hazardNo = await nextHazardNo(tx, input.organizationId, year);
  const byUser = input.actor.kind === "user" ? input.actor.userId : null;
  const byKey = input.actor.kind === "api_key" ? input.actor.apiKeyId : null;
  const hazard = await tx.hazard.create({
    data: {
      organizationId: input.organizationId,
      hazardNo,
      source: input.source,
      ruleKey: input.ruleKey ?? null,
      title: input.title,
      description: input.description,
      severity: input.severity,
      dueDate: input.dueDate,
      stage: input.stage ?? null,
      riskItemId: input.riskItemId ?? null,
      productId: input.productId ?? null,
      siteId: input.siteId ?? null,
      ownerUserId,
      containment: input.containment ?? null,
      dailyEntryId: input.refs?.dailyEntryId ?? null,
      weeklyReportId: input.refs?.weeklyReportId ?? null,
      meetingDecisionId: input.refs?.meetingDecisionId ?? null,
      inspectionRecordId: input.refs?.inspectionRecordId ?? null,
      samplingResultId: input.refs?.samplingResultId ?? null,
      createdByUserId: byUser,
      createdByApiKeyId: byKey,
      createdAt: input.now,
      updatedAt: input.now,
    },
    select: { id: true, hazardNo: true },
  });
  await tx.hazardEvent.create({
    data: {
      organizationId: input.organizationId,
      hazardId: hazard.id,
      fromStatus: null,
      toStatus: "open",
      action: "create",
      actorUserId: byUser,
      actorKind: input.actor.kind,
      note: input.title,
      at: input.now,
    },
  });
  await recordAudit(tx, {
    organizationId: input.organizationId,
    actor: input.actor,
    action: "hazard.open",
    entityType: "hazard",
    entityId: hazard.id,
    data: {
      hazardNo,
      source: input.source,
      severity: input.severity,
      dueDate: input.dueDate,
      owner: ownerUserId,
      ...(input.ownerUserId ? {} : { ownerByRule: true }),
    },
    at: input.now,
  });
  if (ownerUserId !== null && ownerUserId !== byUser)
    await notifyHazardOwner(tx, {
      organizationId: input.organizationId,
      userId: ownerUserId,
      hazard: { id: hazard.id, hazardNo, title: input.title, dueDate: input.dueDate },
      now: input.now,
    });
  await emitWebhookEvent(
    tx,
    input.organizationId,
    "hazard.opened",
    {
      id: hazard.id,
      hazardNo,
      source: input.source,
      severity: input.severity,
      title: input.title,
      dueDate: input.dueDate,
      inspectionRecordId: input.refs?.inspectionRecordId ?? null,
    },
    input.now,
  );
  // A major hazard (and a failed supervision sampling, a CCC product without a certificate) prompts
  // a report to the regulator: its draft is ready in the same transaction.
  if (needsMajorReport(input))
    await draftMajorRiskReport(tx, { organizationId: input.organizationId, hazardId: hazard.id, actor: input.actor });
  return hazard;
}

/**
 * The owner of a hazard nobody named (docs/decisions/024): the 质量安全员 appointed for the
 * hazard's site (an appointment naming no site covers every site), else the appointed 质量安全总监,
 * else the appointed 主要负责人 — each in force today and holding an active membership. Null only
 * when the register names none of them; the dashboard then shows the hazard without an owner.
 */
export async function ownerByRule(
  tx: Pick<Tx, "roleAssignment" | "membership">,
  organizationId: string,
  siteId: string | null,
  today: string,
): Promise<string | null> {
  const active = new Set(
    (await tx.membership.findMany({ where: { organizationId, status: "active" }, select: { userId: true } })).map(
      (m) => m.userId,
    ),
  );
  const pick = (rows: Array<{ userId: string | null }>) =>
    rows.find((r) => r.userId !== null && active.has(r.userId))?.userId ?? null;
  const officers = await appointmentsInForce(tx, organizationId, "officer", today);
  // A site's own officer first, then one covering the whole organisation.
  const forSite =
    siteId === null
      ? officers.filter((o) => o.siteIds.length === 0)
      : [...officers.filter((o) => o.siteIds.includes(siteId)), ...officers.filter((o) => o.siteIds.length === 0)];
  return (
    pick(forSite) ??
    pick(await appointmentsInForce(tx, organizationId, "director", today)) ??
    pick(await appointmentsInForce(tx, organizationId, "principal", today))
  );
}

/** The in-app notice to a hazard's new owner (a channel sender delivers Notification rows further). */
export async function notifyHazardOwner(
  tx: Pick<Tx, "notification">,
  n: {
    organizationId: string;
    userId: string;
    hazard: { id: string; hazardNo: string; title: string; dueDate: string };
    now: Date;
  },
): Promise<void> {
  await tx.notification.upsert({
    where: { userId_dedupeKey: { userId: n.userId, dedupeKey: `hazard_assigned:${n.hazard.id}` } },
    create: {
      organizationId: n.organizationId,
      userId: n.userId,
      kind: "hazard_assigned",
      title: `隐患 ${n.hazard.hazardNo} 由您负责整改：${n.hazard.title}（整改期限 ${n.hazard.dueDate}）`,
      entityType: "hazard",
      entityId: n.hazard.id,
      refsJson: JSON.stringify({ ref: n.hazard.hazardNo }),
      dedupeKey: `hazard_assigned:${n.hazard.id}`,
      createdAt: n.now,
    },
    update: {},
  });
}
