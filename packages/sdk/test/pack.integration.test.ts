// The published artefact: `pnpm pack` yields a tarball that installs into an empty folder with
// npm (no workspace, no @anzhi/* packages) and works from a plain ESM and a plain CJS script
// against a real server.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkTarball, entryGzipBytes, readBudgetBytes } from "../scripts/check-package";
import { startTestServer, type TestServer } from "./fixtures";

const run = promisify(execFile);
const sdkDir = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(os.tmpdir(), "anzhi-sdk-pack-"));
const app = path.join(work, "app");
let s: TestServer;
let key: string;
let tarballPath: string;

beforeAll(async () => {
  execFileSync("pnpm", ["exec", "tsup"], { cwd: sdkDir, stdio: "ignore" });
  execFileSync("pnpm", ["pack", "--pack-destination", work], { cwd: sdkDir, stdio: "ignore" });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack produced no tarball");
  tarballPath = path.join(work, tarball);
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(
    path.join(app, "package.json"),
    JSON.stringify({ name: "erp-integration", version: "1.0.0", private: true }),
  );
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel", "error", path.join(work, tarball)],
    { cwd: app, stdio: "ignore" },
  );
  s = await startTestServer();
  key = await s.orgA.key(["records:read", "records:write"]);
}, 240_000);

afterAll(async () => {
  await s?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("the packed @anzhi/sdk", () => {
  it("passes publint and arethetypeswrong, and its main ESM entry stays within the README's gzip budget", () => {
    const { gzipBytes, budgetBytes } = checkTarball(tarballPath);
    expect(budgetBytes).toBe(25_000);
    expect(gzipBytes).toBeLessThanOrEqual(budgetBytes);
    // The catalogue is not part of it.
    const main = entryGzipBytes(path.join(sdkDir, "dist"));
    expect(main.files).not.toContain("catalog.js");
    for (const f of main.files) expect(readFileSync(path.join(sdkDir, "dist", f), "utf8")).not.toContain("水泥");
  });

  it("fails the size check above the budget", () => {
    const { bytes } = entryGzipBytes(path.join(sdkDir, "dist"));
    expect(readBudgetBytes(`Bundle budget: **${(bytes - 1) / 1000} kB** gzip`)).toBeLessThan(bytes);
    expect(() => readBudgetBytes("no budget here")).toThrow(/Bundle budget/);
  });

  it("carries only its runtime dependencies and self-contained types", () => {
    const pkg = JSON.parse(readFileSync(path.join(app, "node_modules/@anzhi/sdk/package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@trpc/client", "@trpc/server", "zod"]);
    expect(Object.values(pkg.dependencies).every((v) => /^\d/.test(v))).toBe(true);
    const dts = readFileSync(path.join(app, "node_modules/@anzhi/sdk/dist/index.d.ts"), "utf8");
    expect(dts).not.toMatch(/from ['"]@anzhi\//);
    expect(dts).not.toMatch(/Prisma/);
    expect(readdirSync(path.join(app, "node_modules"))).not.toContain("@prisma");
  });

  it("works from a plain ESM script", async () => {
    writeFileSync(
      path.join(app, "push.mjs"),
      `import { Anzhi, AnzhiValidationError, SDK_VERSION } from "@anzhi/sdk";
import { findProductGroup } from "@anzhi/sdk/catalog";
const anzhi = new Anzhi({ apiKey: process.env.ANZHI_API_KEY, baseUrl: process.env.ANZHI_URL });
const pushed = await anzhi.suppliers.push({ externalId: "ESM-1", name: "ESM 供应商", type: "goods" });
const bad = await anzhi.suppliers.push({ externalId: "ESM-2", type: "goods" }).catch((e) => e);
console.log(JSON.stringify({ status: pushed.status, read: (await anzhi.suppliers.get("ESM-1")).name, badIsValidation: bad instanceof AnzhiValidationError, badPath: bad.issues[0].path, version: SDK_VERSION, cement: findProductGroup("cement").nameZh }));
`,
    );
    const { stdout } = await run(process.execPath, ["push.mjs"], {
      cwd: app,
      env: { ...process.env, ANZHI_API_KEY: key, ANZHI_URL: s.server.url },
    });
    expect(JSON.parse(stdout)).toEqual({
      status: "created",
      read: "ESM 供应商",
      badIsValidation: true,
      badPath: "name",
      version: (JSON.parse(readFileSync(path.join(sdkDir, "package.json"), "utf8")) as { version: string }).version,
      cement: "水泥",
    });
  });

  it("works from a plain CommonJS script", async () => {
    writeFileSync(
      path.join(app, "push.cjs"),
      `const { Anzhi } = require("@anzhi/sdk");
const { productGroups } = require("@anzhi/sdk/catalog");
(async () => {
  const anzhi = new Anzhi({ apiKey: process.env.ANZHI_API_KEY, baseUrl: process.env.ANZHI_URL });
  const report = await anzhi.sync([{ externalId: "CJS-1", name: "CJS 供应商", type: "goods" }, { externalId: "CJS-2", name: "CJS 供应商二", type: "component" }], { resource: "suppliers", batchSize: 1 });
  const names = [];
  for await (const s of anzhi.suppliers.list({ limit: 1 })) names.push(s.externalId);
  console.log(JSON.stringify({ counts: report.counts, names, groups: productGroups.length }));
})();
`,
    );
    const { stdout } = await run(process.execPath, ["push.cjs"], {
      cwd: app,
      env: { ...process.env, ANZHI_API_KEY: key, ANZHI_URL: s.server.url },
    });
    const out = JSON.parse(stdout) as { counts: { created: number }; names: string[]; groups: number };
    expect(out.counts.created).toBe(2);
    expect(out.groups).toBe(18);
    expect(out.names).toEqual(expect.arrayContaining(["V-0042", "CJS-1", "CJS-2"]));
  });

  it("runs the nightly-sync example (examples/erp-sync) end to end", async () => {
    for (const f of ["sync.mjs", "map.mjs", "sample"])
      cpSync(path.join(sdkDir, "examples/erp-sync", f), path.join(app, "erp-sync", f), { recursive: true });
    const { stdout } = await run(process.execPath, ["erp-sync/sync.mjs", "erp-sync/sample"], {
      cwd: app,
      env: { ...process.env, ANZHI_API_KEY: key, ANZHI_URL: s.server.url },
    });
    expect(stdout).toMatch(/suppliers: 2\/2 \(created 1, updated \d, unchanged \d, rejected 0\)/);
    expect(stdout).toMatch(/inspections\.incoming: 2\/2 \(created 2/);
    expect(stdout).toMatch(/inspections\.outgoing: 1\/1 \(created 1/);
    expect(stdout).toMatch(/不合格 IQC-2026-000124 纯镍带 批次 NI261120-2 → 隐患 YH-\d{4}-\d{4}/);
    // A second night with the same export changes nothing.
    const again = await run(process.execPath, ["erp-sync/sync.mjs", "erp-sync/sample"], {
      cwd: app,
      env: { ...process.env, ANZHI_API_KEY: key, ANZHI_URL: s.server.url },
    });
    expect(again.stdout).toMatch(/inspections\.incoming: 2\/2 \(created 0, updated 0, unchanged 2, rejected 0\)/);
  });
});
