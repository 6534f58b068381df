// 设置 → 提醒渠道 in Chromium on a phone, on the demo data: an admin's WeCom robot on any other host
// is refused on its field; on the robot's own host it is saved and shown masked (never the key).
import { describe, expect, it } from "vitest";
import { PHONE } from "./harness.ts";
import { shellReady } from "./flows.ts";
import { startDemoApp } from "./demo.ts";

const app = startDemoApp();

describe("reminder channels", () => {
  it("an admin adds a WeCom group robot; a webhook elsewhere is refused", async () => {
    const page = await app.signedIn("principal@demo-battery.anzhi.local", PHONE);
    await page.goto(`${app.baseUrl}/app/settings/channels`);
    await shellReady(page);
    const wecom = page.getByTestId("robot-wecom");
    await wecom.getByLabel("Webhook 地址").fill("https://hooks.example.com/cgi-bin/webhook/send?key=abc");
    await wecom.getByRole("button", { name: "添加" }).click();
    await wecom.getByText("该地址不是企业微信或钉钉群机器人的地址").waitFor();

    await wecom
      .getByLabel("Webhook 地址")
      .fill("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa");
    await wecom.getByRole("button", { name: "添加" }).click();
    await wecom.getByRole("status").filter({ hasText: "已保存。" }).waitFor();
    // Once, under heavy load, the saved message was read while the card still said 尚未添加 (cause
    // not found: a <Form> commits action and loader data together). Wait for the robot itself; a
    // list that never shows it still fails here.
    await wecom.getByText("qyapi.weixin.qq.com …5aaa").waitFor();
    const text = (await wecom.textContent()) ?? "";
    expect(text).toContain("qyapi.weixin.qq.com …5aaa");
    expect(text).not.toContain("693a91f6");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
