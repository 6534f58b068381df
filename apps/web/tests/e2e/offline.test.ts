// Capture that survives the floor (docs/decisions/034), in Chromium on a phone with the demo data:
// the network is cut while the officer works, saves queue on the device (photos too) with the queue
// shown, nothing typed is lost, and when the network returns the answers reach the server; a queued
// answer the server refuses comes back as an error on its own card. The server runs on the real clock.
import { describe, expect, it } from "vitest";
import { PHONE } from "./harness.ts";
import { shellReady } from "./flows.ts";
import { PNG_1PX as PNG, startDemoApp } from "./demo.ts";

const app = startDemoApp();
const ORG = "demo-battery.anzhi.local";

async function today() {
  const page = await app.signedIn(`officer1@${ORG}`, PHONE);
  await page.goto(`${app.baseUrl}/app/today`);
  await shellReady(page);
  return page;
}

describe("today's check with the network cut", () => {
  it("queues the saves on the device, keeps what is typed, and stores them on the server when the network returns", async () => {
    const page = await today();
    const cards = page.getByTestId("item-card");
    const total = await cards.count();
    expect(total).toBeGreaterThan(3);
    // Typed before the network goes, saved only later: it must survive the other saves.
    await cards.nth(2).getByLabel("检查情况").fill("尚未保存的记录");

    await page.context().setOffline(true);
    await cards.nth(0).getByRole("radio", { name: "正常" }).check();
    await cards.nth(0).getByLabel("检查情况").fill("离线：温度 22℃");
    await cards.nth(0).getByRole("button", { name: "保存此项" }).click();
    await cards.nth(0).getByTestId("item-queued").waitFor();

    await cards.nth(1).getByRole("radio", { name: "发现问题" }).check();
    await cards.nth(1).getByLabel("检查情况").fill("离线：包装破损 2 箱");
    await cards.nth(1).getByLabel("采取的防范措施").fill("隔离破损箱");
    await cards.nth(1).getByLabel("现场照片").setInputFiles({ name: "floor.png", mimeType: "image/png", buffer: PNG });
    await cards.nth(1).getByRole("button", { name: "保存此项" }).click();
    await cards.nth(1).getByTestId("item-queued").waitFor();

    const queue = page.getByTestId("offline-queue");
    await queue.filter({ hasText: "2 项待同步" }).waitFor();
    await expect(queue.textContent()).resolves.toContain("已离线");
    // the checklist is still there, as typed; nothing reached the server
    await expect(page.getByTestId("progress").first().textContent()).resolves.toBe(`已完成 0/${total}`);
    await expect(cards.nth(2).getByLabel("检查情况").inputValue()).resolves.toBe("尚未保存的记录");

    await page.context().setOffline(false);
    await page
      .getByTestId("progress")
      .first()
      .filter({ hasText: `已完成 2/${total}` })
      .waitFor();
    await queue.waitFor({ state: "detached" });
    await expect(cards.nth(2).getByLabel("检查情况").inputValue()).resolves.toBe("尚未保存的记录");

    // what the server stored, read afresh
    await page.reload();
    await shellReady(page);
    await expect(cards.nth(0).getByLabel("检查情况").inputValue()).resolves.toBe("离线：温度 22℃");
    await expect(cards.nth(1).getByLabel("检查情况").inputValue()).resolves.toBe("离线：包装破损 2 箱");
    await expect(cards.nth(1).getByTestId("photo-count").textContent()).resolves.toBe("已上传 1 张照片");
    // one hazard for the problem, named once on its card
    await expect(
      cards
        .nth(1)
        .getByRole("link", { name: /已登记隐患 YH-\d{4}-\d{4}/ })
        .count(),
    ).resolves.toBe(1);
    await page.context().close();
  });

  it("a queued answer the server refuses comes back as an error on its own card", async () => {
    const page = await today();
    const card = page.getByTestId("item-card").nth(3);
    await page.context().setOffline(true);
    // a problem needs what was observed and what was done: the server will refuse this one
    await card.getByRole("radio", { name: "发现问题" }).check();
    await card.getByRole("button", { name: "保存此项" }).click();
    await card.getByTestId("item-queued").waitFor();
    await page.getByTestId("offline-queue").filter({ hasText: "1 项待同步" }).waitFor();

    await page.context().setOffline(false);
    await card.getByTestId("item-refused").waitFor();
    await expect(card.getByTestId("item-refused").textContent()).resolves.toBe("未保存：请按提示修改后重新保存。");
    await expect(card.locator(".field-error").first().textContent()).resolves.not.toBe("");
    await expect(page.getByTestId("offline-queue").textContent()).resolves.toContain("1 项同步被退回");
    expect(await card.getByTestId("item-queued").count()).toBe(0);

    // corrected and saved online, the refusal goes
    await card.getByLabel("检查情况").fill("标识缺失");
    await card.getByLabel("采取的防范措施").fill("补贴标识");
    await card.getByRole("button", { name: "保存此项" }).click();
    await page.getByTestId("offline-queue").waitFor({ state: "detached" });
    expect(await card.getByTestId("item-refused").count()).toBe(0);
    await page.context().close();
  });
});
