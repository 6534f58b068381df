// Billing against the Stripe stand-in: the official SDK pointed at it with STRIPE_API_URL, the
// webhooks signed with the real algorithm. Trial → Checkout → active; a site added changes the
// quantity (prorated); payment failure → notice → grace → restricted; a replayed, a forged and an
// out-of-order event; the bank-transfer invoice rail and an offline grant.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type Stripe from "stripe";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { startStripeStandIn, type StripeStandIn } from "./testing/stripe-stand-in.ts";
import { readStanding, standingOf } from "./entitlements.ts";
import { billingOverview } from "./overview.ts";
import { grantOffline } from "./grants.ts";
import { saveInvoiceDetails, startUpgrade } from "./stripe-sync.ts";
import { receiveWebhook } from "./webhook.ts";
import { STRIPE_API_VERSION } from "./settings.ts";
import { createSite } from "../profile/sites.ts";
import { acceptInvitationAsNewUser, createInvitation } from "../members/invitations.ts";
import { apiRateTier } from "./entitlements.ts";
import { authenticateApiKey, createApiKey } from "../api-keys/api-keys.ts";

const DAY = 86_400_000;
let at = new Date("2027-01-04T02:00:00Z");
let stripe: StripeStandIn;
let t: TestDb;
let org: string;
let admin: string;
const actor = () => ({ kind: "user" as const, userId: admin });
const urls = { success: "http://anzhi.test/app/billing?checkout=done", cancel: "http://anzhi.test/app/billing" };

async function deliver(event: Stripe.Event) {
  const { body, signature } = stripe.sign(event);
  return receiveWebhook(t.db, body, signature, at);
}

async function newOrg(slug: string, uscc: string, createdAt: Date) {
  return (
    await t.db.organization.create({
      data: {
        slug,
        kind: "producer",
        name: `${slug} 有限公司`,
        uscc,
        regionCode: "320411",
        address: "常州",
        employeeCount: 10,
        annualRevenueWanYuan: 100,
        sizeClass: "micro",
        createdAt,
      },
    })
  ).id;
}

const site = (name: string) => ({ name, type: "factory" as const, address: "常州市新北区", regionCode: undefined });

beforeAll(async () => {
  stripe = await startStripeStandIn({ now: () => at });
  process.env.STRIPE_SECRET_KEY = stripe.secretKey;
  process.env.STRIPE_WEBHOOK_SECRET = stripe.webhookSecret;
  process.env.STRIPE_API_URL = stripe.url;
  process.env.STRIPE_PRICE_BASIC = stripe.prices.basic;
  process.env.STRIPE_PRICE_PROFESSIONAL = stripe.prices.professional;
  t = await createTestDb("anzhi-billing-");
  org = await newOrg("bill", "91350100M000100Y43", new Date(at.getTime() - 3 * DAY));
  const user = await t.db.user.create({ data: { email: "admin@bill.test", name: "管理员", passwordHash: "x" } });
  admin = user.id;
  await t.db.membership.create({
    data: { userId: admin, organizationId: org, rolesJson: '["principal"]', isAdmin: true },
  });
  await t.db.webhookEndpoint.create({
    data: {
      organizationId: org,
      url: "https://erp.example.com/h",
      eventsJson: '["billing.subscription_changed"]',
      secretEnc: "x",
    },
  });
});

afterAll(async () => {
  await t?.cleanup();
  await stripe?.close();
});

describe("billing through Stripe", () => {
  let subscriptionId = "";
  let activeSnapshot: Stripe.Event | null = null;

  it("starts in the trial, with everything", async () => {
    const s = await readStanding(t.db, org, at);
    expect(s).toMatchObject({ source: "trial", plan: "trial", dunning: "none" });
    expect(s.limits.sites).toBeNull();
  });

  it("Checkout in subscription mode with the site count as quantity, then active after the signed events", async () => {
    await createSite(t.db, org, site("一号厂区"), actor(), at);
    await createSite(t.db, org, site("二号厂区"), actor(), at);
    await saveInvoiceDetails(
      t.db,
      org,
      {
        title: "bill 有限公司",
        taxId: "91350100M000100Y43",
        invoiceType: "vat_normal",
        addressPhone: undefined,
        bankAccount: undefined,
        email: undefined,
      },
      actor(),
      at,
    );
    const { checkoutUrl } = await startUpgrade(
      t.db,
      org,
      { plan: "professional", collection: "card" },
      urls,
      actor(),
      at,
    );
    expect(checkoutUrl).toMatch(new RegExp(`^${stripe.url}/checkout/cs_`));
    const create = stripe.requests.find((r) => r.path === "/v1/checkout/sessions");
    expect(create?.stripeVersion).toBe(STRIPE_API_VERSION);
    expect(create?.params).toMatchObject({
      mode: "subscription",
      line_items: { 0: { price: stripe.prices.professional, quantity: "2" } },
      client_reference_id: org,
    });
    const customer = stripe.requests.find((r) => r.path === "/v1/customers" && r.method === "POST");
    expect(customer?.params).toMatchObject({
      invoice_settings: { custom_fields: { 1: { name: "纳税人识别号", value: "91350100M000100Y43" } } },
      metadata: { organizationId: org },
    });

    // The browser coming back from Checkout changes nothing: only Stripe's events do.
    expect((await readStanding(t.db, org, at)).source).toBe("trial");
    const sessionId = checkoutUrl?.split("/").pop() ?? "";
    const events = stripe.completeCheckout(sessionId);
    for (const e of events) expect((await deliver(e)).status).toBe(200);
    const s = await readStanding(t.db, org, at);
    expect(s).toMatchObject({ source: "stripe", plan: "professional", status: "active", sites: 2 });
    const overview = await billingOverview(t.db, org, at);
    expect(overview.invoices).toHaveLength(1);
    expect(overview.invoices[0]?.invoicePdf).toMatch(/\/pdf$/);
    subscriptionId =
      (await t.db.billingAccount.findUniqueOrThrow({ where: { organizationId: org } })).stripeSubscriptionId ?? "";
    activeSnapshot = events[1] ?? null;
  });

  it("a replayed event answers 200 and does nothing twice", async () => {
    const before = await t.db.auditEvent.count({ where: { organizationId: org } });
    const first = await t.db.billingWebhookEvent.findFirstOrThrow({ where: { type: "checkout.session.completed" } });
    const replay = stripe.event("checkout.session.completed", { id: "cs_x", object: "checkout.session" });
    // the same delivery (same event id) twice
    const { body, signature } = stripe.sign({ ...replay, id: first.stripeEventId });
    const answer = await receiveWebhook(t.db, body, signature, at);
    expect(answer).toMatchObject({ status: 200, body: { replay: true } });
    expect(await t.db.auditEvent.count({ where: { organizationId: org } })).toBe(before);
    expect(await t.db.billingWebhookEvent.count({ where: { stripeEventId: first.stripeEventId } })).toBe(1);
  });

  it("a forged or missing signature answers 400 and stores nothing", async () => {
    const e = stripe.event("customer.subscription.deleted", { id: subscriptionId, object: "subscription" });
    const forged = stripe.sign(e, "whsec_not_the_secret");
    expect((await receiveWebhook(t.db, forged.body, forged.signature, at)).status).toBe(400);
    expect((await receiveWebhook(t.db, forged.body, null, at)).status).toBe(400);
    const stale = stripe.sign(e);
    expect((await receiveWebhook(t.db, stale.body, stale.signature, new Date(at.getTime() + 10 * 60_000))).status).toBe(
      400,
    );
    expect(await t.db.billingWebhookEvent.count({ where: { stripeEventId: e.id } })).toBe(0);
    expect((await readStanding(t.db, org, at)).status).toBe("active");
  });

  it("adding a site raises the quantity, prorated", async () => {
    await createSite(t.db, org, site("三号仓库"), actor(), at);
    const update = stripe.requests
      .filter((r) => r.path === `/v1/subscriptions/${subscriptionId}` && r.method === "POST")
      .at(-1);
    expect(update?.params).toMatchObject({ proration_behavior: "create_prorations", items: { 0: { quantity: "3" } } });
    expect((await readStanding(t.db, org, at)).sites).toBe(3);
  });

  it("payment failure → notice → grace → restricted; growth stops, the API drops to the free rate", async () => {
    for (const e of stripe.failPayment(subscriptionId)) expect((await deliver(e)).status).toBe(200);
    expect((await readStanding(t.db, org, at)).dunning).toBe("notice");
    expect((await readStanding(t.db, org, new Date(at.getTime() + 8 * DAY))).dunning).toBe("grace");
    at = new Date(at.getTime() + 22 * DAY);
    const s = await readStanding(t.db, org, at);
    expect(s.dunning).toBe("restricted");
    await expect(createSite(t.db, org, site("四号厂区"), actor(), at)).rejects.toMatchObject({
      code: "PLAN_LIMIT_REACHED",
    });
    // Restricted keeps 5 members: the invitation after the fifth is refused.
    const invite = () => createInvitation(t.db, org, { roles: ["officer"], isAdmin: false }, actor(), at);
    const early = await invite();
    for (const n of [2, 3, 4, 5]) {
      const u = await t.db.user.create({ data: { email: `m${n}@bill.test`, name: `成员${n}`, passwordHash: "x" } });
      await t.db.membership.create({ data: { userId: u.id, organizationId: org, rolesJson: '["officer"]' } });
    }
    await expect(invite()).rejects.toMatchObject({ code: "PLAN_LIMIT_REACHED" });
    // an invitation made before the limit was reached cannot add a sixth member either
    await expect(
      acceptInvitationAsNewUser(
        t.db,
        {
          token: early.token,
          name: "晚到的人",
          email: "late@bill.test",
          password: "long-enough-pass-1",
          locale: "zh-CN",
        },
        { now: at },
      ),
    ).rejects.toMatchObject({ code: "PLAN_LIMIT_REACHED" });
    expect(await t.db.user.count({ where: { email: "late@bill.test" } })).toBe(0);
    expect(await apiRateTier(t.db, org, at)).toBe("free");
    // the ERP API keeps working, at the free rate (its records are statutory inspection records)
    const { secret } = await createApiKey(t.db, org, admin, { name: "ERP", scopes: ["records:write"] });
    expect((await authenticateApiKey(t.db, secret, at))?.plan).toBe("free");
  });

  it("an event delivered out of order leaves the current state (the object is re-read)", async () => {
    // The subscription.created event from Checkout carried status active; delivered late (a new
    // delivery id, as Stripe's resend would be), it must not undo past_due.
    expect(activeSnapshot).not.toBeNull();
    const late = { ...(activeSnapshot as Stripe.Event), id: "evt_late_delivery" };
    expect((await deliver(late)).status).toBe(200);
    expect((await readStanding(t.db, org, at)).status).toBe("past_due");
  });

  it("paying the open invoice restores the plan", async () => {
    for (const e of stripe.payOpenInvoice(subscriptionId)) expect((await deliver(e)).status).toBe(200);
    expect(await readStanding(t.db, org, at)).toMatchObject({ status: "active", dunning: "none" });
    const { secret } = await createApiKey(t.db, org, admin, { name: "ERP 2", scopes: ["records:write"] });
    expect((await authenticateApiKey(t.db, secret, at))?.plan).toBe("professional");
  });

  it("each change of the subscription's state wrote one billing.subscription_changed event", async () => {
    const events = await t.db.webhookEvent.findMany({
      where: { organizationId: org, type: "billing.subscription_changed" },
      orderBy: { createdAt: "asc" },
    });
    // Checkout, the third site, the failed payment, the paid invoice; the replayed and the
    // out-of-order deliveries changed nothing and wrote nothing.
    expect(
      events.map((e) => {
        const p = JSON.parse(e.payloadJson) as { previousStatus: string | null; status: string; sites: number };
        return [p.previousStatus, p.status, p.sites];
      }),
    ).toEqual([
      [null, "active", 2],
      ["active", "active", 3],
      ["active", "past_due", 3],
      ["past_due", "active", 3],
    ]);
    expect(JSON.parse(events[0]?.payloadJson ?? "{}")).toMatchObject({ plan: "professional", previousPlan: null });
  });

  it("events outside the allow-list are stored and ignored", async () => {
    const e = stripe.event("customer.created", { id: "cus_x", object: "customer" });
    expect(await deliver(e)).toMatchObject({ status: 200, body: { outcome: "ignored" } });
  });
});

describe("bank transfer", () => {
  it("invoices a send_invoice subscription through Stripe", async () => {
    const other = await newOrg("transfer", "91110108MA01AB2C3T", at);
    const { checkoutUrl } = await startUpgrade(
      t.db,
      other,
      { plan: "basic", collection: "bank_transfer" },
      urls,
      actor(),
      at,
    );
    expect(checkoutUrl).toBeNull();
    const create = stripe.requests.filter((r) => r.path === "/v1/subscriptions" && r.method === "POST").at(-1);
    expect(create?.params).toMatchObject({ collection_method: "send_invoice", days_until_due: "30" });
    expect(await readStanding(t.db, other, at)).toMatchObject({ source: "stripe", plan: "basic" });
  });

  it("an offline grant covers the organisation through its last day, sites as paid", async () => {
    const off = await newOrg("offline", "91320411MA1N2B3C4X", new Date(at.getTime() - 60 * DAY));
    expect((await readStanding(t.db, off, at)).dunning).toBe("restricted");
    await grantOffline(
      t.db,
      off,
      { plan: "professional", sites: 2, until: "2027-12-31", reference: "BOC-20270201-001" },
      at,
    );
    const s = await readStanding(t.db, off, at);
    expect(s).toMatchObject({ source: "offline", plan: "professional", sites: 2, dunning: "none" });
    expect(s.limits.sites).toBe(2);
    // 2027-12-31 23:59 in Shanghai is still covered; 2028-01-01 00:00 is not.
    expect((await readStanding(t.db, off, new Date("2027-12-31T15:59:00Z"))).source).toBe("offline");
    expect((await readStanding(t.db, off, new Date("2027-12-31T16:00:00Z"))).source).not.toBe("offline");
  });
});

describe("billing off", () => {
  it("has no limits and the API rate of Organization.plan", () => {
    const s = standingOf(
      {
        enabled: false,
        orgCreatedAt: new Date(0),
        timeZone: "Asia/Shanghai",
        offRateTier: "standard",
        subscription: null,
        grant: null,
      },
      at,
    );
    expect(s).toMatchObject({ source: "off", limits: { sites: null, members: null, apiRate: "standard" } });
  });
});
