// POST /api/billing/webhook: the raw body verified against STRIPE_WEBHOOK_SECRET (a bad or
// missing signature: 400, nothing changes), each event stored once by its id (a replay: 200, done
// nothing twice), only an allow-list acted on, and every object re-read from Stripe before the
// mirror changes — so deliveries out of order still leave the current state.
import type Stripe from "stripe";
import type { Db } from "@anzhi/db";
import { billingSettings, stripeClient } from "./settings.ts";
import { applyInvoice, applySubscription, subscriptionOfInvoice } from "./stripe-sync.ts";

export const WEBHOOK_EVENTS: ReadonlySet<string> = new Set([
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "customer.subscription.paused",
  "customer.subscription.resumed",
  "invoice.finalized",
  "invoice.paid",
  "invoice.payment_failed",
  "invoice.payment_succeeded",
  "invoice.voided",
  "invoice.marked_uncollectible",
]);

/** Stripe signs a delivery at most this long before we take it (seconds), as the SDK's default. */
const TOLERANCE_SECONDS = 300;

export interface WebhookAnswer {
  status: number;
  body: { received: boolean; replay?: boolean; outcome?: string; error?: string };
}

const idOf = (v: string | { id: string } | null | undefined): string | null =>
  v === null || v === undefined ? null : typeof v === "string" ? v : v.id;

export async function receiveWebhook(db: Db, raw: string, signature: string | null, now: Date): Promise<WebhookAnswer> {
  const settings = billingSettings();
  if (!settings) return { status: 404, body: { received: false, error: "billing is off" } };
  const stripe = stripeClient(settings);
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error("missing Stripe-Signature");
    event = stripe.webhooks.constructEvent(
      raw,
      signature,
      settings.webhookSecret,
      TOLERANCE_SECONDS,
      undefined,
      now.getTime(),
    );
  } catch {
    return { status: 400, body: { received: false, error: "signature verification failed" } };
  }

  const seen = await db.billingWebhookEvent.findUnique({ where: { stripeEventId: event.id } });
  if (seen?.processedAt) return { status: 200, body: { received: true, replay: true, outcome: seen.outcome ?? "" } };
  if (!seen) {
    try {
      await db.billingWebhookEvent.create({ data: { stripeEventId: event.id, type: event.type, receivedAt: now } });
    } catch (error) {
      // The same event delivered twice at once: the other delivery is acting on it.
      if ((error as { code?: string }).code === "P2002") return { status: 200, body: { received: true, replay: true } };
      throw error;
    }
  }

  const finish = (outcome: string, organizationId: string | null, error: string | null = null) =>
    db.billingWebhookEvent.update({
      where: { stripeEventId: event.id },
      data: { outcome, organizationId, error, processedAt: outcome === "failed" ? null : now },
    });

  if (!WEBHOOK_EVENTS.has(event.type)) {
    await finish("ignored", null);
    return { status: 200, body: { received: true, outcome: "ignored" } };
  }
  let organizationId: string | null = null;
  try {
    organizationId = await act(db, stripe, event);
    await finish(organizationId ? "processed" : "ignored", organizationId);
    return { status: 200, body: { received: true, outcome: organizationId ? "processed" : "ignored" } };
  } catch (error) {
    // Left unprocessed: Stripe delivers it again and the retry acts on it.
    const message = error instanceof Error ? error.message : String(error);
    console.error("[billing] webhook", event.id, event.type, message);
    await finish("failed", organizationId, message.slice(0, 500));
    return { status: 500, body: { received: false, error: "processing failed; retry" } };
  }
}

async function orgOfCustomer(db: Db, customer: string | null): Promise<string | null> {
  if (!customer) return null;
  const acct = await db.billingAccount.findUnique({
    where: { stripeCustomerId: customer },
    select: { organizationId: true },
  });
  return acct?.organizationId ?? null;
}

/** Acts on one allow-listed event from the objects' current state; the organisation, or null when not ours. */
async function act(db: Db, stripe: Stripe, event: Stripe.Event): Promise<string | null> {
  const observedAt = new Date(event.created * 1000);
  const object = event.data.object as { id: string; object: string };
  if (object.object === "checkout.session") {
    const session = await stripe.checkout.sessions.retrieve(object.id);
    const org = await orgOfCustomer(db, idOf(session.customer));
    const subId = idOf(session.subscription);
    if (org && subId) await applySubscription(db, org, await stripe.subscriptions.retrieve(subId), observedAt);
    return org;
  }
  if (object.object === "subscription") {
    const sub = await stripe.subscriptions.retrieve(object.id);
    const org = await orgOfCustomer(db, idOf(sub.customer));
    if (org) await applySubscription(db, org, sub, observedAt);
    return org;
  }
  if (object.object === "invoice") {
    const inv = await stripe.invoices.retrieve(object.id);
    const org = await orgOfCustomer(db, idOf(inv.customer));
    if (!org) return null;
    await applyInvoice(db, org, inv);
    const subId = subscriptionOfInvoice(inv);
    if (subId) await applySubscription(db, org, await stripe.subscriptions.retrieve(subId), observedAt);
    return org;
  }
  return null;
}
