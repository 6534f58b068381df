// 设置 → Webhook in Chromium on a phone, on the demo data: an admin adds the ERP's https receiving
// address (the secret is shown once), an address that is not a URL is refused on its field, and the
// secret is rotated with the old one still signing (docs/decisions/027).
import { describe, expect, it } from "vitest";
import { PHONE } from "./harness.ts";
import { shellReady } from "./flows.ts";
import { startDemoApp } from "./demo.ts";

const app = startDemoApp();

describe("webhooks settings", () => {
  it("an admin adds an endpoint, sees its secret once and rotates it", async () => {
    const page = await app.signedIn("principal@demo-battery.anzhi.local", PHONE);
    await page.goto(`${app.baseUrl}/app/settings/webhooks`);
    await shellReady(page);
    await page.getByLabel("接收地址（https://）").fill("http://erp.example.com/anzhi");
    await page.getByRole("button", { name: "新增" }).click();
    await page.getByText("请填写接收地址（以 https:// 开头）").waitFor();

    await page.getByLabel("接收地址（https://）").fill("https://erp.example.com/anzhi");
    await page.getByRole("button", { name: "新增" }).click();
    const secret = page.getByTestId("webhook-secret");
    await secret.waitFor();
    const first = (await secret.locator("code").textContent()) ?? "";
    expect(first).toMatch(/^whsec_/);
    await page.getByTestId("webhook-endpoint").getByText("https://erp.example.com/anzhi").waitFor();

    await page.getByRole("button", { name: "更换密钥" }).click();
    await page.getByTestId("webhook-secret").getByText("已更换密钥").waitFor();
    const second = (await page.getByTestId("webhook-secret").locator("code").textContent()) ?? "";
    expect(second).toMatch(/^whsec_/);
    expect(second).not.toBe(first);
    await page.getByText(/新旧密钥并行至/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
