// axe-core in the browser tests: injected as a script tag (the page's context must bypass the
// app's nonce CSP, which would rightly refuse it), answering the serious and critical findings.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { PHONE } from "./harness.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Context options of a desktop and a phone page that axe can be injected into. */
export const WIDE_AXE = { viewport: { width: 1440, height: 900 }, bypassCSP: true };
export const PHONE_AXE = { ...PHONE, bypassCSP: true };

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's serious and critical findings on the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary ?? ""})`).join(", ")}`);
}
