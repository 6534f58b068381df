// The whole server at a chosen instant: 00:30 on 4 January 2027 in Shanghai, which is still
// 3 January in UTC. Pages that default to "today" (the export forms, the daily ledger) must show
// the enterprise's 4 January — a server reading the UTC date would leave the night's records out.
import { describe, expect, it } from "vitest";
import { localInstant } from "@anzhi/contracts";
import { shellReady } from "./flows.ts";
import { startDemoApp } from "./demo.ts";

const AT = localInstant("2027-01-04 00:30", "Asia/Shanghai");
const app = startDemoApp({ at: AT });
const DIRECTOR = "director@demo-battery.anzhi.local";

describe("at 2027-01-04 00:30 Asia/Shanghai (2027-01-03 16:30 UTC)", () => {
  it("the ledgers' date defaults are the enterprise's 4 January", async () => {
    expect(AT.toISOString()).toBe("2027-01-03T16:30:00.000Z");
    const page = await app.signedIn(DIRECTOR);

    await page.goto(`${app.baseUrl}/app/hazards`);
    await shellReady(page);
    expect(await page.locator("#x-from").inputValue()).toBe("2027-01-01");
    expect(await page.locator("#x-to").inputValue()).toBe("2027-01-04");

    await page.goto(`${app.baseUrl}/app/proposals`);
    await shellReady(page);
    expect(await page.locator("#px-to").inputValue()).toBe("2027-01-04");

    await page.goto(`${app.baseUrl}/app/daily`);
    await shellReady(page);
    expect(await page.locator("#d-from").inputValue()).toBe("2026-12-22");
    expect(await page.locator("#d-to").inputValue()).toBe("2027-01-04");
  });
});
