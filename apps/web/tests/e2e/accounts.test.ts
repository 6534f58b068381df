import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { DESKTOP, PHONE, launchBrowser, startServer, type RunningServer } from "./harness.ts";
import { acceptInvitation, fillSignUp, inviteMember, login, logout, navigate, shellReady, usccFor } from "./flows.ts";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PASSWORD = "e2e-password-2026";
const principal = {
  orgName: "常州安电电池有限公司",
  uscc: usccFor(777),
  userName: "王主任",
  email: "wang@e2e.test",
  password: PASSWORD,
};

describe("accounts", () => {
  it("signs a company up: a wrong check digit is explained next to the field, then the dashboard opens", async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const wrong = principal.uscc.slice(0, 17) + (principal.uscc.endsWith("0") ? "1" : "0");
    await fillSignUp(page, server.baseUrl, { ...principal, uscc: wrong });
    // the region picker fills the 6-digit code: 江苏省 → 常州市 → 新北区
    await page.getByLabel("行政区划代码").fill("");
    await page.locator("#region-province option", { hasText: "江苏省" }).waitFor({ state: "attached" });
    await page.getByLabel("省级").selectOption({ label: "江苏省" });
    await page.locator("#region-city option", { hasText: "常州市" }).waitFor({ state: "attached" });
    await page.getByLabel("地级").selectOption({ label: "常州市" });
    await page.locator("#region-county option", { hasText: "新北区" }).waitFor({ state: "attached" });
    await page.getByLabel("县级").selectOption({ label: "新北区" });
    await expect(page.getByLabel("行政区划代码").inputValue()).resolves.toBe("320411");
    // size class preview follows the numbers typed (120 people, 8000 万元 → medium, in scope)
    await expect(page.getByTestId("size-preview").textContent()).resolves.toContain("中型");
    await page.getByRole("button", { name: "注册并进入工作台" }).click();
    const usccError = page.locator("#f-uscc-error");
    await usccError.waitFor();
    await expect(usccError.textContent()).resolves.toBe(`校验位错误，应为 ${principal.uscc.slice(17)}`);
    await expect(page.getByLabel("统一社会信用代码").getAttribute("aria-invalid")).resolves.toBe("true");
    // typed values were kept; the password must be typed again
    await expect(page.getByLabel("单位名称").inputValue()).resolves.toBe(principal.orgName);
    await page.getByLabel("统一社会信用代码").fill(principal.uscc);
    await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "注册并进入工作台" }).click();
    await page.waitForURL(`${server.baseUrl}/app`);
    await page.getByRole("heading", { level: 1, name: "王主任，你好" }).waitFor();
    await expect(page.getByTestId("current-org").textContent()).resolves.toBe(principal.orgName);
    await expect(page.getByTestId("my-roles").textContent()).resolves.toContain("主要负责人");
    await expect(page.getByTestId("active-members").textContent()).resolves.toBe("1");
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "anzhi_session")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await logout(page);
    // signed out: the app sends you to the login page, and back after signing in
    await page.goto(`${server.baseUrl}/app/account`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.getByRole("heading", { name: "登录安质" }).waitFor();
    await login(page, server.baseUrl, principal.email, PASSWORD);
    expect(new URL(page.url()).pathname).toBe("/app/account");
    await context.close();
  });

  it("lets a principal use the shell on a phone: the navigation folds into a menu", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await login(page, server.baseUrl, principal.email, PASSWORD);
    await expect(page.locator(".app-nav-wide").isVisible()).resolves.toBe(false);
    await navigate(page, "账号安全");
    expect(new URL(page.url()).pathname).toBe("/app/account");
    await expect(page.locator('.app-nav-phone a[aria-current="page"]').textContent()).resolves.toBe("账号安全");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("invites an officer whose phone opens the link, registers and uses the shell; the link then is spent", async () => {
    const admin = await browser.newContext(DESKTOP);
    const adminPage = await admin.newPage();
    await login(adminPage, server.baseUrl, principal.email, PASSWORD);
    const link = await inviteMember(adminPage, server.baseUrl, { email: "li@e2e.test", roles: ["officer"] });
    // also as a QR code to scan on the shop floor
    const qr = adminPage.getByRole("img", { name: "用手机扫码打开邀请链接" });
    expect(await qr.locator("svg path").count()).toBeGreaterThan(0);
    expect(link).toMatch(new RegExp(`^${server.baseUrl}/invite/[A-Za-z0-9_-]{40,}$`));

    const phone = await browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`加入 ${principal.orgName}`);
    await acceptInvitation(page, link, { name: "李安全", email: "li@e2e.test", password: PASSWORD });
    // an officer's home is today's checklist; with no site or list yet it says what is missing
    expect(new URL(page.url()).pathname).toBe("/app/today");
    await expect(page.getByTestId("missing-prerequisite").textContent()).resolves.toContain("还没有场所");
    await expect(page.getByTestId("current-org").textContent()).resolves.toBe(principal.orgName);
    // the phone menu opens the members page, marked as the current page
    await navigate(page, "成员");
    expect(new URL(page.url()).pathname).toBe("/app/members");
    await expect(page.locator('.app-nav-phone a[aria-current="page"]').textContent()).resolves.toBe("成员");
    // an officer sees the list but no admin controls
    await expect(page.getByRole("button", { name: "生成邀请链接" }).count()).resolves.toBe(0);
    await expect(page.getByTestId("member-li@e2e.test").textContent()).resolves.toContain("质量安全员");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // the link cannot be used twice
    const other = await browser.newContext(PHONE);
    const otherPage = await other.newPage();
    await otherPage.goto(link);
    await otherPage.getByRole("heading", { name: "无法使用此邀请" }).waitFor();
    await expect(otherPage.getByRole("alert").textContent()).resolves.toBe("邀请链接无效、已使用或已撤销");

    // the admin deactivates the officer; the officer's next page load is refused
    await adminPage.goto(`${server.baseUrl}/app/members`);
    await shellReady(adminPage);
    await adminPage.getByRole("button", { name: "停用 李安全" }).click();
    await adminPage.getByText("已停用 李安全，其记录保留。").waitFor();
    await page.goto(`${server.baseUrl}/app`);
    expect(new URL(page.url()).pathname).toBe("/orgs");
    await expect(page.getByRole("alert").first().textContent()).resolves.toBe(
      "你在原企业的账号已停用，请选择其他企业。",
    );
    await Promise.all([admin.close(), phone.close(), other.close()]);
  });

  it("records an appointment with its signed document, then changes it and keeps the history", async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await login(page, server.baseUrl, principal.email, PASSWORD);
    await navigate(page, "人员任命");
    await page.getByRole("link", { name: "登记任命" }).click();
    await page.getByRole("heading", { name: "登记任命" }).waitFor();
    await page.getByRole("radio", { name: "质量安全总监" }).check();
    await page.getByLabel("姓名").fill("张总监");
    await page.getByLabel("联系电话").fill("13900001111");
    await page.getByLabel("身份证号（选填）").fill("110105194912310021");
    await page.getByLabel("任命日期").fill("2026-03-01");
    await page
      .getByLabel(/签字的任命文件/)
      .setInputFiles({ name: "任命书.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await page.getByRole("button", { name: "保存任命" }).click();
    // a wrong ID check digit is explained; the file must be chosen again
    await page.locator("#f-idNumber-error").waitFor();
    await expect(page.locator("#f-idNumber-error").textContent()).resolves.toMatch(/校验/);
    await page.getByLabel("身份证号（选填）").fill("11010519491231002X");
    await page
      .getByLabel(/签字的任命文件/)
      .setInputFiles({ name: "任命书.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await page.getByRole("button", { name: "保存任命" }).click();
    const card = page.getByTestId("appointment-张总监");
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain("110***********002X");
    // the register cannot acknowledge the duties for the appointee (who has no account here)
    await expect(card.textContent()).resolves.toContain("尚未确认《质量安全总监职责》");
    expect(await card.getByText("确认岗位职责", { exact: true }).count()).toBe(0);
    const download = page.waitForEvent("download");
    await card.getByRole("link", { name: "任命书.pdf" }).click();
    expect((await download).suggestedFilename()).toBe("任命书.pdf");
    // change: a new director from June; the old appointment moves to the history
    await card.getByRole("link", { name: "变更任命" }).click();
    await page.getByRole("heading", { name: "变更 张总监 的任命" }).waitFor();
    await page.getByLabel("姓名").fill("赵总监");
    await page.getByLabel("联系电话").fill("13900002222");
    await page.getByLabel("任命日期").fill("2026-06-01");
    await page.getByRole("button", { name: "保存任命" }).click();
    await page.getByTestId("appointment-赵总监").waitFor();
    await expect(page.getByRole("table").first().textContent()).resolves.toContain("2026-03-01 至 2026-06-01");
    // a training record for the new director, from the same register
    await page.getByText("登记培训考核", { exact: true }).click();
    const training = page.locator("form").filter({ has: page.locator('input[name="intent"][value="training"]') });
    await training.getByLabel("日期").fill("2026-06-15");
    await training.getByLabel("培训/考核内容").fill("质量安全总监岗位培训");
    await training.getByRole("checkbox", { name: "赵总监" }).check();
    await training.getByRole("button", { name: "保存记录" }).click();
    await page.getByText("培训考核记录已保存。").waitFor();
    await expect(page.getByTestId("appointment-赵总监").textContent()).resolves.toContain("质量安全总监岗位培训");
    await context.close();
  });
});
