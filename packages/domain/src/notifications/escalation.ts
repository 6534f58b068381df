// Escalation (issue 13, docs/decisions/023): the reminders the scheduler writes beyond the routine
// ones — overdue hazards, certificates at 90/30/0 days, pending vetoes, risk-list versions awaiting
// approval and recurring training falling due. Every rule is one query over all active
// organisations (never organisations × members), answered in memory against each organisation's
// local day, and written through `notifyOnce`, whose dedupe keys make a rule fire once per event:
//   hazard_overdue:<hazard>:<due date>            owner + directors, once per due date
//   certificate_expiring:<kind>:<id>:<expiry>:<t> directors + principals, t = 90, 30, 0 days left
// The certificate reminders and their `certificate.expiring` webhook events (ADR 027) are written in
// one transaction; the event's own unique dedupe key (certificate.expiring:<kind>:<id>:<expiry>:<t>)
// makes it once per certificate and threshold, whoever the recipients are.
//   veto_pending:<proposal>:<hours>               principals at filing (0) and every hour until decided
//   veto_waiting:<proposal>:<hours>               directors after 1 hour, then every 24 hours (the age)
//   risk_list_unapproved:<version>:<day>          principals, every day a version waits (after the first)
//   training_due:<record>:<t>                     directors + principals, t = 30, 0 days before nextDueAt
import { dayNumber, localDate, type ProposalType } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { emitWebhookEventsOnce, type OnceEvent } from "../webhooks/outbox.ts";
import { notifyOnce, type NewNotification } from "./notify.ts";
import { loadOrgPeople, type OrgPeople } from "./recipients.ts";

const HOUR = 3_600_000;

const VETO_TYPES = ["stop_production", "stop_sales"] as const satisfies readonly ProposalType[];
const VETO_NAMES: Record<(typeof VETO_TYPES)[number], string> = {
  stop_production: "停止生产",
  stop_sales: "停止销售",
};

export const CERTIFICATE_THRESHOLDS = [90, 30, 0] as const;
export const TRAINING_THRESHOLDS = [30, 0] as const;

/** The smallest threshold `daysLeft` has reached (90 → 30 → 0), or null while further away. */
export function thresholdReached(daysLeft: number, thresholds: readonly number[]): number | null {
  let hit: number | null = null;
  for (const t of thresholds) if (daysLeft <= t) hit = t;
  return hit;
}

function to(
  userIds: Iterable<string>,
  org: { id: string; members: { has: (userId: string) => boolean } },
  base: Omit<NewNotification, "userId" | "organizationId">,
) {
  const rows: NewNotification[] = [];
  for (const userId of new Set(userIds))
    if (org.members.has(userId)) rows.push({ ...base, organizationId: org.id, userId });
  return rows;
}

async function hazardRules(db: Db, people: Map<string, OrgPeople>): Promise<NewNotification[]> {
  const latestToday = [...people.values()].reduce((d, o) => (o.today > d ? o.today : d), "");
  const rows = await db.hazard.findMany({
    where: { status: { not: "closed" }, dueDate: { lt: latestToday }, organization: { deactivatedAt: null } },
    select: { id: true, organizationId: true, hazardNo: true, title: true, dueDate: true, ownerUserId: true },
  });
  return rows.flatMap((h) => {
    const org = people.get(h.organizationId);
    if (!org || h.dueDate >= org.today) return [];
    const days = dayNumber(org.today) - dayNumber(h.dueDate);
    return to([...(h.ownerUserId ? [h.ownerUserId] : []), ...org.directors], org, {
      kind: "hazard_overdue",
      title: `隐患${h.hazardNo}已逾期 ${days} 天（整改期限 ${h.dueDate}）：${h.title}`,
      entityType: "hazard",
      entityId: h.id,
      ref: h.hazardNo,
      dedupeKey: `hazard_overdue:${h.id}:${h.dueDate}`,
    });
  });
}

async function certificateRules(
  db: Db,
  people: Map<string, OrgPeople>,
): Promise<{ notifications: NewNotification[]; events: OnceEvent[] }> {
  const days = [...people.values()].map((o) => o.today).sort();
  if (days.length === 0) return { notifications: [], events: [] };
  // Expiry within 90 days of the latest local day, or already past: nothing further away can fire.
  const horizon = new Date(`${days[days.length - 1]}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + CERTIFICATE_THRESHOLDS[0]);
  const until = horizon.toISOString().slice(0, 10);
  const where = { retiredAt: null, expiryDate: { lte: until }, organization: { deactivatedAt: null } };
  const [licences, cccs] = await Promise.all([
    db.productionLicence.findMany({
      where,
      select: { id: true, organizationId: true, licenceNo: true, expiryDate: true },
    }),
    db.cccCertificate.findMany({ where, select: { id: true, organizationId: true, certNo: true, expiryDate: true } }),
  ]);
  const certs = [
    ...licences.map((l) => ({ kind: "licence" as const, label: "生产许可证", number: l.licenceNo, ...l })),
    ...cccs.map((c) => ({ kind: "ccc" as const, label: "CCC证书", number: c.certNo, ...c })),
  ];
  const notifications: NewNotification[] = [];
  const events: OnceEvent[] = [];
  for (const c of certs) {
    const org = people.get(c.organizationId);
    if (!org) continue;
    const left = dayNumber(c.expiryDate) - dayNumber(org.today);
    const t = thresholdReached(left, CERTIFICATE_THRESHOLDS);
    if (t === null) continue;
    const when =
      left < 0 ? `已于 ${c.expiryDate} 到期` : left === 0 ? "今日到期" : `将于 ${left} 天后（${c.expiryDate}）到期`;
    events.push({
      organizationId: org.id,
      type: "certificate.expiring",
      payload: { kind: c.kind, id: c.id, number: c.number, expiryDate: c.expiryDate, daysLeft: left, threshold: t },
      dedupeKey: `certificate.expiring:${c.kind}:${c.id}:${c.expiryDate}:${t}`,
    });
    notifications.push(
      ...to([...org.directors, ...org.principals], org, {
        kind: "certificate_expiring",
        title: `${c.label}（${c.number}）${when}`,
        entityType: c.kind === "licence" ? "production_licence" : "ccc_certificate",
        entityId: c.id,
        ref: c.number,
        dedupeKey: `certificate_expiring:${c.kind}:${c.id}:${c.expiryDate}:${t}`,
        dueAt: null,
      }),
    );
  }
  return { notifications, events };
}

/** The notification the principal gets for a pending veto `hours` after it was filed (0 = at once). */
export function vetoNotice(
  org: { id: string; principals: string[]; members: { has: (userId: string) => boolean } },
  veto: { id: string; type: string; proposedAt: Date },
  hours: number,
): NewNotification[] {
  const name = VETO_NAMES[veto.type as (typeof VETO_TYPES)[number]] ?? veto.type;
  return to(org.principals, org, {
    kind: "veto_pending",
    title: hours === 0 ? `${name}建议待你决定（须立即处理）` : `${name}建议仍待你决定（已等待 ${hours} 小时）`,
    entityType: "staff_proposal",
    entityId: veto.id,
    ref: veto.id,
    dedupeKey: `veto_pending:${veto.id}:${hours}`,
  });
}

async function vetoRules(db: Db, people: Map<string, OrgPeople>, now: Date): Promise<NewNotification[]> {
  const rows = await db.staffProposal.findMany({
    where: { status: "pending", type: { in: [...VETO_TYPES] }, organization: { deactivatedAt: null } },
    select: { id: true, organizationId: true, type: true, proposedAt: true },
  });
  return rows.flatMap((v) => {
    const org = people.get(v.organizationId);
    if (!org) return [];
    const hours = Math.max(0, Math.floor((now.getTime() - v.proposedAt.getTime()) / HOUR));
    const out = vetoNotice(org, v, hours);
    if (hours >= 1) {
      // The director sees the age: after the first hour, then once a day.
      const mark = hours < 24 ? 1 : Math.floor(hours / 24) * 24;
      const name = VETO_NAMES[v.type as (typeof VETO_TYPES)[number]] ?? v.type;
      out.push(
        ...to(org.directors, org, {
          kind: "veto_waiting",
          title: `${name}建议已等待主要负责人决定 ${mark} 小时`,
          entityType: "staff_proposal",
          entityId: v.id,
          ref: v.id,
          dedupeKey: `veto_waiting:${v.id}:${mark}`,
        }),
      );
    }
    return out;
  });
}

async function riskListRules(db: Db, people: Map<string, OrgPeople>): Promise<NewNotification[]> {
  const versions = await db.riskListVersion.findMany({
    where: { approvedAt: null, organization: { deactivatedAt: null } },
    select: { id: true, organizationId: true, listId: true, version: true, createdAt: true },
  });
  if (versions.length === 0) return [];
  const approved = await db.riskListVersion.groupBy({
    by: ["listId"],
    where: { listId: { in: [...new Set(versions.map((v) => v.listId))] }, approvedAt: { not: null } },
    _max: { version: true },
  });
  const inForce = new Map(approved.map((a) => [a.listId, a._max.version ?? 0]));
  return versions.flatMap((v) => {
    const org = people.get(v.organizationId);
    // A draft below the version in force was overtaken; one created today was announced when made.
    if (!org || v.version <= (inForce.get(v.listId) ?? 0)) return [];
    const madeOn = localDate(v.createdAt, org.timeZone);
    if (madeOn >= org.today) return [];
    return to(org.principals, org, {
      kind: "risk_list_pending",
      title: `风险管控清单第 ${v.version} 版仍待批准`,
      entityType: "risk_list_version",
      entityId: v.id,
      ref: String(v.version),
      dedupeKey: `risk_list_unapproved:${v.id}:${org.today}`,
    });
  });
}

async function trainingRules(db: Db, people: Map<string, OrgPeople>): Promise<NewNotification[]> {
  const days = [...people.values()].map((o) => o.today).sort();
  if (days.length === 0) return [];
  const horizon = new Date(`${days[days.length - 1]}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + TRAINING_THRESHOLDS[0]);
  const due = await db.trainingRecord.findMany({
    where: {
      kind: "training",
      nextDueAt: { not: null, lte: horizon.toISOString().slice(0, 10) },
      organization: { deactivatedAt: null },
    },
    select: { id: true, organizationId: true, topic: true, trainingDate: true, nextDueAt: true },
  });
  if (due.length === 0) return [];
  // A later session of the same topic answers the recurrence.
  const later = await db.trainingRecord.findMany({
    where: {
      kind: "training",
      organizationId: { in: [...new Set(due.map((d) => d.organizationId))] },
      topic: { in: [...new Set(due.map((d) => d.topic))] },
      trainingDate: { gt: due.reduce((m, d) => (d.trainingDate < m ? d.trainingDate : m), "9999-12-31") },
    },
    select: { organizationId: true, topic: true, trainingDate: true },
  });
  return due.flatMap((r) => {
    const org = people.get(r.organizationId);
    if (!org || !r.nextDueAt) return [];
    if (
      later.some((l) => l.organizationId === r.organizationId && l.topic === r.topic && l.trainingDate > r.trainingDate)
    )
      return [];
    const left = dayNumber(r.nextDueAt) - dayNumber(org.today);
    const t = thresholdReached(left, TRAINING_THRESHOLDS);
    if (t === null) return [];
    const when = left < 0 ? `已于 ${r.nextDueAt} 到期` : left === 0 ? "今日到期" : `将于 ${r.nextDueAt} 到期`;
    return to([...org.directors, ...org.principals], org, {
      kind: "training_due",
      title: `培训「${r.topic}」${when}`,
      entityType: "training_record",
      entityId: r.id,
      ref: r.topic,
      dedupeKey: `training_due:${r.id}:${t}`,
    });
  });
}

export interface EscalationResult {
  created: number;
}

/** Every escalation rule over every active organisation at `now`; returns how many reminders were new. */
export async function escalationTick(db: Db, now: Date): Promise<EscalationResult> {
  const people = await loadOrgPeople(db, now);
  if (people.size === 0) return { created: 0 };
  const [certificates, ...others] = await Promise.all([
    certificateRules(db, people),
    hazardRules(db, people),
    vetoRules(db, people, now),
    riskListRules(db, people),
    trainingRules(db, people),
  ]);
  const created = await db.$transaction(async (tx) => {
    const n = await notifyOnce(tx, certificates.notifications, now);
    await emitWebhookEventsOnce(tx, certificates.events, now);
    return n;
  });
  return { created: created + (await notifyOnce(db, others.flat(), now)) };
}
