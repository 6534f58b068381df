// Shared set-up of the e2e files that run on the seeded demo data: one real server and one
// Chromium per file, pages signed in as demo users, closed afterwards.
import { afterAll, beforeAll } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DESKTOP, type PHONE, launchBrowser, startServer, type RunningServer, type ServerOptions } from "./harness.ts";
import { login } from "./flows.ts";

/** The password of every seeded demo user. */
export const DEMO_PASSWORD = "anzhi-demo-2026";

/** A 1×1 PNG, for photo uploads. */
export const PNG_1PX = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

export interface DemoApp {
  readonly baseUrl: string;
  /** A new browser context on `device`, signed in as the demo user `email`. */
  signedIn(email: string, device?: typeof DESKTOP | typeof PHONE): Promise<Page>;
  /** A new browser context on `device`, signed out. */
  newPage(device?: typeof DESKTOP | typeof PHONE): Promise<Page>;
}

/**
 * Registers beforeAll/afterAll hooks that start the server and browser and clean up after.
 * `opts.at` runs the server (and so the demo seed) at a chosen instant.
 */
export function startDemoApp(opts: ServerOptions = {}): DemoApp {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startServer({}, opts);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // A context wedged by a failed test must not hold the file's clean-up: closing the browser
    // ends every context anyway.
    await Promise.race([Promise.allSettled(contexts.map((c) => c.close())), new Promise((r) => setTimeout(r, 15_000))]);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });
  const started = () => {
    if (!server || !browser) throw new Error("the demo app is not started (use it inside a test)");
    return { server, browser };
  };
  return {
    get baseUrl() {
      return started().server.baseUrl;
    },
    async newPage(device = DESKTOP) {
      const context = await started().browser.newContext(device);
      contexts.push(context);
      return context.newPage();
    },
    async signedIn(email, device = DESKTOP) {
      const page = await this.newPage(device);
      await login(page, started().server.baseUrl, email, DEMO_PASSWORD);
      return page;
    },
  };
}

/** True when the page does not scroll sideways (a phone layout that fits). */
export async function noHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
}
