// The Stripe flows: the customer (with the 发票 details as invoice custom fields and metadata),
// Checkout in subscription mode with the site count as quantity, invoicing for bank transfer
// (collection_method send_invoice), the Customer Portal, the prorated quantity change when a site
// is added, and the local mirror — written only from objects Stripe returned.
import type Stripe from "stripe";
import type { z } from "zod";
import type { BillingUpgradeSchema, InvoiceDetails, PaidPlan } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { emitWebhookEvent } from "../webhooks/outbox.ts";
import { billingSettings, stripeClient, type BillingSettings } from "./settings.ts";

export function requireBilling(): BillingSettings {
  const settings = billingSettings();
  if (!settings) throw new AppError("NOT_FOUND", { message: "Billing is off on this installation" });
  return settings;
}

export function planOfPrice(settings: BillingSettings, priceId: string | undefined): PaidPlan | null {
  if (priceId === settings.prices.basic) return "basic";
  if (priceId === settings.prices.professional) return "professional";
  return null;
}

const idOf = (v: string | { id: string } | null | undefined): string | null =>
  v === null || v === undefined ? null : typeof v === "string" ? v : v.id;

/** Stripe invoice custom fields (at most 4, name ≤ 40 and value ≤ 140 characters). */
function customFields(d: InvoiceDetails) {
  return [
    { name: "发票抬头", value: d.title.slice(0, 140) },
    { name: "纳税人识别号", value: d.taxId },
    { name: "发票类型", value: d.invoiceType === "vat_special" ? "增值税专用发票" : "增值税普通发票" },
  ];
}

function detailsOf(row: {
  invoiceTitle: string | null;
  invoiceTaxId: string | null;
  invoiceAddressPhone: string | null;
  invoiceBankAccount: string | null;
  invoiceType: string | null;
  invoiceEmail: string | null;
}): InvoiceDetails | null {
  if (!row.invoiceTitle || !row.invoiceTaxId || !row.invoiceType) return null;
  return {
    title: row.invoiceTitle,
    taxId: row.invoiceTaxId,
    addressPhone: row.invoiceAddressPhone ?? undefined,
    bankAccount: row.invoiceBankAccount ?? undefined,
    invoiceType: row.invoiceType === "vat_special" ? "vat_special" : "vat_normal",
    email: row.invoiceEmail ?? undefined,
  };
}

function customerFields(d: InvoiceDetails | null): {
  email?: string;
  invoice_settings?: { custom_fields: Array<{ name: string; value: string }> };
  metadata: Record<string, string>;
} {
  if (!d) return { metadata: {} };
  return {
    ...(d.email ? { email: d.email } : {}),
    invoice_settings: { custom_fields: customFields(d) },
    metadata: {
      invoice_title: d.title,
      invoice_tax_id: d.taxId,
      invoice_type: d.invoiceType,
      invoice_address_phone: d.addressPhone ?? "",
      invoice_bank_account: d.bankAccount ?? "",
    },
  };
}

/** The organisation's Stripe customer, created on first need. */
export async function ensureCustomer(db: Db, settings: BillingSettings, organizationId: string): Promise<string> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, slug: true, billingAccount: true },
  });
  if (org.billingAccount?.stripeCustomerId) return org.billingAccount.stripeCustomerId;
  const details = org.billingAccount ? detailsOf(org.billingAccount) : null;
  const fields = customerFields(details);
  const customer = await stripeClient(settings).customers.create({
    name: details?.title ?? org.name,
    ...fields,
    metadata: { ...fields.metadata, organizationId, slug: org.slug },
  });
  await db.billingAccount.upsert({
    where: { organizationId },
    create: { organizationId, stripeCustomerId: customer.id },
    update: { stripeCustomerId: customer.id },
  });
  return customer.id;
}

export interface UpgradeUrls {
  success: string;
  cancel: string;
}

/**
 * Upgrade: by card, a Checkout session (the URL to send the browser to); by bank transfer, a
 * subscription Stripe invoices (send_invoice, 30 days to pay) — nothing to redirect to.
 */
export async function startUpgrade(
  db: Db,
  organizationId: string,
  input: z.output<typeof BillingUpgradeSchema>,
  urls: UpgradeUrls,
  actor: Actor,
  now: Date,
): Promise<{ checkoutUrl: string | null }> {
  const settings = requireBilling();
  const stripe = stripeClient(settings);
  const account = await db.billingAccount.findUnique({ where: { organizationId } });
  if (account?.stripeSubscriptionId && ["active", "trialing", "past_due"].includes(account.subscriptionStatus ?? ""))
    throw new AppError("CONFLICT", { message: "A subscription exists; change it in the Customer Portal" });
  const customer = await ensureCustomer(db, settings, organizationId);
  const sites = await db.site.count({ where: { organizationId, retiredAt: null } });
  const quantity = input.plan === "professional" ? Math.max(1, sites) : 1;
  const price = settings.prices[input.plan];
  const metadata = { organizationId };
  await recordAudit(db, {
    organizationId,
    actor,
    action: "billing.upgrade_start",
    entityType: "billing_account",
    entityId: organizationId,
    data: { plan: input.plan, collection: input.collection, quantity },
    at: now,
  });
  if (input.collection === "bank_transfer") {
    const sub = await stripe.subscriptions.create({
      customer,
      items: [{ price, quantity }],
      collection_method: "send_invoice",
      days_until_due: 30,
      metadata,
    });
    await applySubscription(db, organizationId, sub, now);
    return { checkoutUrl: null };
  }
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: organizationId,
    line_items: [{ price, quantity }],
    success_url: urls.success,
    cancel_url: urls.cancel,
    metadata,
    subscription_data: { metadata },
  });
  if (!session.url) throw new AppError("INTERNAL", { message: "Stripe returned a Checkout session without a URL" });
  return { checkoutUrl: session.url };
}

/** A Customer Portal session (card, plan, cancellation). */
export async function portalUrl(db: Db, organizationId: string, returnUrl: string): Promise<string> {
  const settings = requireBilling();
  const customer = await ensureCustomer(db, settings, organizationId);
  const session = await stripeClient(settings).billingPortal.sessions.create({ customer, return_url: returnUrl });
  return session.url;
}

/** Mirrors a subscription read from Stripe; `observedAt` dates the start of a dunning. */
export async function applySubscription(
  db: Db,
  organizationId: string,
  sub: Stripe.Subscription,
  observedAt: Date,
): Promise<void> {
  const settings = requireBilling();
  const item = sub.items.data[0];
  const plan = planOfPrice(settings, item?.price.id);
  await db.$transaction(async (tx) => {
    const before = await tx.billingAccount.findUnique({ where: { organizationId } });
    // An older subscription's news never overwrites the one in use.
    if (
      before?.stripeSubscriptionId &&
      before.stripeSubscriptionId !== sub.id &&
      ["active", "trialing", "past_due"].includes(before.subscriptionStatus ?? "") &&
      !["active", "trialing", "past_due"].includes(sub.status)
    )
      return;
    const data = {
      stripeCustomerId: idOf(sub.customer),
      stripeSubscriptionId: sub.id,
      subscriptionStatus: sub.status,
      plan,
      stripeItemId: item?.id ?? null,
      quantity: item?.quantity ?? null,
      collectionMethod: sub.collection_method,
      currentPeriodEnd: item?.current_period_end ? new Date(item.current_period_end * 1000) : null,
      cancelAtPeriodEnd: sub.cancel_at_period_end,
      pastDueSince: sub.status === "past_due" ? (before?.pastDueSince ?? observedAt) : null,
    };
    await tx.billingAccount.upsert({ where: { organizationId }, create: { organizationId, ...data }, update: data });
    const changed =
      !before ||
      before.subscriptionStatus !== data.subscriptionStatus ||
      before.plan !== data.plan ||
      before.quantity !== data.quantity;
    if (!changed) return;
    await emitWebhookEvent(
      tx,
      organizationId,
      "billing.subscription_changed",
      {
        status: data.subscriptionStatus,
        previousStatus: before?.subscriptionStatus ?? null,
        plan,
        previousPlan: before?.plan ?? null,
        sites: data.quantity,
        cancelAtPeriodEnd: data.cancelAtPeriodEnd,
        currentPeriodEnd: data.currentPeriodEnd?.toISOString() ?? null,
      },
      observedAt,
    );
    await recordAudit(tx, {
      organizationId,
      actor: { kind: "system" },
      action: "billing.subscription_sync",
      entityType: "billing_account",
      entityId: organizationId,
      data: { subscription: sub.id, status: sub.status, plan, quantity: data.quantity },
      at: observedAt,
    });
  });
}

export function subscriptionOfInvoice(inv: Stripe.Invoice): string | null {
  return idOf(inv.parent?.subscription_details?.subscription ?? null);
}

/** Mirrors an invoice read from Stripe. */
export async function applyInvoice(db: Db, organizationId: string, inv: Stripe.Invoice): Promise<void> {
  const data = {
    number: inv.number ?? null,
    status: inv.status ?? "draft",
    currency: inv.currency,
    amountDue: inv.amount_due,
    amountPaid: inv.amount_paid,
    hostedInvoiceUrl: inv.hosted_invoice_url ?? null,
    invoicePdf: inv.invoice_pdf ?? null,
    issuedAt: new Date(inv.created * 1000),
    paidAt: inv.status_transitions.paid_at ? new Date(inv.status_transitions.paid_at * 1000) : null,
  };
  await db.billingInvoice.upsert({
    where: { stripeInvoiceId: inv.id },
    create: { organizationId, stripeInvoiceId: inv.id, ...data },
    update: data,
  });
}

/**
 * After the sites changed: a professional subscription's quantity follows the active sites
 * (never below 1), prorated. Nothing to do with billing off, without a subscription or on basic.
 */
export async function syncSiteQuantity(db: Db, organizationId: string, now: Date): Promise<void> {
  const settings = billingSettings();
  if (!settings) return;
  const account = await db.billingAccount.findUnique({ where: { organizationId } });
  if (!account?.stripeSubscriptionId || !account.stripeItemId || account.plan !== "professional") return;
  if (!["active", "trialing", "past_due"].includes(account.subscriptionStatus ?? "")) return;
  const sites = Math.max(1, await db.site.count({ where: { organizationId, retiredAt: null } }));
  if (sites === account.quantity) return;
  const sub = await stripeClient(settings).subscriptions.update(account.stripeSubscriptionId, {
    items: [{ id: account.stripeItemId, quantity: sites }],
    proration_behavior: "create_prorations",
  });
  await applySubscription(db, organizationId, sub, now);
}

/** Saves the 发票 details and, when the customer exists, hands them to Stripe. */
export async function saveInvoiceDetails(
  db: Db,
  organizationId: string,
  details: InvoiceDetails,
  actor: Actor,
  now: Date,
): Promise<void> {
  const settings = requireBilling();
  const data = {
    invoiceTitle: details.title,
    invoiceTaxId: details.taxId,
    invoiceAddressPhone: details.addressPhone ?? null,
    invoiceBankAccount: details.bankAccount ?? null,
    invoiceType: details.invoiceType,
    invoiceEmail: details.email ?? null,
  };
  const account = await db.$transaction(async (tx) => {
    const row = await tx.billingAccount.upsert({
      where: { organizationId },
      create: { organizationId, ...data },
      update: data,
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "billing.invoice_details",
      entityType: "billing_account",
      entityId: organizationId,
      data: { title: details.title, taxId: details.taxId, invoiceType: details.invoiceType },
      at: now,
    });
    return row;
  });
  if (account.stripeCustomerId) {
    const fields = customerFields(details);
    await stripeClient(settings).customers.update(account.stripeCustomerId, { name: details.title, ...fields });
  }
}

export { detailsOf as invoiceDetailsOf };
