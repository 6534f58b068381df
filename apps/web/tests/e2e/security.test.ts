// The production server's request guards end to end: the app still hydrates and navigates under
// its nonce CSP (no violation reported), pages cannot be framed, cross-origin writes and oversized
// bodies are refused, a PDF is never shown in place, and a forgotten password can be reset with
// an issued link.
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startDemoApp } from "./demo.ts";
import { login, shellReady } from "./flows.ts";

const app = startDemoApp();
const PRINCIPAL = "principal@demo-battery.anzhi.local";

describe("security headers and request guards", () => {
  it("hydrates and navigates a signed-in page under the nonce CSP without a single violation", async () => {
    const page = await app.signedIn(PRINCIPAL);
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto(`${app.baseUrl}/app/hazards`);
    await shellReady(page);
    const csp = res?.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res?.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // every inline script Remix wrote carries this response's nonce
    const html = (await res?.text()) ?? "";
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1] ?? "");
    expect(inline.length).toBeGreaterThan(0);
    for (const attrs of inline) expect(attrs).toContain(`nonce="${nonce}"`);
    // client-side navigation still works
    await page.getByRole("link", { name: "工作台" }).first().click();
    await page.waitForURL(`${app.baseUrl}/app`);
    await shellReady(page);
    expect(violations).toEqual([]);
  });

  it("refuses a cross-origin logout and oversized bodies, and lets same-origin posts through", async () => {
    const evil = await fetch(`${app.baseUrl}/logout`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "",
      redirect: "manual",
    });
    expect(evil.status).toBe(403);
    const trpc = await fetch(`${app.baseUrl}/api/trpc/auth.logout`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: "{}",
    });
    expect(trpc.status).toBe(403);
    const own = await fetch(`${app.baseUrl}/logout`, {
      method: "POST",
      headers: { origin: app.baseUrl, "content-type": "application/x-www-form-urlencoded" },
      body: "",
      redirect: "manual",
    });
    expect(own.status).toBe(302);
    const big = await fetch(`${app.baseUrl}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "x@example.test", password: "p".repeat(2 * 1024 * 1024) }),
    });
    expect(big.status).toBe(413);
  });
});

describe("forgotten passwords", () => {
  it("without SMTP, /forgot-password says who can help; an admin's reset link sets a new password once", async () => {
    const admin = await app.signedIn(PRINCIPAL);
    await admin.goto(`${app.baseUrl}/forgot-password`);
    // signed in: the page is for anonymous visitors
    await admin.waitForURL(`${app.baseUrl}/app`);
    await admin.goto(`${app.baseUrl}/app/members`);
    await shellReady(admin);
    const member = admin.getByTestId("member-officer2@demo-battery.anzhi.local");
    await member.getByRole("button", { name: /密码重置链接/ }).click();
    const link = await admin.getByTestId("reset-link").inputValue();
    expect(link).toMatch(new RegExp(`^${app.baseUrl}/reset/[A-Za-z0-9_-]{43}$`));

    const officer = await admin.context().browser()?.newContext();
    const page = await officer?.newPage();
    if (!officer || !page) throw new Error("no browser");
    await page.goto(`${app.baseUrl}/forgot-password`);
    await page.getByText("本系统未配置邮件发送").waitFor();
    await page.goto(link);
    await page.getByText("账号：officer2@demo-battery.anzhi.local").waitFor();
    await page.getByLabel("新密码").fill("a-fresh-password-2026");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await page.waitForURL(`${app.baseUrl}/login?reset=1`);
    await page.getByText("密码已修改，请用新密码登录。").waitFor();
    await login(page, app.baseUrl, "officer2@demo-battery.anzhi.local", "a-fresh-password-2026");
    // the link is spent, and the old password no longer works
    await page.goto(link);
    await page.getByText("重置链接无效、已使用或已过期。").waitFor();
    const old = await fetch(`${app.baseUrl}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "officer2@demo-battery.anzhi.local", password: DEMO_PASSWORD }),
    });
    expect(old.status).toBe(401);
    await officer.close();
  });
});
