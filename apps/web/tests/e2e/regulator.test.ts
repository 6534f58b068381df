// Regulator access end to end in Chromium on the demo data: the enterprise's admin (re)grants the
// district bureau access; the inspector signs in at /login, lands in the regulator portal, sees
// the enterprise with its indicators, opens a weekly report, a daily check record and monthly
// minutes in their print layouts and exports the hazard ledger; the enterprise sees those reads
// in its access log, revokes, and the inspector's next page load is refused. The enterprise also
// enters a failed supervision sampling (which opens a hazard); phone-width checks cover the
// portal list and the access page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DESKTOP, PHONE, launchBrowser, startServer, type RunningServer } from "./harness.ts";
import { login, shellReady } from "./flows.ts";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

const PASSWORD = "anzhi-demo-2026";
const PRINCIPAL = "principal@demo-battery.anzhi.local";
const INSPECTOR = "inspector@xinbei-amr.anzhi.local";
const AGENCY = "常州市新北区市场监督管理局";
const ENTERPRISE = "常州锂鸿新能源科技有限公司";

async function newPage(device: typeof DESKTOP | typeof PHONE = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ ...device, acceptDownloads: true });
  contexts.push(context);
  return context.newPage();
}

/** Inspectors use the same login page and land in the portal. */
async function inspectorLogin(page: Page): Promise<void> {
  await login(page, server.baseUrl, INSPECTOR, PASSWORD);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

describe("regulator access", () => {
  let enterprise: Page;
  let inspector: Page;

  it("the enterprise admin revokes the old grant and grants the district bureau chosen ledgers", async () => {
    enterprise = await newPage();
    await login(enterprise, server.baseUrl, PRINCIPAL, PASSWORD);
    await enterprise.getByRole("link", { name: "监管授权" }).first().click();
    await enterprise.waitForURL(`${server.baseUrl}/app/settings/regulators`);
    await shellReady(enterprise);
    // the demo data has a live grant (all ledgers) to the same bureau: revoke it first
    const revoke = enterprise.getByRole("button", { name: `立即撤销：${AGENCY}` });
    await revoke.waitFor();
    expect(await revoke.count()).toBe(1);
    await revoke.click();
    await enterprise.getByRole("status").filter({ hasText: "已撤销" }).waitFor();
    await expect.poll(() => revoke.count()).toBe(0);
    await enterprise.getByLabel("监管机构").selectOption({ label: AGENCY });
    await enterprise.getByRole("radio", { name: "选定台账" }).check();
    for (const ledger of ["每日管控记录", "每周排查报告", "每月调度记录", "隐患台账"])
      await enterprise.getByRole("checkbox", { name: ledger }).check();
    await enterprise.getByRole("button", { name: "授权", exact: true }).click();
    await enterprise.getByRole("status").filter({ hasText: "已授权" }).waitFor();
    const live = enterprise.getByTestId("grant").filter({ hasText: "生效中" });
    await expect.poll(() => live.count()).toBe(1);
    expect(await live.textContent()).toContain("每日管控记录、每周排查报告、每月调度记录、隐患台账");
  });

  it("the inspector signs in, lands in the portal and sees the enterprise with its indicators", async () => {
    inspector = await newPage();
    await inspectorLogin(inspector);
    expect(await inspector.getByTestId("agency").textContent()).toBe(AGENCY);
    const card = inspector.getByTestId("enterprise-row").filter({ hasText: ENTERPRISE });
    await card.waitFor();
    expect(await card.getByTestId("ind-daily").textContent()).toMatch(/^\d{1,3}%$/);
    expect(await card.getByTestId("ind-open").textContent()).toMatch(/^\d+ \/ \d+ \/ \d+$/);
    expect(await card.getByTestId("ind-overdue").textContent()).toMatch(/^\d+$/);
    // not granted: certificates and samplings
    expect(await card.getByTestId("ind-certs").textContent()).toBe("未授权");
    expect(await card.getByTestId("ind-sampling").textContent()).toBe("未授权");
    // member pages are not for inspectors
    await inspector.goto(`${server.baseUrl}/app/hazards`);
    await inspector.waitForURL((url) => url.pathname === "/regulator");
  });

  it("lists the enterprises as a table sorted by a column header on a desktop, as cards on a phone", async () => {
    await inspector.getByRole("columnheader", { name: "逾期", exact: true }).getByRole("link").click();
    await inspector.waitForURL((url) => url.searchParams.get("sort") === "overdueHazards");
    await inspector.locator('th[aria-sort="descending"]').filter({ hasText: "逾期" }).waitFor();
    expect(await inspector.getByLabel("排序").inputValue()).toBe("overdueHazards");
    const phone = await newPage(PHONE);
    await inspectorLogin(phone);
    const row = phone.getByTestId("enterprise-row").filter({ hasText: ENTERPRISE });
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe("block");
    expect(await row.getByTestId("ind-overdue").isVisible()).toBe(true);
    const fits = () =>
      phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
    expect(await fits()).toBe(true);
    // The enterprise's ledger on the same phone: records as cards, nothing wider than the screen.
    await row.getByRole("link", { name: "查看台账" }).click();
    await phone.waitForURL((url) => url.pathname.startsWith("/regulator/enterprises/"));
    const ledgerRow = phone.locator(".reg-table tbody tr").first();
    await ledgerRow.waitFor();
    expect(await ledgerRow.evaluate((tr) => getComputedStyle(tr).display)).toBe("block");
    expect(await fits()).toBe(true);
  });

  it("opens a weekly report in its print layout and exports the hazard ledger", async () => {
    await inspector
      .getByTestId("enterprise-row")
      .filter({ hasText: ENTERPRISE })
      .getByRole("link", { name: "查看台账" })
      .click();
    await inspector.waitForURL((url) => url.pathname.startsWith("/regulator/enterprises/"));
    await inspector.getByRole("link", { name: "每周排查报告" }).click();
    await inspector.waitForURL((url) => url.searchParams.get("ledger") === "weekly");
    await inspector
      .getByRole("link", { name: /^查看 \d{4}-W\d{2}$/ })
      .first()
      .click();
    await inspector.waitForURL((url) => url.pathname.includes("/weekly/"));
    const weekly = inspector.getByTestId("print-doc");
    await weekly.getByRole("heading", { level: 1, name: "每周质量安全排查治理报告" }).waitFor();
    expect(await weekly.locator(".doc-meta").textContent()).toContain(`企业名称：${ENTERPRISE}`);
    expect(await weekly.getByTestId("week-figures").count()).toBe(1);

    await inspector.goBack();
    await inspector.getByRole("link", { name: "隐患台账" }).click();
    await inspector.waitForURL((url) => url.searchParams.get("ledger") === "hazards");
    const rows = await inspector.locator(".reg-table tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    await inspector
      .getByRole("link", { name: /^查看 YH-\d{4}-\d{4}$/ })
      .first()
      .click();
    await inspector.getByTestId("rectification-record").getByRole("heading", { name: "整改记录" }).waitFor();
    await inspector.goBack();
    await inspector.waitForURL((url) => url.searchParams.get("ledger") === "hazards");
    const [download] = await Promise.all([
      inspector.waitForEvent("download"),
      inspector.getByRole("link", { name: "导出 XLSX" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^隐患台账_常州锂鸿新能源科技有限公司_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    // certificates were not granted: no tab for them
    expect(await inspector.getByRole("link", { name: "许可证与 CCC 证书" }).count()).toBe(0);
  });

  it("opens a daily check record and monthly meeting minutes in the enterprise's statutory layout", async () => {
    await inspector.getByRole("link", { name: "每日管控记录" }).click();
    await inspector.waitForURL((url) => url.searchParams.get("ledger") === "daily");
    await inspector
      .getByRole("link", { name: /^查看 \d{4}-\d{2}-\d{2}$/ })
      .first()
      .click();
    await inspector.waitForURL((url) => url.pathname.includes("/daily/"));
    const daily = inspector.getByTestId("print-doc");
    await daily.getByRole("heading", { level: 1, name: "每日质量安全检查记录" }).waitFor();
    expect(await daily.locator(".doc-meta").textContent()).toContain(`企业名称：${ENTERPRISE}`);
    expect(await inspector.getByRole("button", { name: "打印" }).count()).toBe(1);
    // read-only: no amendment form
    expect(await inspector.getByText("提交更正").count()).toBe(0);

    await inspector.getByRole("link", { name: "← 返回台账" }).click();
    await inspector.waitForURL((url) => url.searchParams.get("ledger") === "daily");
    await inspector.getByRole("link", { name: "每月调度记录" }).click();
    await inspector.waitForURL((url) => url.searchParams.get("ledger") === "monthly");
    await inspector
      .getByRole("link", { name: /^查看 \d{4}-\d{2}$/ })
      .first()
      .click();
    await inspector.waitForURL((url) => url.pathname.includes("/monthly/"));
    const minutes = inspector.getByTestId("print-doc");
    await minutes.getByRole("heading", { level: 1, name: "每月质量安全调度会议纪要" }).waitFor();
    expect(await minutes.getByTestId("decisions").locator("li").count()).toBeGreaterThan(0);
    const minutesUrl = inspector.url();
    await inspector.getByRole("link", { name: "← 返回台账" }).click();
    await inspector.waitForURL((url) => url.searchParams.get("ledger") === "monthly");

    // the same record fits a phone
    const phone = await newPage(PHONE);
    await inspectorLogin(phone);
    await phone.goto(minutesUrl);
    await phone.getByRole("heading", { level: 1, name: "每月质量安全调度会议纪要" }).waitFor();
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1),
    ).toBe(true);
  });

  it("the enterprise sees those reads in its access log, revokes, and the inspector loses access on the next load", async () => {
    await enterprise.reload();
    const log = enterprise.getByTestId("access-log");
    await log.waitFor();
    const text = (await log.textContent()) ?? "";
    expect(text).toContain("黄志刚");
    for (const ledger of ["每日管控记录", "每周排查报告", "每月调度记录"]) expect(text).toContain(ledger);
    expect(text).toContain("导出 XLSX");
    const exportRow = log.locator("tr").filter({ hasText: "导出 XLSX" }).first();
    expect(await exportRow.textContent()).toContain("隐患台账");

    await enterprise.getByRole("button", { name: `立即撤销：${AGENCY}` }).click();
    await enterprise.getByRole("status").filter({ hasText: "已撤销" }).waitFor();

    const response = await inspector.reload();
    expect(response?.status()).toBe(403);
    await inspector.getByRole("heading", { name: "企业尚未授权查阅此台账" }).waitFor();
    await inspector.goto(`${server.baseUrl}/regulator`);
    await inspector.getByText("目前没有企业向本机构授权。").waitFor();
  });

  it("the enterprise enters a failed supervision sampling from the notice, which opens a hazard", async () => {
    await enterprise.goto(`${server.baseUrl}/app/sampling`);
    await shellReady(enterprise);
    await enterprise.getByText("登记抽查结果").click();
    const fill = async (label: string, value: string) => enterprise.getByLabel(label, { exact: true }).fill(value);
    await fill("组织抽查部门", "江苏省市场监督管理局");
    await fill("承检机构", "江苏省产品质量监督检验研究院");
    await fill("抽样单编号", "CY-E2E-1");
    await fill("产品名称", "电动自行车用锂离子蓄电池");
    await fill("规格型号", "LH-4820T 48V20Ah");
    await fill("生产日期/批号", "20261001");
    await fill("检验依据", "GB 43854-2024");
    await fill("检验报告编号", "BG-E2E-1");
    await fill("抽样日期", "2026-10-10");
    await fill("报告日期", "2026-10-20");
    await fill("收到结果日期", "2026-10-22");
    await enterprise.getByRole("radio", { name: "不合格" }).check();
    await enterprise.getByRole("button", { name: "保存" }).click();
    // a failed result needs its failed items
    await enterprise.getByRole("alert").filter({ hasText: "不合格时请填写不合格项目" }).waitFor();
    await enterprise.getByLabel("不合格项目（每行一项）").fill("过充电保护\n标志和说明");
    await enterprise.getByRole("button", { name: "保存" }).click();
    const status = enterprise.getByRole("status").filter({ hasText: "已登记" });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/隐患台账中立项：YH-\d{4}-\d{4}$/);
    const row = enterprise.locator(".reg-table tbody tr").filter({ hasText: "BG-E2E-1" });
    expect(await row.textContent()).toContain("过充电保护；标志和说明");
  });

  it("the portal and the enterprise's access page fit a phone", async () => {
    const fits = (p: Page) =>
      p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
    const phone = await newPage(PHONE);
    await inspectorLogin(phone);
    expect(await fits(phone)).toBe(true);
    const admin = await newPage(PHONE);
    await login(admin, server.baseUrl, PRINCIPAL, PASSWORD);
    await admin.goto(`${server.baseUrl}/app/settings/regulators`);
    await admin.getByTestId("access-log").waitFor();
    expect(await fits(admin)).toBe(true);
  });
});
