// Files in an S3 bucket end to end (ANZHI_S3_URL pointing at an s3rver): a photo posted with the
// hazard form lands in the bucket and not the data folder, the file route streams it back with its
// type, length and bytes, and once the object is lost the route answers 404, not 500.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startS3StandIn, type S3StandIn } from "@anzhi/api/testing/s3";
import { DESKTOP, launchBrowser, startServer, type RunningServer } from "./harness.ts";
import { login, shellReady } from "./flows.ts";
import { DEMO_PASSWORD, PNG_1PX as PNG } from "./demo.ts";

let s3: S3StandIn;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  s3 = await startS3StandIn("anzhi-e2e", "web");
  server = await startServer({ ANZHI_S3_URL: s3.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await s3?.close();
});

describe("files in an S3 bucket", () => {
  it("stores a hazard's photo in the bucket and serves it back; a lost object is a 404", async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await login(page, server.baseUrl, "officer1@demo-battery.anzhi.local", DEMO_PASSWORD);
    await page.goto(`${server.baseUrl}/app/hazards/new`);
    await shellReady(page);
    await page.getByLabel("隐患名称").fill("仓库应急照明不亮");
    await page.getByLabel("隐患描述").fill("成品仓库北门应急照明灯按测试键不亮");
    await page.getByRole("radio", { name: "一般" }).check();
    await page.getByLabel("证据照片").setInputFiles({ name: "照明.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL((url) => /^\/app\/hazards\/(?!new$)[^/]+$/.test(url.pathname));

    const sha = createHash("sha256").update(PNG).digest("hex");
    const key = (await s3.keys()).find((k) => k.endsWith(`/${sha.slice(0, 2)}/${sha}`));
    expect(key).toMatch(/^uploads\/[^/]+\//);
    expect(existsSync(path.join(server.dataDir, "uploads"))).toBe(false);

    const href = (await page.getByRole("link", { name: "照明.png" }).getAttribute("href")) ?? "";
    const photo = await page.request.get(new URL(href, server.baseUrl).href);
    expect(photo.status()).toBe(200);
    expect(photo.headers()).toMatchObject({ "content-type": "image/png", "content-length": String(PNG.length) });
    expect(Buffer.from(await photo.body())).toEqual(PNG);

    await s3.remove(key ?? "");
    expect((await page.request.get(new URL(href, server.baseUrl).href)).status()).toBe(404);
  });
});
