// The risk control list end to end in Chromium: a principal signs up, picks two key products and
// gets the generated list (one table, sorted and filtered by its headers and filters; cards on a
// phone, both free of axe-core's serious findings), retires an item with a reason (a new version;
// the old one stays viewable and marks it retired), opens the print view (the model form's columns) and downloads the XLSX, assigns one
// person to two ticked items in one version; an invited officer reads the list on a
// phone without horizontal scrolling and without edit controls. The enterprise profile rejects a
// licence number of the wrong format on its field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { addDays, localDate, RISK_LIST_COLUMNS, riskItemsFor } from "@anzhi/contracts";
import { DESKTOP, PHONE, launchBrowser, startServer, type RunningServer } from "./harness.ts";
import { noHorizontalOverflow } from "./demo.ts";
import { PHONE_AXE, WIDE_AXE, seriousViolations } from "./axe.ts";
import { acceptInvitation, inviteMember, login, navigate, signUp, usccFor } from "./flows.ts";

let server: RunningServer;
let browser: Browser;
let page: Page;

const PASSWORD = "Anzhi-e2e-2026!";
const principal = {
  orgName: "常州安帽水泥制品有限公司",
  uscc: usccFor(4321),
  userName: "陈主要",
  email: "chen@risk-e2e.test",
  password: PASSWORD,
};
const expectedItems = riskItemsFor({ kind: "producer", productGroupIds: ["cement", "safety-helmet"] }).length;

async function itemCount(p: Page): Promise<number> {
  return p.locator('[data-testid="risk-item"]').count();
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext(DESKTOP)).newPage();
  await signUp(page, server.baseUrl, principal);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("risk control list", () => {
  it("generates the list from two picked key products", async () => {
    await navigate(page, "风险管控清单");
    await expect(page.getByText("还没有生成风险管控清单。").isVisible()).resolves.toBe(true);
    await page.getByRole("checkbox", { name: "水泥", exact: true }).check();
    await page.getByRole("checkbox", { name: "安全帽", exact: true }).check();
    await page.getByRole("button", { name: "生成清单" }).click();
    await page.getByTestId("shown-version").waitFor();
    await expect(page.getByTestId("shown-version").textContent()).resolves.toBe("第 1 版");
    expect(await itemCount(page)).toBe(expectedItems);
    await expect(page.getByTestId("risk-table").isVisible()).resolves.toBe(true);
    await expect(
      page.locator('[data-testid="risk-item"] .risk-sub', { hasText: "进货/原料" }).count(),
    ).resolves.toBeGreaterThan(0);
    // the two products are now in the enterprise profile
    await navigate(page, "企业信息");
    await expect(page.locator("#products li > strong").allTextContents()).resolves.toEqual(["水泥", "安全帽"]);
  });

  it("retires an item with a reason into version 2 and keeps version 1 viewable", async () => {
    await page.goto(`${server.baseUrl}/app/risk-list`);
    const first = page.locator('[data-testid="risk-item"]').first();
    const point = (await first.getByTestId("risk-point").textContent()) ?? "";
    await first.getByText("撤销", { exact: true }).click();
    await first.getByLabel("撤销原因").fill("该检验项目已委托第三方实验室，不再自检");
    await first.getByRole("button", { name: "确认撤销" }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="shown-version"]')?.textContent === "第 2 版",
    );
    expect(await itemCount(page)).toBe(expectedItems - 1);
    await expect(page.getByText("该检验项目已委托第三方实验室，不再自检").first().isVisible()).resolves.toBe(true);
    // the version picker shows version 1 unchanged
    await page.getByLabel("查看版本").selectOption("1");
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="shown-version"]')?.textContent === "第 1 版",
    );
    expect(await itemCount(page)).toBe(expectedItems);
    const retired = page.locator('[data-testid="risk-item"]', {
      has: page.getByTestId("risk-point").getByText(point, { exact: true }),
    });
    await expect(retired.getByTestId("risk-status").textContent()).resolves.toBe("第 2 版撤销");
  });

  it("sorts by a column header and filters by level, keeping the sort", async () => {
    await page.goto(`${server.baseUrl}/app/risk-list`);
    await page.getByRole("link", { name: "风险等级" }).click();
    await page.locator('th[aria-sort="ascending"]', { hasText: "风险等级" }).waitFor();
    const levels = await page.locator('[data-testid="risk-level"]').allTextContents();
    const rank = (l: string) => ["重大", "较大", "一般", "低", "未评级"].indexOf(l.trim());
    expect(levels.map(rank)).toEqual([...levels.map(rank)].sort((a, b) => a - b));
    await page.getByLabel("风险等级", { exact: true }).selectOption("major");
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL(/level=major/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="risk-level"]').length < 10);
    expect(page.url()).toContain("sort=riskLevel");
    const shown = await page.locator('[data-testid="risk-level"]').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(["重大"]));
    await expect(page.getByTestId("item-count").textContent()).resolves.toBe(`共 ${shown.length} 项`);
  });

  it("is a table on a 1440 px desktop and cards on a 390 px phone, neither scrolling sideways nor failing axe", async () => {
    for (const options of [WIDE_AXE, PHONE_AXE]) {
      const p = await (await browser.newContext(options)).newPage();
      await login(p, server.baseUrl, principal.email, principal.password);
      await p.goto(`${server.baseUrl}/app/risk-list`);
      await p.getByTestId("shown-version").waitFor();
      const head = await p.locator(".risk-table thead").boundingBox();
      // the column headers are drawn only on the desktop (on the phone each cell carries its label)
      expect((head?.height ?? 0) > 1).toBe(options === WIDE_AXE);
      expect(await noHorizontalOverflow(p), `${options.viewport.width} px`).toBe(true);
      expect(await seriousViolations(p), `${options.viewport.width} px`).toEqual([]);
      await p.context().close();
    }
  });

  it("opens the print view and downloads the XLSX", async () => {
    await page.goto(`${server.baseUrl}/app/risk-list`);
    await page.getByRole("link", { name: "打印" }).click();
    await page.waitForURL(/\/app\/risk-list\/print/);
    await page.getByRole("heading", { name: "工业产品质量安全风险管控清单" }).waitFor();
    await expect(page.getByTestId("print-version").textContent()).resolves.toBe("第 2 版");
    await expect(page.locator(".print-table tbody tr").count()).resolves.toBe(expectedItems - 1);
    // the columns of the provincial model form, with a helmet impact test printed 每批 for the officer
    await expect(page.locator(".print-table thead th").allTextContents()).resolves.toEqual(
      RISK_LIST_COLUMNS.map((c) => c.zh),
    );
    const impact = page.locator(".print-table tbody tr", { hasText: "冲击吸收或耐穿透性能不合格的批次出厂" });
    await expect(impact.locator("td").nth(9).textContent()).resolves.toBe("每批");
    await expect(impact.locator("td").nth(10).textContent()).resolves.toBe("质量安全员");
    await expect(page.getByText(principal.uscc).isVisible()).resolves.toBe(true);
    const res = await page.request.get(`${server.baseUrl}/app/risk-list/export?v=2`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("spreadsheetml");
    expect(res.headers()["content-disposition"]).toContain(
      "filename*=UTF-8''%E9%A3%8E%E9%99%A9%E7%AE%A1%E6%8E%A7%E6%B8%85%E5%8D%95-v2.xlsx",
    );
    expect((await res.body()).subarray(0, 2).toString()).toBe("PK");
  });

  it("edits an item on its own page into version 3", async () => {
    await page.goto(`${server.baseUrl}/app/risk-list`);
    await page.locator('[data-testid="risk-item"]').first().getByRole("link", { name: "修改" }).click();
    await page.getByRole("heading", { name: "修改管控项" }).waitFor();
    await page.getByLabel("管控措施").fill("每批熟料进厂查验出厂检验报告，并抽测比表面积");
    await page.getByRole("button", { name: "保存为新版本" }).click();
    // the reason is required: the field says so and nothing is saved
    await page.getByText("修改原因（必填，记入版本记录）").waitFor();
    await page.locator("#f-reason-error").waitFor();
    await page.getByLabel("修改原因（必填，记入版本记录）").fill("细化进厂查验要求");
    await page.getByRole("button", { name: "保存为新版本" }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="shown-version"]')?.textContent === "第 3 版",
    );
    await expect(page.getByText("每批熟料进厂查验出厂检验报告，并抽测比表面积").count()).resolves.toBe(1);
    const edited = page.locator('[data-testid="risk-item"]', { hasText: "每批熟料进厂查验出厂检验报告" });
    await expect(edited.getByTestId("risk-status").textContent()).resolves.toBe("本版修改");
    expect(await itemCount(page)).toBe(expectedItems - 1);
  });

  it("assigns one person to the ticked items in one new version with one reason", async () => {
    await page.goto(`${server.baseUrl}/app/risk-list`);
    await page.getByTestId("shown-version").waitFor();
    const cards = page.locator('[data-testid="risk-item"]');
    const seqs = [
      (await cards.nth(1).locator(".seq").textContent()) ?? "",
      (await cards.nth(2).locator(".seq").textContent()) ?? "",
    ];
    for (const seq of seqs) await page.getByLabel(`选择第 ${seq} 项`).check();
    await page.getByText("批量指定责任人", { exact: true }).click();
    await page.getByLabel("责任人", { exact: true }).selectOption({ label: `${principal.userName}（主要负责人）` });
    await page.getByLabel("原因（必填，记入版本记录）").fill("两项由主要负责人亲自督办");
    await page.getByRole("button", { name: "指定给勾选项" }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="shown-version"]')?.textContent === "第 4 版",
    );
    for (const seq of seqs) {
      const card = page.locator('[data-testid="risk-item"]', {
        has: page.locator(".seq", { hasText: new RegExp(`^${seq}$`) }),
      });
      await expect(card.textContent()).resolves.toContain(principal.userName);
    }
    expect(await itemCount(page)).toBe(expectedItems - 1);
    await expect(page.getByText("两项由主要负责人亲自督办").first().isVisible()).resolves.toBe(true);
  });

  it("rejects a licence number of the wrong format on its field", async () => {
    await page.goto(`${server.baseUrl}/app/profile`);
    await page.getByText("新增生产许可证").click();
    const form = page.locator("#licences form").last();
    await form.getByLabel("许可证编号").fill("XK-12");
    await form.getByLabel("产品名称/单元").fill("通用硅酸盐水泥");
    await form.getByLabel("持证人（认证委托人）").fill(principal.orgName);
    await form.getByLabel("发证机关/认证机构").fill("江苏省市场监督管理局");
    await form.getByLabel("发证日期").fill("2024-01-10");
    await form.getByLabel("有效期至").fill("2029-01-09");
    await form.getByRole("button", { name: "保存" }).click();
    await page.getByText("生产许可证编号格式应为").waitFor();
    await expect(page.getByText("还没有登记生产许可证。").isVisible()).resolves.toBe(true);
    // corrected, it is saved and shows on the dashboard as expiring within 30 days
    await form.getByLabel("许可证编号").fill("(苏)XK08-001-00321");
    await form.getByLabel("有效期至").fill(addDays(localDate(new Date(), "Asia/Shanghai"), 20));
    await form.getByRole("button", { name: "保存" }).click();
    await page.locator("#licences li strong", { hasText: "(苏)XK08-001-00321" }).waitFor();
    await navigate(page, "工作台");
    const card = page.getByTestId("certificate-alerts");
    await card.getByText("30天内到期").waitFor();
    await expect(card.textContent()).resolves.toContain("(苏)XK08-001-00321");
  });

  it("shows an invited officer the list on a phone: readable, no edit controls, no horizontal overflow", async () => {
    const link = await inviteMember(page, server.baseUrl, { roles: ["officer"] });
    const phone = await (await browser.newContext(PHONE)).newPage();
    await acceptInvitation(phone, link, { name: "刘安全员", email: "liu@risk-e2e.test", password: PASSWORD });
    await navigate(phone, "风险管控清单");
    await phone.getByTestId("shown-version").waitFor();
    expect(await itemCount(phone)).toBe(expectedItems - 1);
    await expect(phone.getByText("只有质量安全总监或主要负责人可以修改清单。").isVisible()).resolves.toBe(true);
    await expect(phone.getByRole("button", { name: "确认撤销" }).count()).resolves.toBe(0);
    await expect(phone.getByRole("link", { name: "新增管控项" }).count()).resolves.toBe(0);
    expect(await noHorizontalOverflow(phone)).toBe(true);
    await phone.goto(`${server.baseUrl}/app/risk-list/print`);
    expect(await noHorizontalOverflow(phone)).toBe(true);
    await phone.goto(`${server.baseUrl}/app/profile`);
    expect(await noHorizontalOverflow(phone)).toBe(true);
  });

  it("gives the principal the edit controls on a phone without horizontal overflow", async () => {
    const phone = await (await browser.newContext(PHONE)).newPage();
    await login(phone, server.baseUrl, principal.email, principal.password);
    await phone.goto(`${server.baseUrl}/app/risk-list`);
    const first = phone.locator('[data-testid="risk-item"]').first();
    await first.getByText("撤销", { exact: true }).click();
    await first.getByLabel("撤销原因").waitFor();
    expect(await noHorizontalOverflow(phone)).toBe(true);
    await phone.goto(`${server.baseUrl}/app/risk-list/items/new`);
    await phone.getByRole("heading", { name: "新增管控项" }).waitFor();
    expect(await noHorizontalOverflow(phone)).toBe(true);
    await phone.goto(`${server.baseUrl}/app/profile`);
    const add = phone.locator("#products > details");
    await add.getByText("新增产品").click();
    await add.getByLabel("产品类别").waitFor();
    expect(await noHorizontalOverflow(phone)).toBe(true);
  });
});
