import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { DESKTOP, PHONE, launchBrowser, startServer, type RunningServer } from "./harness.ts";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a fresh install", () => {
  it("answers /healthz with 200 and the number of applied migrations", async () => {
    const res = await fetch(`${server.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; migrations: number; organizations: number };
    expect(body.status).toBe("ok");
    expect(body.migrations).toBeGreaterThanOrEqual(1);
    // the demo data was seeded on the empty database
    expect(body.organizations).toBeGreaterThanOrEqual(2);
  });

  it("serves a favicon and a web app manifest that every page links", async () => {
    const ico = await fetch(`${server.baseUrl}/favicon.ico`);
    expect(ico.status).toBe(200);
    expect(Buffer.from(await ico.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const manifest = (await (await fetch(`${server.baseUrl}/manifest.webmanifest`)).json()) as {
      name: string;
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest).toMatchObject({ name: "安质", start_url: "/app" });
    for (const icon of manifest.icons) expect((await fetch(`${server.baseUrl}${icon.src}`)).status, icon.src).toBe(200);
    const html = await (await fetch(`${server.baseUrl}/login`)).text();
    expect(html).toContain('rel="manifest" href="/manifest.webmanifest"');
    expect(html).toContain('rel="icon" href="/favicon.svg"');
  });

  it("prints where it listens and the demo logins", () => {
    expect(server.output()).toMatch(/listening on http:\/\/localhost:\d+/);
    expect(server.output()).toMatch(/demo logins/);
  });

  it("renders the home page in Chinese on a phone and switches to English", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("日管控");
    // nothing overflows horizontally on a 390px-wide screen
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: /English/ }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Daily control");
    await context.close();
  });

  it("sends the browser only the active locale's messages, and no script bundles either tree", async () => {
    // hazard.lead is not shown on the home page: it arrives only with the page's messages
    const zhLead = "验证人不能是整改人";
    const enLead = "the verifier cannot be the rectifier";
    const zh = await (await fetch(server.baseUrl)).text();
    const en = await (await fetch(server.baseUrl, { headers: { cookie: "lng=en" } })).text();
    expect(zh).toContain(zhLead);
    expect(zh).not.toContain(enLead);
    expect(en).toContain(enLead);
    expect(en).not.toContain(zhLead);
    const scripts = [...new Set([...zh.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]))];
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const js = await (await fetch(`${server.baseUrl}${src}`)).text();
      expect(js.includes(zhLead) || js.includes(enLead), src).toBe(false);
    }
  });

  it("keeps the chosen language across pages on a desktop", async () => {
    const context = await browser.newContext({ ...DESKTOP, locale: "zh-CN" });
    await context.addCookies([{ name: "lng", value: "en", url: server.baseUrl }]);
    const page = await context.newPage();
    const res = await page.goto(`${server.baseUrl}/no-such-page`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
    await context.close();
  });
});
