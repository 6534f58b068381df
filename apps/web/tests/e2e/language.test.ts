// No string of the other language: the main pages of each role, rendered in Chromium on the demo
// data, scanned as the reader sees them (document.body.innerText). In English mode a run of CJK
// characters is allowed only when it is data the enterprise itself typed (the demo seed: names of
// people, enterprises, products, sites, control items, hazards) or the product catalogue's
// statutory wording; anything else is an untranslated UI string. In Chinese mode an ASCII word is
// allowed only from a short list of codes and brand names, or when it is seed data.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { login, shellReady } from "./flows.ts";
import { DEMO_PASSWORD, startDemoApp } from "./demo.ts";

const app = startDemoApp();

const repo = path.resolve(import.meta.dirname, "../../../..");
const seedDir = path.join(repo, "packages/domain/src/seed");
/** The demo data's own text and the catalogue's statutory wording: what an enterprise typed or the law names. */
const DATA = [
  ...readdirSync(seedDir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => readFileSync(path.join(seedDir, f), "utf8")),
  readFileSync(path.join(repo, "packages/contracts/src/catalog.data.json"), "utf8"),
].join("\n");

/**
 * ASCII words a Chinese page may show: product and format names, statutory code prefixes, units.
 * (Emails, URLs and tokens with digits — ids, hazard numbers, models — are not words and are skipped.)
 */
const ASCII_ALLOWED = new Set([
  ...["Anzhi", "English", "ERP", "API", "OpenAPI", "SDK", "REST", "SAP", "Excel", "Webhook"], // names of products and standards
  ...["XLSX", "CSV", "PDF", "JPG", "PNG", "WEBP", "HEIC", "MB"], // file formats and sizes
  ...["CCC", "XK"], // statutory certificate and licence prefixes
]);

const PAGES: Record<string, { email: string; paths: string[] }> = {
  officer: { email: "officer1@demo-battery.anzhi.local", paths: ["/app", "/app/today", "/app/hazards", "/app/daily"] },
  director: { email: "director@demo-battery.anzhi.local", paths: ["/app", "/app/weekly", "/app/hazards/new"] },
  principal: {
    email: "principal@demo-battery.anzhi.local",
    paths: ["/app", "/app/monthly", "/app/monthly/new?decisions=2", "/app/risk-list"],
  },
  admin: {
    email: "principal@demo-battery.anzhi.local",
    paths: ["/app/members", "/app/api-keys", "/app/settings/regulators", "/app/appointments"],
  },
  regulator: { email: "inspector@xinbei-amr.anzhi.local", paths: ["/regulator"] },
};

/** The enterprise's ledgers the scan reads in the portal (each in its default date range). */
const REGULATOR_LEDGERS = [
  "daily",
  "weekly",
  "monthly",
  "hazards",
  "inspections",
  "certificates",
  "people",
  "proposals",
  "training",
];

/** Inspectors sign in on the same page and land in the portal. */
async function inspectorPage(email: string): Promise<Page> {
  const page = await app.newPage();
  await login(page, app.baseUrl, email, DEMO_PASSWORD);
  return page;
}

/** The portal path of the first enterprise the inspector's list shows. */
async function firstEnterprise(page: Page): Promise<string> {
  const href = await page.getByTestId("enterprise-row").first().getByRole("link").first().getAttribute("href");
  if (!href) throw new Error("no enterprise in the regulator's list");
  return href;
}

async function visibleText(page: Page, url: string): Promise<string> {
  await page.goto(url);
  if (new URL(page.url()).pathname.startsWith("/app")) await shellReady(page);
  return page.evaluate(() => document.body.innerText);
}

function foreignCjk(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g)) {
    const run = m[0];
    // The language toggle offers 中文 by name, in its own language.
    if (run === "中文") continue;
    if (/[\u3400-\u9fff]/.test(run)) {
      // A risk point generated from the catalogue is stored as "group：risk" (contracts catalog.ts);
      // a seed text composed from a template ("本周应检${n}人日，…") is data clause by clause.
      const clauses = run.split(/[\u3000-\u303f\uff00-\uffef]+/).filter((c) => /[\u3400-\u9fff]/.test(c));
      if (!DATA.includes(run) && !DATA.includes(run.replace(/：$/, "")) && !clauses.every((c) => DATA.includes(c)))
        found.add(run);
      continue;
    }
    // Full-width punctuation alone is data only with its neighbours ("GB 〔2019〕"), not "Owner：".
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const after = text.slice(m.index + run.length, m.index + run.length + 3);
    // A seed text may join stored values with "、" or close a sentence after one (`${….join("、")}。`).
    const seedGlue = DATA.includes(`join("${run}")`) || DATA.includes(`}${run}`);
    if (!DATA.includes(before + run) && !DATA.includes(run + after) && !seedGlue) found.add(before + run + after);
  }
  return [...found];
}

function foreignAscii(text: string): string[] {
  const tokens = text.split(/[\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef()[\]{}<>,;:!?"'/·—–|]+/);
  const words = tokens.filter((w) => /^[A-Za-z][A-Za-z-]*[A-Za-z]$/.test(w));
  return [...new Set(words)].filter((w) => !ASCII_ALLOWED.has(w) && !DATA.includes(w));
}

describe("each page speaks one language", () => {
  for (const [role, { email, paths }] of Object.entries(PAGES)) {
    it(`${role}: no Chinese UI text in English mode and no English words in Chinese mode`, async () => {
      // The regulator also reads an enterprise's dossier and its ledgers, whose values the domain
      // returns as codes (ADR 037). Not yet here: the risk list's rows, which the domain still words
      // in Chinese.
      const page = role === "regulator" ? await inspectorPage(email) : await app.signedIn(email);
      const enterprise = role === "regulator" ? await firstEnterprise(page) : "";
      const visit =
        role === "regulator"
          ? [...paths, `${enterprise}/dossier`, ...REGULATOR_LEDGERS.map((l) => `${enterprise}?ledger=${l}`)]
          : paths;
      const zh: Record<string, string[]> = {};
      for (const p of visit) zh[p] = foreignAscii(await visibleText(page, `${app.baseUrl}${p}`));
      await page.context().addCookies([{ name: "lng", value: "en", url: app.baseUrl }]);
      const found: Record<string, { zh: string[]; en: string[] }> = {};
      for (const p of visit)
        found[p] = { zh: zh[p] ?? [], en: foreignCjk(await visibleText(page, `${app.baseUrl}${p}`)) };
      const leaks = Object.fromEntries(Object.entries(found).filter(([, f]) => f.zh.length + f.en.length > 0));
      if (process.env.LEAKS_OUT)
        (await import("node:fs")).appendFileSync(process.env.LEAKS_OUT, `${role} ${JSON.stringify(leaks)}\n`);
      expect(JSON.stringify(leaks, null, 1)).toBe("{}");
    });
  }
});
