// The public ERP API mounted in the production server: OpenAPI document, REST and tRPC
// transports, with a key created by the ops CLI against the same database.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { signUp, usccFor } from "./flows.ts";
import { DESKTOP, PHONE, launchBrowser, startServer, type RunningServer } from "./harness.ts";

let server: RunningServer;
let browser: Browser;
let key: string;
const root = path.resolve(import.meta.dirname, "../../../..");

beforeAll(async () => {
  server = await startServer();
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "packages/cli/src/main.ts", "api-key", "create", "--org", "demo-battery", "--name", "e2e ERP"],
    {
      cwd: root,
      env: {
        ...process.env,
        ANZHI_DATA_DIR: server.dataDir,
        DATABASE_URL: server.databaseUrl,
      },
    },
  ).toString();
  key = out.trim().split("\n").at(-1) ?? "";
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("/docs/sdk", () => {
  it("serves the SDK's TypeDoc reference", async () => {
    const res = await fetch(`${server.baseUrl}/docs/sdk/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("@anzhi/sdk API reference");
    const client = await fetch(`${server.baseUrl}/docs/sdk/classes/_anzhi_sdk.Anzhi.html`);
    expect(client.status).toBe(200);
    expect(await client.text()).toContain("webhooks");
  });
});

describe("/api/v1", () => {
  it("serves the OpenAPI 3.1 document without a key", async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; servers: { url: string }[]; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0]?.url).toBe(`${server.baseUrl}/api/v1`);
    expect(doc.paths).toHaveProperty("/inspections/incoming/batch");
  });

  it("accepts pushes over REST and reads them back over tRPC", async () => {
    expect(key).toMatch(/^anz_[a-z0-9]{8}_[A-Za-z0-9]{32}$/);
    const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
    const pushed = await fetch(`${server.baseUrl}/api/v1/suppliers`, {
      method: "POST",
      headers,
      body: JSON.stringify({ externalId: "E2E-V1", name: "端到端供应商", type: "goods" }),
    });
    expect(pushed.status).toBe(200);
    expect(await pushed.json()).toMatchObject({ status: "created", externalId: "E2E-V1" });

    const input = encodeURIComponent(JSON.stringify({ externalId: "E2E-V1" }));
    const read = await fetch(`${server.baseUrl}/api/v1/trpc/suppliers.get?input=${input}`, { headers });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ result: { data: { externalId: "E2E-V1", name: "端到端供应商" } } });
  });

  it("answers without a valid key with the error shape and a request id", async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/suppliers/E2E-V1`, {
      headers: { authorization: "Bearer anz_nope" },
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { type: string; code: string; requestId: string } };
    expect(body.error).toMatchObject({ type: "unauthenticated", code: "API_KEY_INVALID" });
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
  });
});

describe("/app/api-keys", () => {
  it("lets an admin create a key (shown once) that the API accepts, then revoke it", async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await signUp(page, server.baseUrl, {
      orgName: "常州接口测试电池有限公司",
      uscc: usccFor(5501),
      userName: "王管理",
      email: "keys-admin@example.test",
      password: "correct-horse-battery",
    });
    await page.getByRole("link", { name: "API 密钥" }).first().click();
    await page.getByRole("heading", { name: "ERP 对接 API 密钥" }).waitFor();
    await page.getByLabel("名称（用途）").fill("金蝶云星空夜间同步");
    await page.getByRole("button", { name: "创建密钥" }).click();
    const secretInput = page.getByLabel("API 密钥", { exact: true });
    await secretInput.waitFor();
    const secret = await secretInput.inputValue();
    expect(secret).toMatch(/^anz_[a-z0-9]{8}_[A-Za-z0-9]{32}$/);
    const card = page.getByTestId("api-key").filter({ hasText: "金蝶云星空夜间同步" });
    await expect(card.textContent()).resolves.toContain(secret.slice(0, 12));
    await expect(card.textContent()).resolves.not.toContain(secret.slice(13));

    const headers = { authorization: `Bearer ${secret}`, "content-type": "application/json" };
    const push = await fetch(`${server.baseUrl}/api/v1/suppliers`, {
      method: "POST",
      headers,
      body: JSON.stringify({ externalId: "UI-V1", name: "界面创建的密钥推送", type: "goods" }),
    });
    expect(push.status).toBe(200);

    // After a reload the secret is gone for good; the card shows the last use.
    await page.reload();
    expect(await page.getByLabel("API 密钥", { exact: true }).count()).toBe(0);
    await expect(card.textContent()).resolves.toMatch(/最近使用/);

    page.once("dialog", (d) => void d.accept());
    await card.getByRole("button", { name: /吊销/ }).click();
    await page.getByText("已吊销密钥“金蝶云星空夜间同步”。").waitFor();
    const refused = await fetch(`${server.baseUrl}/api/v1/suppliers/UI-V1`, { headers });
    expect(refused.status).toBe(401);
    await context.close();
  });

  it("fits a 390px phone screen", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await signUp(page, server.baseUrl, {
      orgName: "手机端接口测试有限公司",
      uscc: usccFor(5502),
      userName: "李管理",
      email: "keys-phone@example.test",
      password: "correct-horse-battery",
    });
    await page.goto(`${server.baseUrl}/app/api-keys`);
    await page.getByRole("button", { name: "创建密钥" }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.getByRole("button", { name: "创建密钥" }).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});
