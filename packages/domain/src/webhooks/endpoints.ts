// 设置 → Webhook (admins): the enterprise's ERP receivers. The secret is generated here, stored
// encrypted and returned once (on create and on rotate); a rotation keeps the old secret signing
// for ROTATION_OVERLAP_MS so the receiver can switch without losing a delivery. A URL must be
// https, unless its host is one the operator allows (a local receiver in tests).
import type { WebhookDeliveryRef, WebhookEndpointCreate, WebhookEndpointRef, WebhookEventType } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { AppError, fieldError } from "../errors.ts";
import { newWebhookSecret } from "./outbox.ts";

export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

type Who = { organizationId: string; userId: string; now: Date };

export interface WebhookEndpointView {
  id: string;
  url: string;
  events: WebhookEventType[];
  status: "active" | "disabled";
  rotatingUntil: Date | null;
  createdAt: Date;
}

export interface WebhookDeliveryView {
  id: string;
  endpointId: string;
  eventId: string;
  type: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  nextAttemptAt: Date;
  responseStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export async function listWebhooks(
  db: Db,
  organizationId: string,
  now: Date,
): Promise<{ endpoints: WebhookEndpointView[]; deliveries: WebhookDeliveryView[] }> {
  const [endpoints, deliveries] = await Promise.all([
    db.webhookEndpoint.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } }),
    db.webhookDelivery.findMany({
      where: { organizationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      include: { event: { select: { type: true } } },
    }),
  ]);
  return {
    endpoints: endpoints.map((e) => ({
      id: e.id,
      url: e.url,
      events: JSON.parse(e.eventsJson) as WebhookEventType[],
      status: e.status as WebhookEndpointView["status"],
      rotatingUntil: e.previousSecretExpiresAt && e.previousSecretExpiresAt > now ? e.previousSecretExpiresAt : null,
      createdAt: e.createdAt,
    })),
    deliveries: deliveries.map((d) => ({
      id: d.id,
      endpointId: d.endpointId,
      eventId: d.eventId,
      type: d.event.type,
      status: d.status as WebhookDeliveryView["status"],
      attempts: d.attempts,
      nextAttemptAt: d.nextAttemptAt,
      responseStatus: d.responseStatus,
      lastError: d.lastError,
      deliveredAt: d.deliveredAt,
      createdAt: d.createdAt,
    })),
  };
}

export async function createWebhookEndpoint(
  db: Db,
  who: Who,
  input: WebhookEndpointCreate,
  opts: { cipher: FieldCipher; insecureHosts?: readonly string[] },
): Promise<{ id: string; secret: string }> {
  const url = new URL(input.url);
  if (url.protocol !== "https:" && !(opts.insecureHosts ?? []).includes(url.host))
    throw fieldError("VALIDATION_FAILED", "url", "webhook.url_invalid");
  const secret = newWebhookSecret();
  return db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: {
        organizationId: who.organizationId,
        url: url.toString(),
        eventsJson: JSON.stringify(input.events),
        secretEnc: opts.cipher.encrypt(secret),
        createdAt: who.now,
        updatedAt: who.now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: who.organizationId,
      actor: { kind: "user", userId: who.userId },
      action: "webhook_endpoint.create",
      entityType: "webhook_endpoint",
      entityId: row.id,
      data: { url: url.toString(), events: input.events },
      at: who.now,
    });
    return { id: row.id, secret };
  });
}

async function endpointOf(db: Pick<Db, "webhookEndpoint">, organizationId: string, id: string) {
  const row = await db.webhookEndpoint.findFirst({ where: { id, organizationId } });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  return row;
}

/** A new secret (returned once); the current one keeps signing for ROTATION_OVERLAP_MS. */
export async function rotateWebhookSecret(
  db: Db,
  who: Who,
  input: WebhookEndpointRef,
  opts: { cipher: FieldCipher },
): Promise<{ secret: string; previousValidUntil: Date }> {
  const secret = newWebhookSecret();
  const previousValidUntil = new Date(who.now.getTime() + ROTATION_OVERLAP_MS);
  await db.$transaction(async (tx) => {
    const row = await endpointOf(tx, who.organizationId, input.endpointId);
    await tx.webhookEndpoint.update({
      where: { id: row.id },
      data: {
        secretEnc: opts.cipher.encrypt(secret),
        previousSecretEnc: row.secretEnc,
        previousSecretExpiresAt: previousValidUntil,
        updatedAt: who.now,
      },
    });
    await recordAudit(tx, {
      organizationId: who.organizationId,
      actor: { kind: "user", userId: who.userId },
      action: "webhook_endpoint.rotate_secret",
      entityType: "webhook_endpoint",
      entityId: row.id,
      data: { previousValidUntil: previousValidUntil.toISOString() },
      at: who.now,
    });
  });
  return { secret, previousValidUntil };
}

export async function disableWebhookEndpoint(db: Db, who: Who, input: WebhookEndpointRef): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await endpointOf(tx, who.organizationId, input.endpointId);
    if (row.status === "disabled") return;
    await tx.webhookEndpoint.update({ where: { id: row.id }, data: { status: "disabled", updatedAt: who.now } });
    await recordAudit(tx, {
      organizationId: who.organizationId,
      actor: { kind: "user", userId: who.userId },
      action: "webhook_endpoint.disable",
      entityType: "webhook_endpoint",
      entityId: row.id,
      at: who.now,
    });
  });
}

/** Re-queues a delivery (failed, or delivered and wanted again): same webhook-id, attempts from 0. */
export async function replayWebhookDelivery(db: Db, who: Who, input: WebhookDeliveryRef): Promise<void> {
  const row = await db.webhookDelivery.findFirst({
    where: { id: input.deliveryId, organizationId: who.organizationId },
    select: { id: true, status: true, endpoint: { select: { status: true } } },
  });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  if (row.endpoint.status !== "active") throw new AppError("CONFLICT", { message: "the endpoint is disabled" });
  await db.webhookDelivery.updateMany({
    where: { id: row.id, organizationId: who.organizationId, claimToken: null },
    data: { status: "pending", attempts: 0, nextAttemptAt: who.now, lastError: null },
  });
}
