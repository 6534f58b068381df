// Records signed before handwritten signatures existed (docs/decisions/032) are shown honestly: an
// installation upgraded from then has signed daily records, hazard rectifications and duty
// acknowledgements with a signer and a time but no RecordSignature row (the register's recorder used
// to tick "本人已签收" for the appointee). Such rows are written here straight into the database of
// the demo data, as the earlier version wrote them, and the print view, the regulator's record view,
// the hazard sheet and the appointment register must say that no handwritten signature was captured
// — while a record signed today still shows its signature and no such note.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  DESKTOP,
  closeTestDbs,
  createTestData,
  launchBrowser,
  startServer,
  testDatabase,
  type RunningServer,
  type TestData,
} from "./harness.ts";
import { login } from "./flows.ts";

const PASSWORD = "anzhi-demo-2026";
const PRINCIPAL = "principal@demo-battery.anzhi.local";
const INSPECTOR = "inspector@xinbei-amr.anzhi.local";

let data: TestData;
let server: RunningServer;
let browser: Browser;
let db: Awaited<ReturnType<typeof testDatabase>>;
const contexts: BrowserContext[] = [];
const legacy = { orgId: "", runId: "", signedRunId: "", hazardId: "", appointee: "" };

async function newPage(): Promise<Page> {
  const context = await browser.newContext(DESKTOP);
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  data = await createTestData();
  server = await startServer({}, { data });
  browser = await launchBrowser();
  db = await testDatabase(data);
  const org = await db.organization.findFirstOrThrow({ where: { slug: "demo-battery" }, select: { id: true } });
  legacy.orgId = org.id;
  // A daily record signed by the earlier version: the same officer, site and list as a signed demo
  // record, on a day long before, with the signer and the time but no captured signature.
  const signed = await db.dailyCheckRun.findFirstOrThrow({
    where: { organizationId: org.id, status: "submitted", signedByUserId: { not: null } },
    orderBy: { checkDate: "desc" },
  });
  legacy.signedRunId = signed.id;
  const { id: _id, createdAt: _c, updatedAt: _u, reviewedByUserId: _r, reviewedAt: _ra, ...fields } = signed;
  const run = await db.dailyCheckRun.create({ data: { ...fields, checkDate: "2025-06-02", late: false } });
  legacy.runId = run.id;
  // A hazard rectified by the earlier version: a rectifier and a time, no signature of the step.
  const hazard = await db.hazard.findFirstOrThrow({
    where: { organizationId: org.id, status: { in: ["open", "rectifying"] }, rectifiedByUserId: null },
    select: { id: true },
  });
  await db.hazard.update({
    where: { id: hazard.id },
    data: { rectifiedByUserId: signed.signedByUserId, rectifiedAt: signed.signedAt, rectificationNote: "已更换" },
  });
  legacy.hazardId = hazard.id;
  // An acknowledgement the recorder ticked on the register form for the appointee (who had no
  // account then): a time, no signature. A second officer appointed like the demo's first.
  const current = await db.roleAssignment.findFirstOrThrow({
    where: { organizationId: org.id, role: "officer", endedOn: null, dutyDocAckAt: { not: null } },
  });
  const { id: _aid, createdAt: _ac, updatedAt: _au, supersedesId: _s, ...appointment } = current;
  legacy.appointee = "钱旧签";
  await db.roleAssignment.create({
    data: { ...appointment, personName: legacy.appointee, userId: null, dutyDocAckAt: signed.signedAt },
  });
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await closeTestDbs();
  await data?.remove();
});

describe("records signed before handwritten signatures say so", () => {
  it("the enterprise's print view of the daily record, the hazard sheet and the register", async () => {
    const page = await newPage();
    await login(page, server.baseUrl, PRINCIPAL, PASSWORD);

    await page.goto(`${server.baseUrl}/app/daily/${legacy.runId}`);
    const doc = page.getByTestId("print-doc");
    await doc.waitFor();
    const line = doc.locator(".sig-line").first();
    expect(await line.getByTestId("signature-account-only").textContent()).toBe("（仅账号确认，签署时未采集手写签名）");
    expect(await line.getByTestId("signature-mark").count()).toBe(0);
    // a record signed through today's product shows its signature and no note
    await page.goto(`${server.baseUrl}/app/daily/${legacy.signedRunId}`);
    await doc.waitFor();
    expect(await doc.locator(".sig-line").first().getByTestId("signature-mark").count()).toBeGreaterThan(0);
    expect(await doc.getByTestId("signature-account-only").count()).toBe(0);

    await page.goto(`${server.baseUrl}/app/hazards/${legacy.hazardId}/print`);
    const rect = page.getByTestId("rectification-signature");
    await rect.waitFor();
    expect(await rect.getByTestId("signature-account-only").count()).toBe(1);
    // not verified yet: the verifier's line is blank, not "account only"
    expect(await page.getByTestId("verification-signature").getByTestId("signature-account-only").count()).toBe(0);

    await page.goto(`${server.baseUrl}/app/appointments`);
    const entry = page.getByTestId(`appointment-${legacy.appointee}`).getByTestId("duty-ack");
    await entry.waitFor();
    expect(await entry.getByTestId("signature-account-only").textContent()).toBe(
      "（登记时由登记人勾选“本人已签收”，无本人签名）",
    );
  });

  it("the regulator's view of the same daily record, in English too", async () => {
    const page = await newPage();
    await login(page, server.baseUrl, INSPECTOR, PASSWORD);
    await page.goto(`${server.baseUrl}/regulator/enterprises/${legacy.orgId}/daily/${legacy.runId}`);
    const doc = page.getByTestId("print-doc");
    await doc.waitFor();
    expect(await doc.getByTestId("signature-account-only").textContent()).toBe("（仅账号确认，签署时未采集手写签名）");
    await page.context().addCookies([{ name: "lng", value: "en", url: server.baseUrl }]);
    await page.reload();
    await doc.waitFor();
    expect(await doc.getByTestId("signature-account-only").textContent()).toBe(
      "(confirmed with the account only; no handwritten signature was captured at the time)",
    );
  });
});
