// Photo evidence end to end (docs/decisions/035) on a 390 px phone, the server at 10:00 on
// 2 December 2026 in Shanghai: the officer attaches a 2400 px camera JPEG whose hand-made EXIF says
// 09:15 at 31.8125 N 119.9736 E — shrunk on the phone, what it said travels beside it — and, on a
// problem, a photo taken on 20 November, kept as it is (its EXIF read on the server). The signed
// record shows both thumbnails with their stamps, the viewer zooms, and the old photo is flagged
// on the record, on the hazard it opened and in the hazard's print view.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localInstant } from "@anzhi/contracts";
import { PHONE } from "./harness.ts";
import { shellReady, signTodayTyped } from "./flows.ts";
import { noHorizontalOverflow, startDemoApp } from "./demo.ts";

const app = startDemoApp({ at: localInstant("2026-12-02 10:00", "Asia/Shanghai") });
const OFFICER = "officer1@demo-battery.anzhi.local";
/** The phone's clock zone is the one its camera wrote the EXIF time in. */
const SHANGHAI_PHONE = { ...PHONE, timezoneId: "Asia/Shanghai" };
const fixture = (name: string) => ({
  name,
  mimeType: "image/jpeg",
  buffer: readFileSync(path.join(import.meta.dirname, "fixtures", name)),
});

describe("photo evidence on a phone", () => {
  it("shows thumbnails with their stamps on the record, the hazard and its print view, and flags an old photo", async () => {
    const page = await app.signedIn(OFFICER, SHANGHAI_PHONE);
    await page.goto(`${app.baseUrl}/app/today`);
    await shellReady(page);

    const first = page.getByTestId("item-card").nth(0);
    await first.getByRole("radio", { name: "正常" }).check();
    await first.getByLabel("现场照片").setInputFiles(fixture("camera-2026-12-02.jpg"));
    await first.getByTestId("photo-prepared").filter({ hasText: "已压缩 1 张照片" }).waitFor();
    await first.getByRole("button", { name: "保存此项" }).click();
    await page.getByTestId("photo-count").first().waitFor();

    const second = page.getByTestId("item-card").nth(1);
    await second.getByRole("radio", { name: "发现问题" }).check();
    await second.getByLabel("检查情况").fill("E2E：包装封口不严");
    await second.getByLabel("采取的防范措施").fill("重新封口并复检");
    await second.getByLabel("现场照片").setInputFiles(fixture("camera-2026-11-20.jpg"));
    await second.getByRole("button", { name: "保存此项" }).click();
    const opened = page.getByRole("link", { name: /已登记隐患 YH-\d{4}-\d{4}/ }).first();
    await opened.waitFor();
    const hazardHref = (await opened.getAttribute("href")) ?? "";

    await page.getByRole("button", { name: "其余项目全部正常" }).click();
    await page.getByTestId("reported-to").first().selectOption({ index: 1 });
    await signTodayTyped(page, "李明"); // officer1's name in the demo seed

    // The signed record: a thumbnail per photo, each with its stamp.
    await page.getByRole("link", { name: "查看记录" }).first().click();
    await page.getByTestId("print-doc").waitFor();
    const thumbs = page.getByTestId("photo-thumb");
    await expect.poll(() => thumbs.count()).toBe(2);
    await expect
      .poll(() => thumbs.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth)))
      .toEqual([320, 320]);
    const stamps = await page.getByTestId("photo-stamp").allTextContents();
    expect(stamps[0]).toContain("服务器接收：2026-12-02 10:0");
    expect(stamps[0]).toContain("拍摄时间：2026-12-02 09:15（手机上传前读取）");
    expect(stamps[0]).toContain("拍摄位置：31.81250，119.97360");
    expect(stamps[1]).toContain("拍摄时间：2026-11-20 16:40（照片自带信息）");
    expect(await page.getByTestId("photo-flag").allTextContents()).toEqual(["注意：拍摄时间早于上传一天以上"]);
    expect(await noHorizontalOverflow(page)).toBe(true);

    // The viewer: a modal dialog with the full photo (shrunk on the phone to 1600 px), zoom and the stamp.
    await page.getByRole("button", { name: "查看照片 camera-2026-12-02.jpg" }).click();
    const viewer = page.getByRole("dialog", { name: "照片查看" });
    await viewer.waitFor();
    const full = viewer.getByTestId("photo-full");
    await expect.poll(() => full.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBe(1600);
    const fitted = (await full.boundingBox())?.width ?? 0;
    await viewer.getByRole("button", { name: "放大" }).click();
    await expect.poll(async () => (await full.boundingBox())?.width ?? 0).toBeGreaterThan(fitted * 1.4);
    expect(await viewer.getByTestId("photo-stamp").textContent()).toContain("拍摄时间：2026-12-02 09:15");
    await viewer.getByRole("button", { name: "关闭" }).click();
    await expect.poll(() => viewer.isVisible()).toBe(false);

    // The hazard the problem opened shows the finding's photo, flagged, and so does its print view.
    await page.goto(`${app.baseUrl}${hazardHref}`);
    await shellReady(page);
    await expect.poll(() => page.getByTestId("photo-thumb").count()).toBe(1);
    expect(await page.getByTestId("photo-flag").textContent()).toBe("注意：拍摄时间早于上传一天以上");
    expect(await noHorizontalOverflow(page)).toBe(true);
    await page.goto(`${app.baseUrl}${hazardHref}/print`);
    await page.getByTestId("rectification-record").waitFor();
    expect(await page.getByTestId("rectification-record").getByTestId("photo-stamp").textContent()).toContain(
      "拍摄时间：2026-11-20 16:40",
    );
    await expect
      .poll(() => page.getByTestId("photo-thumb").evaluate((i) => (i as HTMLImageElement).naturalWidth))
      .toBe(320);
  });
});
