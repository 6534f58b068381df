// What a phone keeps of the officer's day (docs/decisions/034), in Chromium with the demo data:
// saves queued with the network cut come back into their inputs when the page is reloaded (photos
// as thumbnails of the kept Blobs) and unsaved typing survives too; on sign-out the device keeps
// nothing of the officer — a waiting save is named first and discarded only when asked, the queue
// and the kept copy of 今日检查 are gone, and the next person signed in sees none of it.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PHONE } from "./harness.ts";
import { login, shellReady } from "./flows.ts";
import { DEMO_PASSWORD, PNG_1PX as PNG, startDemoApp } from "./demo.ts";

const app = startDemoApp();
const ORG = "demo-battery.anzhi.local";

/** Today on a phone, controlled by the service worker (so a reload opens offline too). */
async function today(email: string): Promise<Page> {
  const page = await app.signedIn(email, PHONE);
  await page.goto(`${app.baseUrl}/app/today`);
  await shellReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await shellReady(page);
  return page;
}

/** What the device holds: saves in the queue, and pages in the service worker's copy of 今日检查. */
const kept = (page: Page) =>
  page.evaluate(async () => {
    const saves = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open("anzhi-offline");
      open.onupgradeneeded = () => open.result.createObjectStore("saves");
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const count = open.result.transaction("saves").objectStore("saves").count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(count.error);
      };
    });
    const pages = (await caches.has("anzhi-today")) ? (await (await caches.open("anzhi-today")).keys()).length : 0;
    return { saves, pages };
  });

describe("what the phone keeps of today's check", () => {
  it("puts queued answers, photos and unsaved typing back into the inputs after a reload offline, then syncs", async () => {
    const page = await today(`officer1@${ORG}`);
    const cards = page.getByTestId("item-card");
    const total = await cards.count();

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
    // typed, never saved
    await cards.nth(2).getByLabel("检查情况").fill("尚未保存的记录");

    await page.reload();
    await shellReady(page);
    await page.getByTestId("offline-queue").filter({ hasText: "2 项待同步" }).waitFor();
    await cards.nth(1).getByTestId("item-queued").waitFor();
    await cards.nth(1).getByTestId("queued-photos").getByRole("img").waitFor();
    await expect(cards.nth(0).getByRole("radio", { name: "正常" }).isChecked()).resolves.toBe(true);
    await expect(cards.nth(0).getByLabel("检查情况").inputValue()).resolves.toBe("离线：温度 22℃");
    await expect(cards.nth(1).getByRole("radio", { name: "发现问题" }).isChecked()).resolves.toBe(true);
    await expect(cards.nth(1).getByLabel("检查情况").inputValue()).resolves.toBe("离线：包装破损 2 箱");
    await expect(cards.nth(1).getByLabel("采取的防范措施").inputValue()).resolves.toBe("隔离破损箱");
    await expect(cards.nth(2).getByLabel("检查情况").inputValue()).resolves.toBe("尚未保存的记录");
    await expect(page.getByTestId("progress").first().textContent()).resolves.toBe(`已完成 0/${total}`);

    await page.context().setOffline(false);
    await page
      .getByTestId("progress")
      .first()
      .filter({ hasText: `已完成 2/${total}` })
      .waitFor();
    await page.getByTestId("offline-queue").waitFor({ state: "detached" });
    await page.reload();
    await shellReady(page);
    await expect(cards.nth(1).getByTestId("photo-count").textContent()).resolves.toBe("已上传 1 张照片");
    // the draft goes back into its input once the card has read the device's queue (after hydration)
    await expect.poll(() => cards.nth(2).getByLabel("检查情况").inputValue()).toBe("尚未保存的记录");
    await page.context().close();
  });

  it("signs out only after naming the waiting save, and leaves nothing of the officer on the device", async () => {
    const page = await today(`officer1@${ORG}`);
    const card = page.getByTestId("item-card").nth(3);
    // a problem with nothing observed: queued offline, then refused by the server, so it stays
    await page.context().setOffline(true);
    await card.getByRole("radio", { name: "发现问题" }).check();
    await card.getByRole("button", { name: "保存此项" }).click();
    await card.getByTestId("item-queued").waitFor();
    await page.context().setOffline(false);
    await card.getByTestId("item-refused").waitFor();
    const before = await kept(page);
    expect(before.saves).toBe(1);
    expect(before.pages).toBeGreaterThan(0);

    // "sync first, then sign out" does not sign out over a save the server refused: it says so
    await page.locator(".user-menu summary").click();
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.getByTestId("sign-out-warning").getByRole("button", { name: "先同步，再退出" }).click();
    await page.getByTestId("sign-out-after-sync").filter({ hasText: "有 1 项被服务器拒绝，尚未退出" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/app/today");
    await page.getByTestId("sign-out-after-sync").getByRole("button", { name: "不退出了" }).click();
    await page.getByTestId("sign-out-after-sync").waitFor({ state: "detached" });

    await page.locator(".user-menu summary").click();
    await page.getByRole("button", { name: "退出登录" }).click();
    const warning = page.getByTestId("sign-out-warning");
    await expect(warning.textContent()).resolves.toContain("本机还有 1 项检查未同步");
    await warning.getByRole("button", { name: "放弃并退出" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    await expect(kept(page)).resolves.toEqual({ saves: 0, pages: 0 });

    // the next person on this phone: with the network gone, the officer's day does not open
    await page.context().setOffline(true);
    await page.goto(`${app.baseUrl}/app/today`).catch(() => null);
    expect(await page.getByTestId("item-card").count()).toBe(0);
    await page.context().setOffline(false);
    await login(page, app.baseUrl, `officer2@${ORG}`, DEMO_PASSWORD);
    await page.goto(`${app.baseUrl}/app/today`);
    await shellReady(page);
    expect(await page.getByTestId("offline-queue").count()).toBe(0);
    expect(await page.getByTestId("item-refused").count()).toBe(0);
    await page.context().close();
  });
  it("syncs first and then signs out, when asked from the account menu with a save waiting", async () => {
    const page = await today(`officer2@${ORG}`);
    const card = page.getByTestId("item-card").nth(1);
    await page.context().setOffline(true);
    await card.getByRole("radio", { name: "正常" }).check();
    await card.getByLabel("检查情况").fill("离线保存，退出前同步");
    await card.getByRole("button", { name: "保存此项" }).click();
    await card.getByTestId("item-queued").waitFor();

    await page.locator(".user-menu summary").click();
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.getByTestId("sign-out-warning").getByRole("button", { name: "先同步，再退出" }).click();
    await page.getByTestId("sign-out-after-sync").filter({ hasText: "同步完成后将自动退出登录" }).waitFor();
    // still signed in while the network is gone; the save goes up when it returns, then the sign-out
    expect(new URL(page.url()).pathname).toBe("/app/today");
    await page.context().setOffline(false);
    await page.waitForURL((url) => url.pathname === "/login");
    await expect(kept(page)).resolves.toEqual({ saves: 0, pages: 0 });
    await login(page, app.baseUrl, `officer2@${ORG}`, DEMO_PASSWORD);
    await page.goto(`${app.baseUrl}/app/today`);
    await shellReady(page);
    await expect(page.getByTestId("item-card").nth(1).getAttribute("class")).resolves.toContain("answered");
    await expect(page.getByTestId("item-card").nth(1).getByLabel("检查情况").inputValue()).resolves.toBe(
      "离线保存，退出前同步",
    );
    await page.context().close();
  });

  it("refuses a save kept on the device by another account, and writes nothing", async () => {
    // What the phone would replay after officer 1's session ended and officer 2 signed in: officer 1's
    // kept save (their session stamp) posted under officer 2's cookie.
    const first = await today(`officer1@${ORG}`);
    const theirs = await first.locator('input[name="savedBy"]').first().inputValue();
    await first.context().close();
    const page = await today(`officer2@${ORG}`);
    const card = page.getByTestId("item-card").first();
    await expect(card.locator('input[name="savedBy"]').inputValue()).resolves.not.toBe(theirs);
    await card.getByRole("radio", { name: "正常" }).check();
    await card.getByLabel("检查情况").fill("另一账号离线录入");
    const fields = await card
      .locator("form")
      .evaluate((form) =>
        [...new FormData(form as HTMLFormElement).entries()].filter(
          (entry): entry is [string, string] => typeof entry[1] === "string",
        ),
      );
    const multipart = Object.fromEntries(fields.map(([k, v]) => [k, k === "savedBy" ? theirs : v]));
    const refused = await page.request.post(`${app.baseUrl}/app/today.data`, {
      multipart: { ...multipart, saveKey: "kept-by-officer1-0001" },
      headers: { origin: app.baseUrl },
    });
    const body = await refused.text();
    expect(body).toContain("OTHER_SESSION");
    expect(body).toContain("这条记录是另一账号在本机离线录入的，不能以当前账号保存。");
    // nothing was saved: the card is still unanswered after a reload
    await page.reload();
    await shellReady(page);
    await expect(card.getAttribute("class")).resolves.not.toContain("answered");
    await page.context().close();
  });
});
