// Billing through the app's procedures and the webhook's HTTP handler, against the Stripe
// stand-in: an admin upgrades (Checkout), the signed events make the plan active, a failed payment
// runs to restricted — and while restricted the daily record, the hazard ledger and a regulator's
// read still work; only growth (a new site) is refused.
import { drawnSignature } from "../testing/signature.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { addRegulatorUser, createAgency } from "@anzhi/domain/regulator/agencies";
import { startStripeStandIn, type StripeStandIn } from "@anzhi/api/testing/stripe";
import { handleBillingWebhook } from "../http.ts";
import { clock, createRoutineOrg, refused, sh, type RoutineOrg } from "./routines.fixture.ts";
import { loginAs, TEST_PASSWORD } from "../testing/sessions.ts";

let t: TestDb;
let stripe: StripeStandIn;
let a: RoutineOrg;

function post(body: string, signature: string | null) {
  const headers = new Headers({ "content-type": "application/json" });
  if (signature) headers.set("stripe-signature", signature);
  return handleBillingWebhook(
    new Request("http://localhost/api/billing/webhook", { method: "POST", headers, body }),
    () => clock.now,
  );
}
async function deliver(events: Array<Parameters<StripeStandIn["sign"]>[0]>) {
  for (const e of events) {
    const { body, signature } = stripe.sign(e);
    expect((await post(body, signature)).status).toBe(200);
  }
}

beforeAll(async () => {
  clock.now = sh("2026-10-09T10:00:00");
  t = await createTestDb("anzhi-billing-api-");
  stripe = await startStripeStandIn({ now: () => clock.now });
  process.env.DATABASE_URL = t.url;
  process.env.STRIPE_SECRET_KEY = stripe.secretKey;
  process.env.STRIPE_WEBHOOK_SECRET = stripe.webhookSecret;
  process.env.STRIPE_API_URL = stripe.url;
  process.env.STRIPE_PRICE_BASIC = stripe.prices.basic;
  process.env.STRIPE_PRICE_PROFESSIONAL = stripe.prices.professional;
  a = await createRoutineOrg(t.db, "a");
});
afterAll(async () => {
  await t?.cleanup();
  await stripe?.close();
});

describe("billing procedures", () => {
  it("only admins see billing", async () => {
    expect(await a.as("viewer").billing.enabled()).toBe(true);
    expect((await refused(a.as("director").billing.overview())).appCode).toBe("ADMIN_REQUIRED");
    expect((await a.as("principal").billing.overview()).standing.source).toBe("trial");
  });

  it("a bad 发票 detail is a field error", async () => {
    const r = await refused(
      a.as("principal").billing.saveInvoiceDetails({ title: "A 电池", taxId: "123", invoiceType: "vat_special" }),
    );
    expect(r.paths).toEqual(expect.arrayContaining(["taxId", "addressPhone", "bankAccount"]));
  });

  it("upgrade → Checkout → active after the signed events, through the HTTP handler", async () => {
    const { checkoutUrl } = await a.as("principal").billing.upgrade({ plan: "professional" });
    const sessionId = checkoutUrl?.split("/").pop() ?? "";
    expect(stripe.objects.get(sessionId)).toMatchObject({ object: "checkout.session", mode: "subscription" });
    await deliver(stripe.completeCheckout(sessionId));
    const o = await a.as("principal").billing.overview();
    expect(o.standing).toMatchObject({ source: "stripe", plan: "professional", status: "active", sites: 1 });
    expect(await a.as("principal").billing.banner()).toBeNull();
    const portal = await a.as("principal").billing.portal();
    expect(portal.url).toMatch(/\/portal\/bps_/);
  });

  it("a forged signature answers 400 through the HTTP handler", async () => {
    const e = stripe.event("customer.subscription.deleted", { id: "sub_x", object: "subscription" });
    const { body } = stripe.sign(e);
    expect((await post(body, "t=1,v1=deadbeef")).status).toBe(400);
    expect((await post(body, null)).status).toBe(400);
  });

  it("restricted after a failed payment: the duties go on, a new site is refused", async () => {
    const account = await t.db.billingAccount.findUniqueOrThrow({ where: { organizationId: a.id } });
    await deliver(stripe.failPayment(account.stripeSubscriptionId ?? ""));
    expect(await a.as("principal").billing.banner()).toMatchObject({ dunning: "notice" });
    clock.now = sh("2026-11-02T10:00:00"); // 24 days later, a Monday
    expect(await a.as("principal").billing.banner()).toMatchObject({ dunning: "restricted" });
    expect(await a.as("officer").billing.banner()).toBeNull();

    // growth stops
    const site = await refused(
      a.as("principal").profile.sites.create({ name: "二号厂区", type: "factory", address: "常州市新北区" }),
    );
    expect(site.appCode).toBe("PLAN_LIMIT_REACHED");

    // the daily record
    for (const riskItemId of a.daily)
      await a
        .as("officer")
        .routines.daily.answer({ siteId: a.siteId, checkDate: "2026-11-02", riskItemId, result: "ok" });
    const signed = await a
      .as("officer")
      .routines.daily.submit({ signature: drawnSignature, siteId: a.siteId, checkDate: "2026-11-02" });
    expect(signed.runId).toBeTruthy();

    // the hazard ledger
    const hazard = await a.as("officer").hazards.create({
      title: "灭火器过期",
      description: "二号车间灭火器已过有效期",
      source: "manual",
      severity: "general",
      ownerUserId: a.ids.officer,
      dueDate: "2030-12-31",
    });
    expect(hazard.hazardNo).toBeTruthy();

    // a regulator's read
    const agency = await createAgency(t.db, { name: "新北区市场监督管理局", level: "district", regionCode: "320411" });
    await addRegulatorUser(t.db, "新北区市场监督管理局", {
      email: "insp@xinbei.test",
      name: "王监管",
      password: TEST_PASSWORD,
    });
    await a.as("principal").regulatorAccess.grant({ agencyId: agency.id, ledgers: ["hazards"] });
    const { caller: inspector } = await loginAs(t.db, "insp@xinbei.test");
    const ledger = await inspector.regulator.ledger({
      organizationId: a.id,
      ledger: "hazards",
      filter: { from: "2020-01-01", to: "2099-12-31" },
    });
    expect(JSON.stringify(ledger)).toContain("灭火器过期");
  });
});
