// Checks the packed @anzhi/sdk tarball the way a registry user meets it:
//   - publint (--strict): package.json fields, exports, files that exist in the tarball;
//   - @arethetypeswrong/cli: types resolve for ESM and CJS importers of every entry (profile
//     node16: moduleResolution "node10" cannot see subpath exports like @anzhi/sdk/catalog);
//   - the gzip size of the main ESM entry (dist/index.js and the chunks it imports) against the
//     budget written in README.md ("Bundle budget: **N kB**").
// `node --import tsx scripts/check-package.ts [tarball] [--publish-dry-run]` packs first when no
// tarball is given; `--publish-dry-run` (pnpm release:dry-run) then runs `npm publish --dry-run`
// on the checked tarball — the tarball pnpm packed, with workspace and catalog versions resolved.
// The pack test (test/pack.integration.test.ts) runs the same checks on its own tarball.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const sdkDir = path.resolve(import.meta.dirname, "..");

/** The budget in bytes (1 kB = 1,000 bytes) from the README's "Bundle budget: **N kB**" line. */
export function readBudgetBytes(readme: string = readFileSync(path.join(sdkDir, "README.md"), "utf8")): number {
  const match = /Bundle budget: \*\*(\d+(?:\.\d+)?) kB\*\*/.exec(readme);
  if (!match?.[1]) throw new Error('README.md names no "Bundle budget: **N kB**"');
  return Math.round(Number(match[1]) * 1000);
}

/** Gzipped bytes of an ESM entry plus every local chunk it imports, each file gzipped on its own. */
export function entryGzipBytes(distDir: string, entry = "index.js"): { bytes: number; files: string[] } {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(distDir, file), "utf8");
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) if (m[1]) visit(m[1]);
  };
  visit(entry);
  const files = [...seen];
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(path.join(distDir, f))).length, 0);
  return { bytes, files };
}

function bin(name: string): string {
  return path.join(sdkDir, "node_modules", ".bin", name);
}

/** Runs every check on `tarball`; throws with the tools' output when one fails. */
export function checkTarball(tarball: string): { gzipBytes: number; budgetBytes: number } {
  execFileSync(bin("publint"), [tarball, "--strict"], { cwd: sdkDir, stdio: "pipe" });
  execFileSync(bin("attw"), [tarball, "--profile", "node16", "--format", "ascii"], {
    cwd: sdkDir,
    stdio: "pipe",
  });
  const unpacked = mkdtempSync(path.join(os.tmpdir(), "anzhi-sdk-check-"));
  try {
    execFileSync("tar", ["-xzf", tarball, "-C", unpacked]);
    const { bytes, files } = entryGzipBytes(path.join(unpacked, "package", "dist"));
    const budgetBytes = readBudgetBytes();
    if (bytes > budgetBytes) {
      throw new Error(
        `dist/index.js (${files.join(" + ")}) is ${bytes} bytes gzip, over the ${budgetBytes}-byte budget`,
      );
    }
    return { gzipBytes: bytes, budgetBytes };
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  const publishDryRun = args.includes("--publish-dry-run");
  let tarball = args.find((a) => !a.startsWith("--"));
  let work: string | undefined;
  if (!tarball) {
    work = mkdtempSync(path.join(os.tmpdir(), "anzhi-sdk-pack-"));
    execFileSync("pnpm", ["exec", "tsup"], { cwd: sdkDir, stdio: "ignore" });
    execFileSync("pnpm", ["pack", "--pack-destination", work], { cwd: sdkDir, stdio: "ignore" });
    tarball = path.join(work, readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "");
  }
  try {
    const { gzipBytes, budgetBytes } = checkTarball(path.resolve(tarball));
    console.log(`publint ✓  attw ✓  dist/index.js ${gzipBytes} B gzip (budget ${budgetBytes} B)`);
    if (publishDryRun) {
      execFileSync("npm", ["publish", "--dry-run", "--access", "public", path.resolve(tarball)], {
        cwd: work ?? sdkDir,
        stdio: "inherit",
      });
    }
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    console.error(e.stdout?.toString() ?? "", e.stderr?.toString() ?? "", e.message);
    process.exitCode = 1;
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}
