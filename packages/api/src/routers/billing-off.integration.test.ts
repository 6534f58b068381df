// Billing off (STRIPE_SECRET_KEY unset): no billing pages, no limits, the webhook is not there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { handleBillingWebhook } from "../http.ts";
import { clock, createRoutineOrg, refused, sh, type RoutineOrg } from "./routines.fixture.ts";

let t: TestDb;
let a: RoutineOrg;

beforeAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  clock.now = sh("2026-10-09T10:00:00");
  t = await createTestDb("anzhi-billing-off-");
  process.env.DATABASE_URL = t.url;
  a = await createRoutineOrg(t.db, "a");
  // long past any trial: with billing on this organisation would be restricted
  await t.db.organization.update({ where: { id: a.id }, data: { createdAt: new Date("2020-01-01T00:00:00Z") } });
});
afterAll(async () => t?.cleanup());

describe("billing off", () => {
  it("has no billing pages and no banner", async () => {
    expect(await a.as("principal").billing.enabled()).toBe(false);
    expect(await a.as("principal").billing.banner()).toBeNull();
    expect((await refused(a.as("principal").billing.overview())).appCode).toBe("NOT_FOUND");
    expect((await refused(a.as("principal").billing.upgrade({ plan: "basic" }))).appCode).toBe("NOT_FOUND");
  });

  it("limits nothing", async () => {
    for (const name of ["二号厂区", "三号厂区", "四号厂区"])
      await a.as("principal").profile.sites.create({ name, type: "factory", address: "常州市新北区" });
    expect(await t.db.site.count({ where: { organizationId: a.id, retiredAt: null } })).toBe(4);
    for (let i = 0; i < 6; i++) await a.as("principal").members.invite({ roles: ["officer"], isAdmin: false });
  });

  it("answers 404 at the webhook", async () => {
    const res = await handleBillingWebhook(
      new Request("http://localhost/api/billing/webhook", {
        method: "POST",
        body: "{}",
        headers: { "stripe-signature": "t=1,v1=x" },
      }),
      () => clock.now,
    );
    expect(res.status).toBe(404);
  });
});
