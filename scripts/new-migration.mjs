#!/usr/bin/env node
// Creates prisma/migrations/<UTC timestamp>_<name>/migration.sql from the difference between the
// committed schema (HEAD) and the working prisma/schema.prisma — offline (the JS schema engine;
// `migrate dev` and `--from-url` are unavailable with a driver adapter). Then regenerates the client.
//   node scripts/new-migration.mjs add_supplier_rating
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9_]{2,60}$/.test(name)) {
  console.error("usage: node scripts/new-migration.mjs <verb_noun> (lower-case letters, digits, underscores)");
  process.exit(1);
}
const root = path.resolve(import.meta.dirname, "..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "anzhi-migration-"));
const before = path.join(tmp, "before.prisma");
writeFileSync(before, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root }));
const sql = execFileSync(
  "pnpm",
  [
    "exec",
    "prisma",
    "migrate",
    "diff",
    "--from-schema-datamodel",
    before,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${path.join(tmp, "diff.db")}` },
    stdio: ["ignore", "pipe", "inherit"],
  },
)
  .toString()
  .replace(/^Loaded Prisma config.*$/gm, "")
  .trim();
if (!sql || /^-- This is an empty migration/.test(sql)) {
  console.error("schema.prisma does not differ from HEAD: nothing to migrate");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
execFileSync("pnpm", ["exec", "prisma", "generate"], { cwd: root, stdio: "ignore" });
console.log(`wrote ${path.relative(root, dir)}/migration.sql and regenerated the client; commit both with the schema`);
