// What the regulator sees must be true, end to end in Chromium: a producer signs up on Monday
// 11 January 2027, gets a risk list, a site and an officer, and grants the demo district bureau
// access. The inspector sees nothing missed (nothing was due before the sign-up day). The officer
// signs Monday's record; on Tuesday the inspector sees 100 %. Nobody signs Tuesday's record; on
// Wednesday the inspector sees 50 % with one missed day, and the daily ledger lists it as 缺失.
// The same data runs on at each instant: one server (under faketime) per day on one data folder.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { localInstant } from "@anzhi/contracts";
import { DESKTOP, createTestData, launchBrowser, startServer, type RunningServer, type TestData } from "./harness.ts";
import {
  acceptInvitation,
  appointMember,
  inviteMember,
  login,
  navigate,
  shellReady,
  signUp,
  usccFor,
} from "./flows.ts";

const PASSWORD = "Anzhi-e2e-2026!";
const INSPECTOR = "inspector@xinbei-amr.anzhi.local";
const AGENCY = "常州市新北区市场监督管理局";
const ENTERPRISE = "常州准时电器制造有限公司";
const principal = {
  orgName: ENTERPRISE,
  uscc: usccFor(5150),
  userName: "周主要",
  email: "zhou@periods-e2e.test",
  password: PASSWORD,
};
const officer = { name: "吴安全", email: "wu@periods-e2e.test", password: PASSWORD };

let data: TestData;
let server: RunningServer | undefined;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext(DESKTOP);
  contexts.push(context);
  return context.newPage();
}

/** Stops the running server (the data folder stays) and starts one at `at` on the same data. */
async function serverAt(at: string): Promise<RunningServer> {
  await server?.stop();
  for (const c of contexts.splice(0)) await c.close();
  server = await startServer({}, { at: localInstant(at, "Asia/Shanghai"), data });
  return server;
}

async function inspectorCard(s: RunningServer) {
  const page = await newPage();
  // If the portal does not open, say what the server said too.
  await login(page, s.baseUrl, INSPECTOR, "anzhi-demo-2026").catch((error: unknown) => {
    throw new Error(`${String(error)}\n${s.output().slice(-4000)}`, { cause: error });
  });
  const card = page.getByTestId("enterprise-row").filter({ hasText: ENTERPRISE });
  await card.waitFor();
  const text = async (id: string) => (await card.getByTestId(id).textContent()) ?? "";
  return {
    page,
    card,
    daily: await text("ind-daily"),
    counts: await text("ind-daily-counts"),
    weekly: await text("ind-weekly"),
    monthly: await text("ind-monthly"),
  };
}

beforeAll(async () => {
  data = await createTestData();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await data?.remove();
});

describe("periods start when duties start; the regulator's indicators are true", () => {
  it("on the sign-up day the new producer is set up, grants access, and the inspector sees nothing missed", async () => {
    const s = await serverAt("2027-01-11 09:00");
    const page = await newPage();
    await signUp(page, s.baseUrl, principal);
    // Authority follows the register: the principal records herself first, so the list she
    // generates is the approved version in force.
    await appointMember(page, s.baseUrl, { role: "principal", name: principal.userName, appointedOn: "2027-01-11" });

    await navigate(page, "风险管控清单");
    await page.getByRole("checkbox", { name: "水泥", exact: true }).check();
    await page.getByRole("button", { name: "生成清单" }).click();
    await page.getByTestId("shown-version").waitFor();

    await navigate(page, "企业信息");
    await page.locator("#sites summary").click();
    const siteForm = page.locator("#sites form").first();
    await siteForm.getByLabel("场所名称").fill("一号厂区");
    await siteForm.getByLabel("类型").selectOption("factory");
    await siteForm.getByLabel("地址").fill("江苏省常州市新北区汉江路1号");
    await siteForm.getByRole("button", { name: "保存" }).click();
    await page.locator("#sites").getByText("一号厂区").first().waitFor();

    await page.goto(`${s.baseUrl}/app/calendar`);
    await shellReady(page);
    expect(await page.getByTestId("activated-on").textContent()).toContain("2027-01-11");

    const link = await inviteMember(page, s.baseUrl, { roles: ["officer"] });
    const officerPage = await newPage();
    await acceptInvitation(officerPage, link, officer);
    await appointMember(page, s.baseUrl, { role: "officer", name: officer.name, appointedOn: "2027-01-11" });

    await page.goto(`${s.baseUrl}/app/settings/regulators`);
    await shellReady(page);
    await page.getByLabel("监管机构").selectOption({ label: AGENCY });
    await page.getByRole("button", { name: "授权", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "已授权" }).waitFor();

    // Nothing was due before today: no missed week or month, no completion rate to show yet.
    const seen = await inspectorCard(s);
    expect([seen.daily, seen.weekly, seen.monthly]).toEqual(["无应填日（启用或任命之后尚无到期日）", "0", "0"]);

    // The officer signs Monday's record.
    await officerPage.goto(`${s.baseUrl}/app/today`);
    await shellReady(officerPage);
    await officerPage.getByRole("button", { name: "其余项目全部正常" }).first().click();
    await officerPage.getByTestId("sign-submit").first().waitFor();
    // the keyboard alternative of the handwritten signature: the officer's own name, typed
    const bar = officerPage.locator(".sign-bar").first();
    await bar.getByTestId("signature-switch").click();
    await bar.getByTestId("signature-typed").fill(officer.name);
    await officerPage.getByTestId("sign-submit").first().click();
    await officerPage.getByTestId("signed-banner").first().waitFor();
  });

  it("on Tuesday the inspector sees 100 %: every due day was submitted", async () => {
    const s = await serverAt("2027-01-12 09:00");
    const seen = await inspectorCard(s);
    expect([seen.daily, seen.counts, seen.weekly, seen.monthly]).toEqual(["100%", "应填 1，缺失 0，迟交 0", "0", "0"]);
  });

  it("on Wednesday, Tuesday's missing record shows: 50 %, one missed day, listed as 缺失 in the daily ledger", async () => {
    const s = await serverAt("2027-01-13 09:00");
    const seen = await inspectorCard(s);
    expect([seen.daily, seen.counts]).toEqual(["50%", "应填 2，缺失 1，迟交 0"]);
    const href = (await seen.card.getByRole("link").first().getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/regulator\/enterprises\//);
    const res = await seen.page.goto(`${s.baseUrl}${href}`);
    expect(res?.status()).toBe(200);
    await seen.page.locator('.reg-shell[data-hydrated="true"]').waitFor();
    const rows = seen.page.locator("table.reg-table tbody tr");
    await rows.first().waitFor();
    const lines = (await rows.allTextContents()).map((r) => r.replace(/\s+/g, " "));
    expect(lines.some((l) => l.includes("2027-01-12") && l.includes(officer.name) && l.includes("缺失"))).toBe(true);
    expect(lines.some((l) => l.includes("2027-01-11") && l.includes("按时提交"))).toBe(true);
  });
});
