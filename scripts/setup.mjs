#!/usr/bin/env node
// One-step install for a fresh machine that has only Node (>=20.19) and npm:
//  1. installs the pinned pnpm if it is missing or a different version;
//  2. points node-gyp at the running Node's own headers when they are installed next to it,
//     so better-sqlite3 compiles offline instead of downloading headers (air-gapped sites);
//  3. runs `pnpm install` (which also generates the Prisma client, offline).
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const wanted = String(pkg.packageManager).replace(/^pnpm@/, "");

function pnpmVersion() {
  try {
    return execSync("pnpm --version", { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

if (pnpmVersion() !== wanted) {
  console.log(`[setup] installing pnpm@${wanted}`);
  const r = spawnSync("npm", ["install", "--global", `pnpm@${wanted}`], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const env = { ...process.env };
const prefix = path.resolve(path.dirname(process.execPath), "..");
if (!env.npm_config_nodedir && existsSync(path.join(prefix, "include", "node", "node.h"))) {
  env.npm_config_nodedir = prefix;
}
const args = ["install"];
if (process.env.CI) args.push("--frozen-lockfile");
console.log(`[setup] pnpm ${args.join(" ")}`);
const r = spawnSync("pnpm", args, { stdio: "inherit", cwd: root, env });
process.exit(r.status ?? 1);
