// The outbox (docs/decisions/023). Any code that writes a Notification row gets it delivered: the
// scheduler's `deliveryTick` (1) plans the rows not planned yet (`deliveryPlannedAt` null) into
// NotificationDelivery rows — e-mail per notification when SMTP is configured and the person has an
// address, one post per enterprise group robot and event (key = the dedupeKey, so the owner's and
// the director's copies of one reminder post once) — and (2) sends the rows that are due, claiming
// each first so two ticks never send one row twice, retrying a failure with exponential backoff
// until MAX_ATTEMPTS, then leaving it `failed` (shown on the channel settings page).
import type { Db } from "@anzhi/db";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import {
  dingtalkSender,
  emailSender,
  wecomSender,
  type DeliveryChannel,
  type DeliveryMessage,
  type RobotChannel,
  type Sender,
} from "./channels.ts";

export const MAX_ATTEMPTS = 8;
/** A notification older than this when first planned is history, not news: it is not sent. */
export const STALE_AFTER_MS = 24 * 3_600_000;
/** How long a claimed row is kept from other ticks while it is being sent. */
const CLAIM_MS = 5 * 60_000;
const PLAN_BATCH = 500;
const SEND_BATCH = 100;

export interface DeliveryConfig {
  smtpUrl?: string | undefined;
  mailFrom: string;
  /** ANZHI_PUBLIC_URL: the base of the link a message carries. */
  publicUrl?: string | undefined;
  /** Decrypts the robots' webhook URLs and secrets. */
  cipher: FieldCipher;
}

export interface DeliveryTickResult {
  planned: number;
  sent: number;
  failed: number;
  retrying: number;
}

/** Minutes to wait after the n-th failed attempt: 1, 2, 4, … capped at 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

async function planDeliveries(db: Db, config: DeliveryConfig, now: Date): Promise<number> {
  const batch = await db.notification.findMany({
    where: { deliveryPlannedAt: null },
    orderBy: { createdAt: "asc" },
    take: PLAN_BATCH,
    select: {
      id: true,
      organizationId: true,
      dedupeKey: true,
      createdAt: true,
      user: { select: { email: true } },
    },
  });
  if (batch.length === 0) return 0;
  const robots = await db.orgRobotChannel.findMany({
    where: { enabled: true, organizationId: { in: [...new Set(batch.map((n) => n.organizationId))] } },
    select: { organizationId: true, channel: true },
  });
  const robotsOf = new Map<string, RobotChannel[]>();
  for (const r of robots)
    robotsOf.set(r.organizationId, [...(robotsOf.get(r.organizationId) ?? []), r.channel as RobotChannel]);
  const wanted = new Map<
    string,
    { organizationId: string; notificationId: string; channel: DeliveryChannel; key: string }
  >();
  for (const n of batch) {
    if (now.getTime() - n.createdAt.getTime() > STALE_AFTER_MS) continue;
    if (config.smtpUrl && n.user.email) {
      const row = { organizationId: n.organizationId, notificationId: n.id, channel: "email" as const, key: n.id };
      wanted.set(`${row.organizationId}|email|${row.key}`, row);
    }
    for (const channel of robotsOf.get(n.organizationId) ?? []) {
      const key = n.dedupeKey ?? n.id;
      const id = `${n.organizationId}|${channel}|${key}`;
      if (!wanted.has(id)) wanted.set(id, { organizationId: n.organizationId, notificationId: n.id, channel, key });
    }
  }
  return db.$transaction(async (tx) => {
    const rows = [...wanted.values()];
    const existing =
      rows.length === 0
        ? []
        : await tx.notificationDelivery.findMany({
            where: { key: { in: [...new Set(rows.map((r) => r.key))] } },
            select: { organizationId: true, channel: true, key: true },
          });
    const have = new Set(existing.map((e) => `${e.organizationId}|${e.channel}|${e.key}`));
    const fresh = rows.filter((r) => !have.has(`${r.organizationId}|${r.channel}|${r.key}`));
    if (fresh.length > 0)
      await tx.notificationDelivery.createMany({
        data: fresh.map((r) => ({ ...r, nextAttemptAt: now, createdAt: now })),
      });
    // Only rows still unplanned: a concurrent tick that planned them first keeps its rows.
    await tx.notification.updateMany({
      where: { id: { in: batch.map((n) => n.id) }, deliveryPlannedAt: null },
      data: { deliveryPlannedAt: now },
    });
    return fresh.length;
  });
}

function linkFor(publicUrl: string | undefined): string | null {
  return publicUrl ? `${publicUrl.replace(/\/+$/, "")}/app/reminders` : null;
}

async function senderFor(
  db: Db,
  config: DeliveryConfig,
  organizationId: string,
  channel: DeliveryChannel,
  cache: Map<string, Sender | null>,
): Promise<Sender | null> {
  const id = `${organizationId}|${channel}`;
  if (cache.has(id)) return cache.get(id) ?? null;
  let sender: Sender | null = null;
  if (channel === "email") {
    sender = config.smtpUrl ? emailSender(config.smtpUrl, config.mailFrom) : null;
  } else {
    const row = await db.orgRobotChannel.findUnique({
      where: { organizationId_channel: { organizationId, channel } },
      select: { webhookUrlEnc: true, secretEnc: true, enabled: true },
    });
    if (row?.enabled) {
      const url = config.cipher.decrypt(row.webhookUrlEnc);
      sender =
        channel === "wecom"
          ? wecomSender(url)
          : dingtalkSender(url, row.secretEnc ? config.cipher.decrypt(row.secretEnc) : null);
    }
  }
  cache.set(id, sender);
  return sender;
}

async function sendDue(db: Db, config: DeliveryConfig, now: Date): Promise<Omit<DeliveryTickResult, "planned">> {
  const result = { sent: 0, failed: 0, retrying: 0 };
  const due = await db.notificationDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: SEND_BATCH,
    select: {
      id: true,
      organizationId: true,
      channel: true,
      key: true,
      attempts: true,
      nextAttemptAt: true,
      notification: {
        select: {
          title: true,
          body: true,
          dedupeKey: true,
          organization: { select: { name: true } },
          user: { select: { name: true, email: true } },
        },
      },
    },
  });
  // A robot post names everyone the reminder was written for: one query for the batch.
  const groupKeys = due.filter((d) => d.channel !== "email" && d.notification.dedupeKey).map((d) => d.key);
  const group =
    groupKeys.length === 0
      ? []
      : await db.notification.findMany({
          where: { dedupeKey: { in: [...new Set(groupKeys)] } },
          select: { organizationId: true, dedupeKey: true, user: { select: { name: true } } },
          orderBy: { createdAt: "asc" },
        });
  const cache = new Map<string, Sender | null>();
  for (const d of due) {
    // Claim: only the tick that moves nextAttemptAt on sends this row.
    const claimed = await db.notificationDelivery.updateMany({
      where: { id: d.id, status: "pending", nextAttemptAt: d.nextAttemptAt },
      data: { nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
    });
    if (claimed.count === 0) continue;
    const n = d.notification;
    const recipients =
      d.channel === "email" || !n.dedupeKey
        ? [{ name: n.user.name, email: n.user.email }]
        : [
            ...new Set(
              group
                .filter((g) => g.organizationId === d.organizationId && g.dedupeKey === n.dedupeKey)
                .map((g) => g.user.name),
            ),
          ].map((name) => ({ name, email: null }));
    const message: DeliveryMessage = {
      organizationName: n.organization.name,
      title: n.title,
      body: n.body,
      link: linkFor(config.publicUrl),
      recipients,
    };
    const attempts = d.attempts + 1;
    try {
      const sender = await senderFor(db, config, d.organizationId, d.channel as DeliveryChannel, cache);
      if (!sender) {
        await db.notificationDelivery.update({
          where: { id: d.id },
          data: { status: "failed", attempts, lastError: "channel no longer configured" },
        });
        result.failed++;
        continue;
      }
      await sender.send(message, now);
      await db.notificationDelivery.update({
        where: { id: d.id },
        data: { status: "sent", attempts, sentAt: now, lastError: null },
      });
      result.sent++;
    } catch (e) {
      const lastError = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      const gaveUp = attempts >= MAX_ATTEMPTS;
      await db.notificationDelivery.update({
        where: { id: d.id },
        data: gaveUp
          ? { status: "failed", attempts, lastError }
          : { attempts, lastError, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) },
      });
      if (gaveUp) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

/** Plans the new notifications' deliveries and sends the due ones (one scheduler step). */
export async function deliveryTick(db: Db, config: DeliveryConfig, now: Date): Promise<DeliveryTickResult> {
  const planned = await planDeliveries(db, config, now);
  return { planned, ...(await sendDue(db, config, now)) };
}
