// A seller (Order 76) on a phone (390 px): registers a supplier (a bad 统一社会信用代码 is refused
// on the field), records a delivery whose inspection report is missing — which opens a hazard —
// sees it in the purchase ledger without the page scrolling sideways, prints the ledger in the
// template's columns and downloads its XLSX; records a sale and traces the batch both ways.
// A producer organisation sees none of the seller entries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DESKTOP, PHONE, launchBrowser, startServer, type RunningServer } from "./harness.ts";
import { navigate, shellReady, signUp, usccFor } from "./flows.ts";
import { noHorizontalOverflow } from "./demo.ts";

let server: RunningServer;
let browser: Browser;
let page: Page;

const SUPPLIER_USCC = "91350100M000100Y43";

beforeAll(async () => {
  server = await startServer({ ANZHI_SEED_DEMO: "false" });
  browser = await launchBrowser();
  page = await (await browser.newContext(PHONE)).newPage();
  await signUp(page, server.baseUrl, {
    orgName: "常州放心电动车商行",
    uscc: usccFor(4242),
    kind: "seller",
    salesChannel: "wholesale",
    userName: "陈店长",
    email: "chen@seller.test",
    password: "e2e-password-2026",
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("seller records on a phone", () => {
  it("registers a supplier; a bad credit code is refused on its field", async () => {
    await navigate(page, "供货者档案");
    const form = page.locator("details.card form");
    await form.locator('[name="name"]').fill("常州充电科技有限公司");
    await form.locator('[name="uscc"]').fill("91350100M000100Y44");
    await form.locator('[name="contactPhone"]').fill("0519-88886666");
    await form.getByRole("button", { name: "保存" }).click();
    await page.locator("#f-uscc-error").waitFor();
    expect(await page.locator("#f-uscc-error").textContent()).toContain("3");
    await form.locator('[name="uscc"]').fill(SUPPLIER_USCC);
    await form.locator('[name="ccc_certificate.number"]').fill("2025011609123456");
    await form.locator('[name="ccc_certificate.validUntil"]').fill("2030-05-31");
    await form.getByRole("button", { name: "保存" }).click();
    await page.getByRole("status").filter({ hasText: "已登记供货者" }).waitFor();
    expect(await page.getByTestId("supplier").textContent()).toContain("2025011609123456");
  });

  it("records a delivery with a missing inspection report: a hazard is opened and the ledger shows it", async () => {
    await navigate(page, "进货查验");
    await page.getByLabel("供货者").selectOption({ label: "常州充电科技有限公司" });
    await page.getByLabel("产品名称").fill("电动自行车用充电器");
    await page.getByLabel("规格型号").fill("48V3A");
    await page.getByLabel("批号").fill("B2027-001");
    await page.getByLabel("数量").fill("40");
    await page.getByLabel("单位").fill("台");
    await page.getByRole("group", { name: "检验报告" }).getByLabel("缺失").check();
    await page.getByLabel("CCC 认证产品").check();
    await page.getByLabel("CCC 证书编号").fill("2025011609123456");
    await page.getByLabel("证书有效期至").fill("2030-05-31");
    // "Accepted" with a missing report is refused on the conclusion, the form kept.
    await page.getByRole("button", { name: "保存查验记录" }).click();
    await page.locator("#conclusion-error").waitFor();
    expect(await page.getByLabel("批号").inputValue()).toBe("B2027-001");
    await page.getByRole("group", { name: "查验结论" }).getByLabel("暂存隔离待处理").check();
    await page.getByRole("button", { name: "保存查验记录" }).click();
    await page.waitForURL((url) => url.pathname === "/app/purchases");
    const status = page.getByRole("status").filter({ hasText: "已登记隐患" });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/YH-\d{4}-\d{4}/);
    const ledger = page.getByTestId("purchase-ledger");
    expect(await ledger.textContent()).toContain("B2027-001");
    expect(await ledger.textContent()).toContain("无检验报告");
    expect(await ledger.textContent()).toContain(SUPPLIER_USCC);
    expect(await noHorizontalOverflow(page)).toBe(true);
  });

  it("prints the purchase ledger in the template's columns and downloads its XLSX", async () => {
    const xlsxHref = await page.getByRole("link", { name: "导出 XLSX" }).getAttribute("href");
    await page.getByRole("link", { name: "打印", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/app/purchases/print");
    const sheet = page.getByTestId("purchase-ledger-sheet");
    await sheet.waitFor();
    const text = (await sheet.textContent()) ?? "";
    for (const heading of [
      "进货查验记录（进货台账）",
      "供货者统一社会信用代码",
      "供货者联系方式",
      "查验结论",
      "查验人",
    ])
      expect(text).toContain(heading);
    expect(text).toContain("陈店长");
    await shellReady(page);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole("button", { name: "打印本页" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".app-nav-phone").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "打印本页" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    const xlsx = await page.request.get(new URL(xlsxHref ?? "", server.baseUrl).href);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    expect(xlsx.headers()["content-disposition"]).toContain("filename*=UTF-8''%E8%BF%9B%E8%B4%A7%E5%8F%B0%E8%B4%A6");
  });

  it("records a sale and traces the batch back to its supplier and on to its buyer", async () => {
    await navigate(page, "销售台账");
    await page.locator("details.card summary").click();
    const form = page.locator("details.card form");
    const fill = (name: string, value: string) => form.locator(`[name="${name}"]`).fill(value);
    await fill("productName", "电动自行车用充电器");
    await fill("specModel", "48V3A");
    await fill("batchNo", "B2027-001");
    await fill("unit", "台");
    await fill("buyerName", "溧阳车行");
    await fill("buyerContact", "13800000000");
    await fill("destination", "江苏省溧阳市");
    await fill("quantity", "10");
    await form.getByRole("button", { name: "保存" }).click();
    await page.getByRole("status").filter({ hasText: "销售记录已保存" }).waitFor();
    expect(await page.getByTestId("sales-ledger").textContent()).toContain("溧阳车行");
    await page.getByTestId("sales-ledger").getByRole("link", { name: "B2027-001" }).click();
    await page.waitForURL((url) => url.pathname === "/app/trace");
    await page.getByTestId("trace-to").waitFor();
    expect(await page.getByTestId("trace-from").textContent()).toContain(SUPPLIER_USCC);
    expect(await page.getByTestId("trace-to").textContent()).toContain("溧阳车行");
    expect(await noHorizontalOverflow(page)).toBe(true);
  });

  it("a producer organisation has no seller entries in its navigation", async () => {
    const producer = await (await browser.newContext(DESKTOP)).newPage();
    await signUp(producer, server.baseUrl, {
      orgName: "常州安电电池有限公司",
      uscc: usccFor(4243),
      kind: "producer",
      userName: "王主任",
      email: "wang@producer.test",
      password: "e2e-password-2026",
    });
    const nav = producer.locator(".app-nav-wide");
    expect(await nav.getByRole("link", { name: "隐患台账" }).count()).toBeGreaterThan(0);
    expect(await nav.getByRole("link", { name: "进货台账" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "销售台账" }).count()).toBe(0);
    // A producer keeps a supplier register too: its incoming inspections name the supplier (ADR 021).
    expect(await nav.getByRole("link", { name: "供货者档案" }).count()).toBe(1);
  });
});
