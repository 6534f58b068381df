// Each role's home on a 390 px phone and a 1440 px desktop (ADR 033): the member lands where their
// work is, nothing scrolls sideways, axe-core finds no serious or critical violation, and a
// screenshot of each home goes to docs/screenshots/ (README shows two of them).
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PHONE_AXE, WIDE_AXE as WIDE, seriousViolations } from "./axe.ts";
import { DEMO_PASSWORD, noHorizontalOverflow, startDemoApp } from "./demo.ts";
import { acceptInvitation, inviteMember, login, shellReady } from "./flows.ts";

const app = startDemoApp();
const SHOTS = path.resolve(import.meta.dirname, "../../../../docs/screenshots");

async function checkHome(page: Page, name: string, device: "phone" | "desktop"): Promise<void> {
  expect(await noHorizontalOverflow(page), `${name} on ${device} scrolls sideways`).toBe(true);
  expect(await seriousViolations(page), `${name} on ${device}`).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, `home-${name}-${device}.png`) });
}

const HOMES = [
  { name: "officer", email: "officer1@demo-battery.anzhi.local", lands: "/app/today", heading: "今日检查" },
  { name: "director", email: "director@demo-battery.anzhi.local", lands: "/app", testId: "home-week" },
  { name: "principal", email: "principal@demo-battery.anzhi.local", lands: "/app", testId: "home-decisions" },
  { name: "viewer", email: "viewer@demo-battery.anzhi.local", lands: "/app", testId: "home-week" },
  { name: "regulator", email: "inspector@xinbei-amr.anzhi.local", lands: "/regulator" },
] as const;

describe("role homes", () => {
  for (const home of HOMES) {
    it(`the ${home.name} lands on ${home.lands}, which fits a phone and a desktop and passes axe`, async () => {
      for (const [device, options] of [
        ["phone", PHONE_AXE],
        ["desktop", WIDE],
      ] as const) {
        const page = await app.newPage(options);
        await page.goto(`${app.baseUrl}/login`);
        await page.getByLabel("邮箱").fill(home.email);
        await page.getByLabel("密码").fill(DEMO_PASSWORD);
        await page.getByRole("button", { name: "登录" }).click();
        await page.waitForURL((url) => url.pathname === home.lands);
        if (home.name === "regulator") await page.locator('.reg-shell[data-hydrated="true"]').waitFor();
        else await shellReady(page);
        if ("testId" in home) await page.getByTestId(home.testId).waitFor();
        if ("heading" in home) await page.getByRole("heading", { level: 1, name: home.heading }).waitFor();
        if (home.name !== "regulator") {
          const bar = page.locator(".app-bottom-bar a");
          expect(await bar.count()).toBe(3);
          expect(await bar.first().isVisible()).toBe(device === "phone");
        }
        await checkHome(page, home.name, device);
        await page.context().close();
      }
    });
  }

  it("an admin without a post lands on the members, with only the pages an admin uses", async () => {
    const principal = await app.signedIn("principal@demo-battery.anzhi.local");
    const link = await inviteMember(principal, app.baseUrl, { roles: ["viewer"], isAdmin: true });
    const page = await app.newPage(PHONE_AXE);
    await acceptInvitation(page, link, { name: "管理员", email: "admin@role-homes.test", password: "Anzhi-e2e-2026!" });
    await page.getByTestId("home-admin").waitFor();
    expect(await page.getByTestId("home-week").count()).toBe(0);
    await page.locator(".app-nav-phone summary").click();
    const offered = await page.locator(".app-nav-phone a").allTextContents();
    expect(offered).toContain("成员");
    expect(offered).not.toContain("今日检查");
    await page.locator(".app-nav-phone summary").click();
    await checkHome(page, "admin", "phone");
    const wide = await app.newPage(WIDE);
    await login(wide, app.baseUrl, "admin@role-homes.test", "Anzhi-e2e-2026!");
    await wide.getByTestId("home-admin").waitFor();
    await checkHome(wide, "admin", "desktop");
  });
});
