// 审计记录 in Chromium on the demo data: the principal opens the trail from the navigation, filters
// it to daily records, pages on, exports it as XLSX; a daily record's print view shows the content
// hash its signing event carries. An officer has no entry in the navigation and gets a 403.
import { describe, expect, it } from "vitest";
import { navigate, shellReady } from "./flows.ts";
import { startDemoApp } from "./demo.ts";

const app = startDemoApp();

describe("the audit trail", () => {
  it("the principal reads, filters, pages and exports the trail", async () => {
    const page = await app.signedIn("principal@demo-battery.anzhi.local");
    await page.goto(`${app.baseUrl}/app`);
    await navigate(page, "审计记录");
    await page.getByRole("heading", { level: 1, name: "审计记录" }).waitFor();
    expect(await page.getByTestId("audit-count").textContent()).toMatch(/共 \d+ 条 · 第 1 \/ \d+ 页/);

    await page.locator("summary", { hasText: "筛选" }).click();
    await page.getByLabel("记录类型").selectOption({ label: "每日管控记录" });
    await page.getByRole("button", { name: "查询" }).click();
    await page.waitForURL((url) => url.searchParams.get("entityType") === "daily_check_run");
    const rows = page.getByTestId("audit-table").locator("tbody tr");
    // As below: the URL changes before React commits the filtered rows, so wait for them.
    await expect
      .poll(async () => (await rows.allTextContents()).every((text) => text.includes("每日管控记录")))
      .toBe(true);
    expect(await rows.count()).toBe(50);
    const firstRow = (await rows.first().textContent()) ?? "";

    await page.getByRole("link", { name: "下一页" }).click();
    await page.waitForURL((url) => url.searchParams.get("page") === "2");
    // The URL changes before React commits the new page (Remix renders navigations in a transition).
    await expect.poll(() => page.getByTestId("audit-count").textContent()).toMatch(/第 2 \/ \d+ 页/);
    expect(await rows.first().textContent()).not.toBe(firstRow);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "导出 Excel" }).click();
    expect((await download).suggestedFilename()).toMatch(/^审计记录_.+\.xlsx$/);
  });

  it("a signed daily record shows the content hash of its latest signing or amending event", async () => {
    const page = await app.signedIn("principal@demo-battery.anzhi.local");
    await page.goto(`${app.baseUrl}/app/audit?entityType=daily_check_run`);
    await shellReady(page);
    const link = page.getByTestId("audit-table").locator("tbody tr").first().getByRole("link");
    const runId = (await link.textContent()) ?? "";
    await link.click();
    await page.waitForURL((url) => url.searchParams.get("entityId") === runId);
    const rows = page.getByTestId("audit-table").locator("tbody tr");
    await expect.poll(async () => (await rows.allTextContents()).every((text) => text.includes(runId))).toBe(true);
    const latest = (await rows.first().textContent()) ?? "";
    const signedHash = /"contentHash":"([0-9a-f]{64})"/.exec(latest)?.[1];
    expect(signedHash).toBeDefined();
    await page.goto(`${app.baseUrl}/app/daily/${runId}`);
    await page.getByTestId("print-doc").waitFor();
    expect(await page.getByTestId("content-hash").textContent()).toContain(signedHash);
  });

  it("an officer has no entry for it and is refused with a 403", async () => {
    const page = await app.signedIn("officer1@demo-battery.anzhi.local");
    const response = await page.goto(`${app.baseUrl}/app/audit`);
    expect(response?.status()).toBe(403);
    await shellReady(page);
    expect(await page.locator(".app-nav-list").first().getByRole("link", { name: "审计记录" }).count()).toBe(0);
  });
});
