// Outbound webhooks (docs/decisions/027, Standard Webhooks v1). A service that writes a record an
// ERP may want to hear about calls `emitWebhookEvent` inside the same transaction, so the event
// exists exactly when the record does. The scheduler's `webhookTick` (1) fans new events out into
// one WebhookDelivery per active endpoint subscribed to the type, and (2) posts the due deliveries,
// claimed set-based first so two ticks never post one row at once: JSON `{type, timestamp, data}`
// with `webhook-id` (the event id, the same on every retry and replay), `webhook-timestamp` and
// `webhook-signature` (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, with the current and,
// during a rotation's overlap, the previous secret). 2xx = delivered; anything else is retried
// with the outbox backoff (1, 2, 4 … min) until WEBHOOK_MAX_ATTEMPTS, then left `failed`.
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { WebhookEventType, WebhookPayload } from "@anzhi/contracts";
import { bulkInsert, Prisma, type Db, type Tx } from "@anzhi/db";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { backoffMs } from "../notifications/deliveries.ts";

export const WEBHOOK_MAX_ATTEMPTS = 8;
const CLAIM_MS = 5 * 60_000;
const FAN_OUT_BATCH = 500;
const SEND_BATCH = 50;
const SEND_TIMEOUT_MS = 10_000;
const ONCE_SLICE = 400;

type OutboxTx = Pick<Tx, "webhookEndpoint" | "$executeRawUnsafe" | "$queryRawUnsafe">;

/**
 * Writes the event to the outbox in the caller's transaction. Nothing is written when the
 * organisation has no active endpoint for the type (a tenant without an ERP pays nothing).
 */
export async function emitWebhookEvent<T extends WebhookEventType>(
  tx: OutboxTx,
  organizationId: string,
  type: T,
  payload: WebhookPayload<T>,
  now: Date,
): Promise<void> {
  await emitWebhookEvents(tx, organizationId, type, [payload], now);
}

/** Many events of one type and organisation (a batch's hazards): one endpoint check, one INSERT. */
export async function emitWebhookEvents<T extends WebhookEventType>(
  tx: OutboxTx,
  organizationId: string,
  type: T,
  payloads: readonly WebhookPayload<T>[],
  now: Date,
): Promise<void> {
  if (payloads.length === 0) return;
  const subscribed = await tx.webhookEndpoint.findFirst({
    where: { organizationId, status: "active", eventsJson: { contains: `"${type}"` } },
    select: { id: true },
  });
  if (!subscribed) return;
  await bulkInsert(
    tx,
    "WebhookEvent",
    ["id", "organizationId", "type", "payloadJson", "createdAt"],
    payloads.map((payload) => [randomUUID(), organizationId, type, JSON.stringify(payload), now]),
  );
}

export interface OnceEvent {
  organizationId: string;
  type: "certificate.expiring";
  payload: WebhookPayload<"certificate.expiring">;
  /** Unique over all events: the fact the event reports (a certificate at a threshold). */
  dedupeKey: string;
}

/**
 * Writes each event not written before (by `dedupeKey`) in the caller's transaction, for the
 * organisations with an active endpoint subscribed to its type; returns how many were new. Set-based:
 * one read of the endpoints, one of the existing keys and one insert per slice. A concurrent tick that
 * wrote some keys first makes the insert fail on the unique key; the rest are then written one by one.
 */
export async function emitWebhookEventsOnce(
  tx: Pick<Tx, "webhookEndpoint" | "webhookEvent">,
  events: OnceEvent[],
  now: Date,
): Promise<number> {
  if (events.length === 0) return 0;
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { status: "active", organizationId: { in: [...new Set(events.map((e) => e.organizationId))] } },
    select: { organizationId: true, eventsJson: true },
  });
  const wanted = new Set(
    endpoints.flatMap((ep) => (JSON.parse(ep.eventsJson) as string[]).map((type) => `${ep.organizationId} ${type}`)),
  );
  const unique = new Map<string, OnceEvent>();
  for (const e of events) if (wanted.has(`${e.organizationId} ${e.type}`)) unique.set(e.dedupeKey, e);
  const candidates = [...unique.values()];
  let created = 0;
  for (let i = 0; i < candidates.length; i += ONCE_SLICE) {
    const slice = candidates.slice(i, i + ONCE_SLICE);
    const have = new Set(
      (
        await tx.webhookEvent.findMany({
          where: { dedupeKey: { in: slice.map((e) => e.dedupeKey) } },
          select: { dedupeKey: true },
        })
      ).map((e) => e.dedupeKey),
    );
    const data = slice
      .filter((e) => !have.has(e.dedupeKey))
      .map((e) => ({
        organizationId: e.organizationId,
        type: e.type,
        payloadJson: JSON.stringify(e.payload),
        dedupeKey: e.dedupeKey,
        createdAt: now,
      }));
    if (data.length === 0) continue;
    try {
      created += (await tx.webhookEvent.createMany({ data })).count;
    } catch (e) {
      if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== "P2002") throw e;
      for (const row of data) {
        try {
          await tx.webhookEvent.create({ data: row, select: { id: true } });
          created++;
        } catch (err) {
          if (!(err instanceof Prisma.PrismaClientKnownRequestError) || err.code !== "P2002") throw err;
        }
      }
    }
  }
  return created;
}

/** A new signing secret: `whsec_` + base64 of 24 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/** The `v1,<base64>` signature of one message with one `whsec_` secret. */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`).digest("base64")}`;
}

/** The secrets that sign at `now`: the current one and the previous one while its overlap lasts. */
export function signingSecrets(
  endpoint: { secretEnc: string; previousSecretEnc: string | null; previousSecretExpiresAt: Date | null },
  cipher: FieldCipher,
  now: Date,
): string[] {
  const secrets = [cipher.decrypt(endpoint.secretEnc)];
  if (endpoint.previousSecretEnc && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now)
    secrets.push(cipher.decrypt(endpoint.previousSecretEnc));
  return secrets;
}

export interface WebhookTickResult {
  planned: number;
  delivered: number;
  retrying: number;
  failed: number;
}

async function fanOut(db: Db, now: Date): Promise<number> {
  const events = await db.webhookEvent.findMany({
    where: { fannedOutAt: null },
    orderBy: { createdAt: "asc" },
    take: FAN_OUT_BATCH,
    select: { id: true, organizationId: true, type: true },
  });
  if (events.length === 0) return 0;
  const endpoints = await db.webhookEndpoint.findMany({
    where: { status: "active", organizationId: { in: [...new Set(events.map((e) => e.organizationId))] } },
    select: { id: true, organizationId: true, eventsJson: true },
  });
  const subscribed = endpoints.map((e) => ({ ...e, events: new Set(JSON.parse(e.eventsJson) as string[]) }));
  const rows = events.flatMap((ev) =>
    subscribed
      .filter((ep) => ep.organizationId === ev.organizationId && ep.events.has(ev.type))
      .map((ep) => ({ organizationId: ev.organizationId, endpointId: ep.id, eventId: ev.id })),
  );
  return db.$transaction(async (tx) => {
    // Only events still not fanned out: a concurrent tick that took them first keeps its rows.
    const taken = await tx.webhookEvent.updateMany({
      where: { id: { in: events.map((e) => e.id) }, fannedOutAt: null },
      data: { fannedOutAt: now },
    });
    if (taken.count !== events.length) {
      const mine = await tx.webhookEvent.findMany({
        where: { id: { in: events.map((e) => e.id) }, fannedOutAt: now },
        select: { id: true },
      });
      const ids = new Set(mine.map((m) => m.id));
      rows.splice(0, rows.length, ...rows.filter((r) => ids.has(r.eventId)));
    }
    if (rows.length > 0)
      await tx.webhookDelivery.createMany({ data: rows.map((r) => ({ ...r, nextAttemptAt: now, createdAt: now })) });
    return rows.length;
  });
}

async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Anzhi-Webhooks/1", ...headers },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    await res.body?.cancel();
    return res.ok
      ? { ok: true, status: res.status, error: null }
      : { ok: false, status: res.status, error: `HTTP ${res.status}` };
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : "";
    return { ok: false, status: null, error: `${e instanceof Error ? e.message : String(e)}${cause}`.slice(0, 500) };
  }
}

async function sendDue(db: Db, cipher: FieldCipher, now: Date): Promise<Omit<WebhookTickResult, "planned">> {
  const result = { delivered: 0, retrying: 0, failed: 0 };
  const due = await db.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: SEND_BATCH,
    select: { id: true },
  });
  if (due.length === 0) return result;
  // Set-based claim: one statement takes the batch; only rows still due are marked with our token.
  const token = randomUUID();
  await db.webhookDelivery.updateMany({
    where: { id: { in: due.map((d) => d.id) }, status: "pending", nextAttemptAt: { lte: now } },
    data: { claimToken: token, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
  });
  const claimed = await db.webhookDelivery.findMany({
    where: { claimToken: token },
    select: {
      id: true,
      attempts: true,
      endpoint: {
        select: { url: true, status: true, secretEnc: true, previousSecretEnc: true, previousSecretExpiresAt: true },
      },
      event: { select: { id: true, type: true, payloadJson: true, createdAt: true } },
    },
  });
  const timestamp = Math.floor(now.getTime() / 1000);
  for (const d of claimed) {
    const attempts = d.attempts + 1;
    if (d.endpoint.status !== "active") {
      await db.webhookDelivery.update({
        where: { id: d.id },
        data: { status: "failed", attempts, claimToken: null, lastError: "endpoint disabled" },
      });
      result.failed++;
      continue;
    }
    const body = `{"type":${JSON.stringify(d.event.type)},"timestamp":${JSON.stringify(
      d.event.createdAt.toISOString(),
    )},"data":${d.event.payloadJson}}`;
    const signature = signingSecrets(d.endpoint, cipher, now)
      .map((s) => signWebhook(s, d.event.id, timestamp, body))
      .join(" ");
    const sent = await post(d.endpoint.url, body, {
      "webhook-id": d.event.id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signature,
    });
    if (sent.ok) {
      await db.webhookDelivery.update({
        where: { id: d.id },
        data: {
          status: "delivered",
          attempts,
          claimToken: null,
          deliveredAt: now,
          responseStatus: sent.status,
          lastError: null,
        },
      });
      result.delivered++;
      continue;
    }
    const gaveUp = attempts >= WEBHOOK_MAX_ATTEMPTS;
    await db.webhookDelivery.update({
      where: { id: d.id },
      data: {
        attempts,
        claimToken: null,
        responseStatus: sent.status,
        lastError: sent.error,
        ...(gaveUp ? { status: "failed" } : { nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) }),
      },
    });
    if (gaveUp) result.failed++;
    else result.retrying++;
  }
  return result;
}

/** Fans new events out to their endpoints and posts the due deliveries (one scheduler step). */
export async function webhookTick(db: Db, cipher: FieldCipher, now: Date): Promise<WebhookTickResult> {
  const planned = await fanOut(db, now);
  return { planned, ...(await sendDue(db, cipher, now)) };
}
