// The hazard ledger end to end in Chromium on the demo data: an officer records a hazard with a
// photo and rectifies it; the same officer is not offered verification (and is told why); the
// director verifies and it closes (销号); each step is signed by hand or by typed name (ADR 032)
// and the print view shows who rectified and who verified, each with their signature;
// the dashboard draws its charts and its overdue count matches the ledger's overdue filter;
// on a phone the ledger is a list of cards without page-level horizontal scrolling.
import { describe, expect, it } from "vitest";
import { PHONE } from "./harness.ts";
import { drawSignature, shellReady, typeSignature } from "./flows.ts";
import { PNG_1PX as PNG, noHorizontalOverflow, startDemoApp } from "./demo.ts";

const app = startDemoApp();
const OFFICER = "officer1@demo-battery.anzhi.local";
const DIRECTOR = "director@demo-battery.anzhi.local";

describe("hazard ledger", () => {
  let hazardUrl = "";

  it("an officer records a hazard with a photo, rectifies it, and is not offered its verification", async () => {
    const page = await app.signedIn(OFFICER);
    await page.goto(`${app.baseUrl}/app/hazards/new`);
    await shellReady(page);
    await page.getByLabel("隐患名称").fill("化成车间灭火器压力不足");
    await page.getByLabel("隐患描述").fill("化成车间东侧 2 具灭火器压力表指针位于红区");
    await page.getByRole("radio", { name: "一般" }).check();
    await page.getByLabel("证据照片").setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL((url) => /^\/app\/hazards\/(?!new$)[^/]+$/.test(url.pathname));
    hazardUrl = page.url();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("化成车间灭火器压力不足");
    await expect.poll(() => page.getByRole("link", { name: "现场.png" }).count()).toBe(1);
    // The photo comes back as the same bytes, typed and named (RFC 5987) by the file route.
    const photo = await page.request.get(
      new URL((await page.getByRole("link", { name: "现场.png" }).getAttribute("href")) ?? "", app.baseUrl).href,
    );
    expect(photo.headers()).toMatchObject({
      "content-type": "image/png",
      "content-disposition": `inline; filename="__.png"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA.png`,
    });
    expect(Buffer.from(await photo.body())).toEqual(PNG);

    await page.getByRole("button", { name: "开始整改" }).click();
    await page.getByLabel("整改说明").waitFor();
    await page.getByLabel("整改说明").fill("已更换两具灭火器并登记巡检");
    await page.getByLabel("原因分析").fill("巡检未核对灭火器有效期");
    await page.getByLabel("整改措施").fill("每月巡检表增加有效期核对项");
    await page.getByLabel("无法提供证据的理由").fill("旧灭火器已由供应商回收，现场未留存照片");
    const rectifyForm = page.locator("form").filter({ has: page.getByRole("button", { name: "提交验证" }) });
    expect(await drawSignature(page, rectifyForm)).toMatch(/^<svg[\s\S]*<path/);
    await page.getByRole("button", { name: "提交验证" }).click();
    await page.getByTestId("verifier-rule").waitFor();
    expect(await page.getByTestId("verifier-rule").textContent()).toContain("需由其他人验证");
    expect(await page.getByRole("button", { name: "验证通过，销号" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "验证不通过" }).count()).toBe(0);
    expect(await page.locator(".hz-status-awaiting_verification").first().textContent()).toBe("待验证");
  });

  it("refuses a photo over 10 MB with the field's error in Chinese, keeping the form", async () => {
    const page = await app.signedIn(OFFICER);
    await page.goto(`${app.baseUrl}/app/hazards/new`);
    await shellReady(page);
    await page.getByLabel("隐患名称").fill("超大照片");
    await page.getByLabel("证据照片").setInputFiles({
      name: "big.png",
      mimeType: "image/png",
      buffer: Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]),
    });
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "保存" }).click(),
    ]);
    expect(answer.status()).toBe(400);
    await expect.poll(() => page.getByText("文件不能超过 10 MB").count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe("/app/hazards/new");
  });

  it("exports the ledger as an XLSX download with its type and an RFC 5987 Chinese file name", async () => {
    const page = await app.signedIn(DIRECTOR);
    const res = await page.request.get(`${app.baseUrl}/app/hazards/export.xlsx?from=2020-01-01&to=2099-12-31`);
    expect(res.status()).toBe(200);
    expect(res.headers()).toMatchObject({
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="hazard-ledger_2020-01-01_2099-12-31.xlsx"; filename*=UTF-8''${encodeURIComponent("隐患台账_2020-01-01_2099-12-31.xlsx")}`,
      "cache-control": "no-store",
    });
    const body = Buffer.from(await res.body());
    expect(res.headers()["content-length"]).toBe(String(body.length));
    expect(body.subarray(0, 2).toString()).toBe("PK");
  });

  it("a different user (the director) verifies it and it closes", async () => {
    const page = await app.signedIn(DIRECTOR);
    await page.goto(hazardUrl);
    await shellReady(page);
    await page.getByLabel("验证意见").fill("现场复核压力正常");
    const passForm = page.locator("form").filter({ has: page.getByRole("button", { name: "验证通过，销号" }) });
    // a typed name not the signer's own is refused on the signature field, keeping the form
    await typeSignature(passForm, "李明");
    await page.getByRole("button", { name: "验证通过，销号" }).click();
    await expect.poll(() => passForm.getByText("输入的姓名与当前登录人不一致，只能以本人身份签字").count()).toBe(1);
    await passForm.getByTestId("signature-typed").fill("王立新");
    await page.getByRole("button", { name: "验证通过，销号" }).click();
    await page.locator(".hz-marks .hz-status-closed").waitFor();
    expect(await page.getByTestId("rectified-by").textContent()).toContain("李明");
    expect(await page.getByTestId("verified-by").textContent()).toContain("王立新");
    const history = await page.getByTestId("hazard-history").textContent();
    expect(history).toContain("提交验证");
    expect(history).toContain("验证通过，销号");

    await page.getByRole("link", { name: "打印整改记录" }).click();
    const record = page.getByTestId("rectification-record");
    await record.waitFor();
    expect(await record.textContent()).toContain("已更换两具灭火器并登记巡检");
    expect(await record.textContent()).toContain("已销号");
    // each step's signature on its own line: the officer's drawing, the director's typed name
    const rectLine = record.getByTestId("rectification-signature");
    expect(await rectLine.textContent()).toContain("李明");
    expect(await rectLine.locator("img.sig-image").getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    expect(await record.getByTestId("verification-signature").textContent()).toContain("键入姓名确认：王立新");
    expect(await record.locator(".sig-stale").count()).toBe(0);
  });

  it("the dashboard charts its trends once, with the numbers for screen readers, and counts overdue hazards like the ledger", async () => {
    const page = await app.signedIn(DIRECTOR);
    await page.goto(`${app.baseUrl}/app/hazards?overdue=1`);
    await shellReady(page);
    const ledgerCount = Number(/\d+/.exec((await page.getByTestId("hazard-count").textContent()) ?? "")?.[0]);
    expect(ledgerCount).toBeGreaterThan(0);
    const overdueBadges = await page.getByTestId("hazard-ledger").getByTestId("overdue-badge").count();
    expect(overdueBadges).toBe(ledgerCount);

    await page.goto(`${app.baseUrl}/app`);
    await shellReady(page);
    for (const [chart, rows] of [
      ["trend-daily", 30],
      ["trend-hazards", 12],
      ["trend-overdue", 4],
    ] as const) {
      const figure = page.getByTestId(chart);
      // ECharts (a lazy chunk) draws an SVG hidden from assistive technology …
      await figure.locator("[aria-hidden=true] svg").first().waitFor();
      // … and the same numbers are a table only screen readers get.
      const hidden = figure.locator(".visually-hidden");
      expect(await hidden.locator("table tbody tr").count()).toBe(rows);
      expect(await hidden.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    }
    const overdueRows = page.getByTestId("trend-overdue").locator("tbody td");
    const overdueSum = (await overdueRows.allTextContents()).reduce((s, v) => s + Number(v), 0);
    expect(overdueSum).toBe(ledgerCount);
    // The 逾期 badge is white on red, not the card's muted grey (AA contrast).
    const badge = page.getByTestId("overdue-count").locator(".hz-overdue");
    expect(await badge.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(255, 255, 255)");
    expect(await page.getByTestId("overdue-count").textContent()).toContain(`逾期隐患 ${ledgerCount} 项`);
    expect(await page.getByTestId("daily-summary").textContent()).toMatch(/今日应提交 \d+ 份，已提交 \d+ 份/);
  });

  it("is usable on a phone: rows laid out as cards, filters and no page-level horizontal overflow", async () => {
    const page = await app.signedIn(OFFICER, PHONE);
    await page.goto(`${app.baseUrl}/app/hazards`);
    await shellReady(page);
    const cards = page.getByTestId("hazard-ledger").locator("tbody tr");
    expect(await cards.count()).toBeGreaterThan(0);
    // One layout: the table's rows are blocks (cards) and its header is out of sight.
    expect(await cards.first().evaluate((tr) => getComputedStyle(tr).display)).toBe("block");
    const thead = page.getByTestId("hazard-ledger").locator("thead");
    expect(await thead.evaluate((el) => getComputedStyle(el).position)).toBe("absolute");
    expect(await noHorizontalOverflow(page)).toBe(true);
    await page.getByText("筛选", { exact: true }).first().click();
    await page.getByLabel("状态").selectOption("closed");
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL(/status=closed/);
    await expect.poll(() => cards.filter({ hasText: "化成车间灭火器压力不足" }).count()).toBe(1);
    expect(await noHorizontalOverflow(page)).toBe(true);
    await cards.filter({ hasText: "化成车间灭火器压力不足" }).getByRole("link").first().click();
    await page.waitForURL((url) => /^\/app\/hazards\/(?!new$)[^/]+$/.test(url.pathname));
    expect(await noHorizontalOverflow(page)).toBe(true);
  });
});
