// The officer's 今日检查 opens with no server at all (docs/decisions/034): once visited, the service
// worker has its page, data and assets, so after the server is gone the page still opens from the
// device, says it is offline, and takes a save into the queue. (The server is stopped rather than
// the browser put offline: Chromium's offline emulation does not reach a service worker's fetches.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { PHONE, launchBrowser, startServer, type RunningServer } from "./harness.ts";
import { login, shellReady } from "./flows.ts";
import { DEMO_PASSWORD } from "./demo.ts";

let server: RunningServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the installable today page", () => {
  it("serves its manifest and service worker, and opens from the device when the server is gone", async () => {
    if (!server || !browser) throw new Error("not started");
    const base = server.baseUrl;
    const manifest = (await (await fetch(`${base}/manifest.webmanifest`)).json()) as {
      shortcuts: Array<{ url: string }>;
    };
    expect(manifest.shortcuts.map((s) => s.url)).toEqual(["/app/today"]);
    const sw = await fetch(`${base}/sw.js`);
    expect(sw.status).toBe(200);

    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await login(page, base, "officer1@demo-battery.anzhi.local", DEMO_PASSWORD);
    await page.goto(`${base}/app/today`);
    await shellReady(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Controlled from now on: this visit is the copy the device keeps.
    await page.reload();
    await shellReady(page);
    const total = await page.getByTestId("item-card").count();
    expect(total).toBeGreaterThan(0);

    await server.stop();
    server = undefined;
    // The installed app's start (/app) goes on to the kept page.
    await page.goto(`${base}/app`);
    await page.waitForURL(`${base}/app/today`);
    await shellReady(page);
    await expect(page.getByTestId("item-card").count()).resolves.toBe(total);
    // A save attempted now fails on the way and waits on the device.
    const card = page.getByTestId("item-card").first();
    await card.getByRole("radio", { name: "正常" }).check();
    await card.getByRole("button", { name: "保存此项" }).click();
    await card.getByTestId("item-queued").waitFor();
    await expect(page.getByTestId("offline-queue").textContent()).resolves.toContain("1 项待同步");
    await context.close();
  });
});
