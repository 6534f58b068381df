// Billing in the browser, against the Stripe stand-in the server's SDK is pointed at
// (STRIPE_API_URL): an admin goes from the public pricing page to the billing page, upgrades, is
// sent to Checkout, and — after Stripe's signed events reach POST /api/billing/webhook — comes
// back to an active plan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startStripeStandIn, type StripeStandIn } from "@anzhi/api/testing/stripe";
import { DESKTOP, PHONE, launchBrowser, startServer, type RunningServer } from "./harness.ts";
import { shellReady, signUp, usccFor } from "./flows.ts";
import { noHorizontalOverflow } from "./demo.ts";

let server: RunningServer;
let browser: Browser;
let stripe: StripeStandIn;

beforeAll(async () => {
  stripe = await startStripeStandIn({ now: () => new Date() });
  server = await startServer({
    ANZHI_SEED_DEMO: "false",
    STRIPE_SECRET_KEY: stripe.secretKey,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_API_URL: stripe.url,
    STRIPE_PRICE_BASIC: stripe.prices.basic,
    STRIPE_PRICE_PROFESSIONAL: stripe.prices.professional,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await stripe?.close();
});

describe("billing", () => {
  it("pricing → upgrade → Checkout → back to an active plan after the signed event", async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await signUp(page, server.baseUrl, {
      orgName: "常州计费电池有限公司",
      uscc: usccFor(915),
      userName: "钱主任",
      email: "qian@billing.test",
      password: "e2e-password-2026",
    });

    await page.goto(`${server.baseUrl}/pricing`);
    await expect(page.getByRole("heading", { name: "专业版" }).isVisible()).resolves.toBe(true);
    await page.getByTestId("plan-professional").getByRole("link", { name: "选择此套餐" }).click();
    await page.waitForURL(`${server.baseUrl}/app/billing`);
    await shellReady(page);
    await expect(page.getByTestId("billing-status").textContent()).resolves.toBe("试用中");

    await page.getByTestId("upgrade-professional").getByRole("button", { name: "银行卡在线支付" }).click();
    await page.waitForURL((url) => url.href.startsWith(`${stripe.url}/checkout/cs_`));
    const sessionId = new URL(page.url()).pathname.split("/").pop() ?? "";
    expect(stripe.objects.get(sessionId)).toMatchObject({
      mode: "subscription",
      customer: expect.stringMatching(/^cus_/),
    });

    // Stripe completes the payment and delivers its signed events; the browser then returns.
    for (const event of stripe.completeCheckout(sessionId)) {
      const { body, signature } = stripe.sign(event);
      const res = await fetch(`${server.baseUrl}/api/billing/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signature },
        body,
      });
      expect(res.status).toBe(200);
    }
    const successUrl = String(stripe.objects.get(sessionId)?.success_url);
    expect(successUrl).toBe(`${server.baseUrl}/app/billing?checkout=done`);
    await page.goto(successUrl);
    await expect(page.getByTestId("billing-status").textContent()).resolves.toBe("有效");
    await expect(page.getByTestId("billing-plan").textContent()).resolves.toBe("专业版");
    await expect(page.getByTestId("billing-invoice").count()).resolves.toBe(1);
    await context.close();
  });

  it("a forged delivery is refused with 400", async () => {
    const event = stripe.event("customer.subscription.deleted", { id: "sub_x", object: "subscription" });
    const { body } = stripe.sign(event, "whsec_someone_else");
    const res = await fetch(`${server.baseUrl}/api/billing/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=00", origin: "https://evil.example" },
      body,
    });
    expect(res.status).toBe(400);
  });

  it("the pricing page fits a phone and speaks English", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/pricing`);
    expect(await noHorizontalOverflow(page)).toBe(true);
    await context.addCookies([{ name: "lng", value: "en", url: server.baseUrl }]);
    await page.goto(`${server.baseUrl}/pricing`);
    await expect(page.getByRole("heading", { name: "Professional" }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
