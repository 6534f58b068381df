// Opens a hazard in the ledger (隐患台账) from any source — a daily check item, the weekly report,
// a monthly decision, a failed ERP inspection, an invalid certificate, supervision sampling or by
// hand. Numbering is per organisation and year (YH-2026-0007); the create event, the audit row,
// the owner's notice and the outbox event are written in the same transaction as the hazard (and,
// for a major hazard, the draft report to the regulator). Call it inside the caller's transaction.
// A batch (an ERP push of 1,000 failed inspections) opens its hazards set-based: one counter
// update reserves the numbers, and each kind of row is one INSERT.
import { randomUUID } from "node:crypto";
import { localDate, type HazardSeverity, type HazardSource, type RiskStage } from "@anzhi/contracts";
import { bulkInsert, bumpHazardCounter, type Cell, type Tx } from "@anzhi/db";
import { recordAudits, type Actor } from "../audit/audit.ts";
import { appointmentsInForce } from "../appointments/authority.ts";
import { emitWebhookEvents } from "../webhooks/outbox.ts";
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

/** What may differ between the hazards of one batch: everything but who, when and for whom. */
export type HazardToOpen = Omit<OpenHazardInput, "organizationId" | "actor" | "now" | "timeZone">;

export interface OpenedHazard {
  id: string;
  hazardNo: string;
}

/**
 * The next `count` numbers for the organisation and year, YH-<year>-<4+ digits>, reserved from the
 * organisation's counter row (HazardCounter) in the caller's transaction by one upsert (dialect
 * `bumpHazardCounter`), so two first hazards of a year cannot race into a duplicate key and a batch
 * costs one update. A year without a counter yet starts after the highest number already in the
 * ledger for that year (rows written by the demo seed or before the counter existed) — the only
 * time the ledger is read.
 */
export async function reserveHazardNos(
  tx: Pick<Tx, "hazard" | "hazardCounter" | "$queryRawUnsafe" | "$executeRawUnsafe">,
  organizationId: string,
  year: number,
  count: number,
): Promise<string[]> {
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
  const last = await bumpHazardCounter(tx, organizationId, year, first, count);
  return Array.from({ length: count }, (_, i) => `${prefix}${String(last - count + 1 + i).padStart(4, "0")}`);
}

export async function openHazard(tx: Tx, input: OpenHazardInput): Promise<OpenedHazard> {
  const { organizationId, actor, now, timeZone, ...hazard } = input;
  const [opened] = await openHazards(tx, { organizationId, actor, now, timeZone }, [hazard]);
  if (!opened) throw new Error("openHazard: no hazard opened");
  return opened;
}

const HAZARD_COLUMNS = [
  "id",
  "organizationId",
  "hazardNo",
  "source",
  "ruleKey",
  "title",
  "description",
  "severity",
  "dueDate",
  "status",
  "stage",
  "riskItemId",
  "productId",
  "siteId",
  "ownerUserId",
  "containment",
  "dailyEntryId",
  "weeklyReportId",
  "meetingDecisionId",
  "inspectionRecordId",
  "samplingResultId",
  "reportedToRegulator",
  "createdByUserId",
  "createdByApiKeyId",
  "createdAt",
  "updatedAt",
] as const;
const EVENT_COLUMNS = [
  "id",
  "organizationId",
  "hazardId",
  "fromStatus",
  "toStatus",
  "action",
  "actorUserId",
  "actorKind",
  "note",
  "at",
] as const;
const NOTICE_COLUMNS = [
  "id",
  "organizationId",
  "userId",
  "kind",
  "title",
  "entityType",
  "entityId",
  "refsJson",
  "dedupeKey",
  "createdAt",
] as const;

/**
 * Opens `items` as hazards of one organisation, found by one actor at one instant, in batch order
 * (consecutive numbers), inside the caller's transaction: the owners by rule read once, the numbers
 * reserved with one counter update, and the hazards, their create events, audit rows (the chain
 * sealed once), owners' notices and outbox events each written with one statement.
 */
export async function openHazards(
  tx: Tx,
  batch: Pick<OpenHazardInput, "organizationId" | "actor" | "now" | "timeZone">,
  items: readonly HazardToOpen[],
): Promise<OpenedHazard[]> {
  if (items.length === 0) return [];
  const { organizationId, actor, now } = batch;
  const timeZone =
    batch.timeZone ??
    (await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } })).timeZone;
  const today = localDate(now, timeZone);
  const year = Number(today.slice(0, 4));
  const ownerFor = items.some((i) => i.ownerUserId === undefined || i.ownerUserId === null)
    ? await ownersByRule(tx, organizationId, today)
    : () => null;
  const hazardNos = await reserveHazardNos(tx, organizationId, year, items.length);
  const byUser = actor.kind === "user" ? actor.userId : null;
  const byKey = actor.kind === "api_key" ? actor.apiKeyId : null;
  const opened = items.map((item, i) => ({
    item,
    id: randomUUID(),
    hazardNo: hazardNos[i] ?? "",
    ownerUserId: item.ownerUserId ?? ownerFor(item.siteId ?? null),
  }));
  await bulkInsert(
    tx,
    "Hazard",
    HAZARD_COLUMNS,
    opened.map(({ item, id, hazardNo, ownerUserId }): Cell[] => [
      id,
      organizationId,
      hazardNo,
      item.source,
      item.ruleKey ?? null,
      item.title,
      item.description,
      item.severity,
      item.dueDate,
      "open",
      item.stage ?? null,
      item.riskItemId ?? null,
      item.productId ?? null,
      item.siteId ?? null,
      ownerUserId,
      item.containment ?? null,
      item.refs?.dailyEntryId ?? null,
      item.refs?.weeklyReportId ?? null,
      item.refs?.meetingDecisionId ?? null,
      item.refs?.inspectionRecordId ?? null,
      item.refs?.samplingResultId ?? null,
      false,
      byUser,
      byKey,
      now,
      now,
    ]),
  );
  await bulkInsert(
    tx,
    "HazardEvent",
    EVENT_COLUMNS,
    opened.map(({ item, id }): Cell[] => [
      randomUUID(),
      organizationId,
      id,
      null,
      "open",
      "create",
      byUser,
      actor.kind,
      item.title,
      now,
    ]),
  );
  await recordAudits(
    tx,
    opened.map(({ item, id, hazardNo, ownerUserId }) => ({
      organizationId,
      actor,
      action: "hazard.open",
      entityType: "hazard",
      entityId: id,
      data: {
        hazardNo,
        source: item.source,
        severity: item.severity,
        dueDate: item.dueDate,
        owner: ownerUserId,
        ...(item.ownerUserId ? {} : { ownerByRule: true }),
      },
      at: now,
    })),
  );
  // The in-app notice to each new owner (a channel sender delivers Notification rows further); the
  // hazard is new, so its dedupe key is too.
  await bulkInsert(
    tx,
    "Notification",
    NOTICE_COLUMNS,
    opened.flatMap(({ item, id, hazardNo, ownerUserId }): Cell[][] =>
      ownerUserId === null || ownerUserId === byUser
        ? []
        : [
            [
              randomUUID(),
              organizationId,
              ownerUserId,
              "hazard_assigned",
              `隐患 ${hazardNo} 由您负责整改：${item.title}（整改期限 ${item.dueDate}）`,
              "hazard",
              id,
              JSON.stringify({ ref: hazardNo }),
              `hazard_assigned:${id}`,
              now,
            ],
          ],
    ),
  );
  await emitWebhookEvents(
    tx,
    organizationId,
    "hazard.opened",
    opened.map(({ item, id, hazardNo }) => ({
      id,
      hazardNo,
      source: item.source,
      severity: item.severity,
      title: item.title,
      dueDate: item.dueDate,
      inspectionRecordId: item.refs?.inspectionRecordId ?? null,
    })),
    now,
  );
  // A major hazard (and a failed supervision sampling, a CCC product without a certificate) prompts
  // a report to the regulator: its draft is ready in the same transaction.
  for (const { item, id } of opened)
    if (needsMajorReport(item)) await draftMajorRiskReport(tx, { organizationId, hazardId: id, actor });
  return opened.map(({ id, hazardNo }) => ({ id, hazardNo }));
}

/**
 * The owner of a hazard nobody named (docs/decisions/024), by its site: the 质量安全员 appointed for
 * the hazard's site (an appointment naming no site covers every site), else the appointed 质量安全总监,
 * else the appointed 主要负责人 — each in force today and holding an active membership. Null only
 * when the register names none of them; the dashboard then shows the hazard without an owner. The
 * register is read once for any number of hazards.
 */
async function ownersByRule(
  tx: Pick<Tx, "roleAssignment" | "membership">,
  organizationId: string,
  today: string,
): Promise<(siteId: string | null) => string | null> {
  const active = new Set(
    (await tx.membership.findMany({ where: { organizationId, status: "active" }, select: { userId: true } })).map(
      (m) => m.userId,
    ),
  );
  const pick = (rows: Array<{ userId: string | null }>) =>
    rows.find((r) => r.userId !== null && active.has(r.userId))?.userId ?? null;
  const officers = await appointmentsInForce(tx, organizationId, "officer", today);
  const fallback =
    pick(await appointmentsInForce(tx, organizationId, "director", today)) ??
    pick(await appointmentsInForce(tx, organizationId, "principal", today));
  const wholeOrganisation = officers.filter((o) => o.siteIds.length === 0);
  // A site's own officer first, then one covering the whole organisation.
  return (siteId) =>
    pick(
      siteId === null
        ? wholeOrganisation
        : [...officers.filter((o) => o.siteIds.includes(siteId)), ...wholeOrganisation],
    ) ?? fallback;
}
