// Error pages inside the shells, in Chromium on the demo data: a bad id in an /app URL (404), a
// page the member's role may not open (403) and a portal page without a grant (403) each render
// their error inside the shell with its navigation kept, worded in the reader's language —
// Chinese by default with no English in it, English after the toggle.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { login, logout, shellReady } from "./flows.ts";
import { DEMO_PASSWORD, startDemoApp } from "./demo.ts";

const app = startDemoApp();
const OFFICER = "officer1@demo-battery.anzhi.local";
const INSPECTOR = "inspector@xinbei-amr.anzhi.local";

async function errorPage(page: Page) {
  const panel = page.getByTestId("error-page");
  await panel.waitFor();
  return {
    status: await panel.getAttribute("data-status"),
    heading: await panel.getByRole("heading", { level: 1 }).textContent(),
    text: (await panel.textContent()) ?? "",
  };
}

describe("error pages inside the shell", () => {
  it("a missing hazard is a 404 inside the /app shell, in Chinese, then in English after the toggle", async () => {
    const page = await app.signedIn(OFFICER);
    const response = await page.goto(`${app.baseUrl}/app/hazards/does-not-exist`);
    expect(response?.status()).toBe(404);
    await shellReady(page);
    expect(await errorPage(page)).toMatchObject({ status: "404", heading: "隐患不存在" });
    expect((await errorPage(page)).text).not.toMatch(/[A-Za-z]/);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "隐患台账" }).first().waitFor();
    expect(await page.getByTestId("current-org").textContent()).toBeTruthy();

    await page.getByRole("button", { name: /English/ }).click();
    await page.getByRole("heading", { level: 1, name: "Hazard not found" }).waitFor();
    await page.getByRole("navigation", { name: "Main navigation" }).first().waitFor();
    expect((await errorPage(page)).text).toContain("Page not found");

    // The navigation still works from the error page.
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .first()
      .getByRole("link", { name: "Hazard ledger" })
      .click();
    await page.waitForURL(`${app.baseUrl}/app/hazards`);
    await expect.poll(() => page.getByTestId("error-page").count()).toBe(0);
    await page.getByRole("heading", { level: 1, name: "Hazard ledger" }).waitFor();
  });

  it("a page the role may not open is a 403 inside the shell, and an unknown /app URL a 404", async () => {
    const page = await app.signedIn(OFFICER);
    const forbidden = await page.goto(`${app.baseUrl}/app/api-keys`);
    expect(forbidden?.status()).toBe(403);
    await shellReady(page);
    // the refusal says why, in the reader's language
    expect(await errorPage(page)).toMatchObject({ status: "403", heading: "此操作仅限企业管理员" });
    expect((await errorPage(page)).text).toContain("没有权限查看此页面");
    expect((await errorPage(page)).text).not.toMatch(/[A-Za-z]/);
    await page.getByRole("navigation", { name: "主导航" }).first().waitFor();

    // the director's weekly form refuses an officer before it is filled, naming who may file it
    expect((await page.goto(`${app.baseUrl}/app/weekly/new`))?.status()).toBe(403);
    await shellReady(page);
    expect(await errorPage(page)).toMatchObject({ status: "403", heading: "此操作需要质量安全总监或主要负责人岗位" });
    expect(await page.locator("main form textarea").count()).toBe(0);

    const unknown = await page.goto(`${app.baseUrl}/app/no-such-page`);
    expect(unknown?.status()).toBe(404);
    await shellReady(page);
    expect(await errorPage(page)).toMatchObject({ status: "404", heading: "页面不存在" });
    await page.getByRole("navigation", { name: "主导航" }).first().waitFor();
  });

  it("an enterprise without a grant is a 403 inside the regulator portal, with its navigation", async () => {
    const page = await app.signedIn(OFFICER);
    // signing out lands on /login (going there before it does would abort the sign-out's navigation)
    await logout(page);
    await login(page, app.baseUrl, INSPECTOR, DEMO_PASSWORD);

    const response = await page.goto(`${app.baseUrl}/regulator/enterprises/does-not-exist`);
    expect(response?.status()).toBe(403);
    await page.locator('.reg-shell[data-hydrated="true"]').waitFor();
    const shown = await errorPage(page);
    expect(shown.status).toBe("403");
    expect(shown.heading).toMatch(/[\u4e00-\u9fff]/);
    expect(shown.text).not.toMatch(/[A-Za-z]/);
    await page.getByRole("navigation", { name: "监管端导航" }).getByRole("link", { name: "授权企业" }).waitFor();
    await page.getByRole("link", { name: "返回企业列表" }).click();
    await page.waitForURL(`${app.baseUrl}/regulator`);
  });
});
