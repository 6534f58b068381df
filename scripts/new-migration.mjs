#!/usr/bin/env node
// Writes a migration for both databases from one schema change, offline (the JS schema engine;
// `migrate dev` and `--from-url` are unavailable with a driver adapter):
//   node scripts/new-migration.mjs add_supplier_rating
//     prisma/migrations/<UTC stamp>_<name>/migration.sql             the committed schema (HEAD) →
//     prisma/migrations-postgresql/<UTC stamp>_<name>/migration.sql  the working prisma/schema.prisma
//     then regenerates both clients.
//   node scripts/new-migration.mjs --pg <stamp_name> [--from <git rev>]
//     (re)writes the PostgreSQL copy of an existing SQLite migration: DDL from the schema change
//     that came with it (the schema at the commit that added the migration vs its parent, or
//     <rev>'s schema vs the working one), its triggers translated, any other hand-written
//     statement copied for review. Run it after adding triggers to a new SQLite migration.
//   node scripts/new-migration.mjs --pg-missing
//     the same for every SQLite migration that has no PostgreSQL copy yet (after a merge).
// scripts/check-migrations.mjs (in `pnpm lint`) fails when the two sets drift.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, SQLITE_SCHEMA } from "./prisma-schemas.mjs";
import {
  handWritten,
  HASH_HEADER,
  PG_MIGRATIONS_DIR,
  pgMigrationText,
  pgTriggers,
  postgresDiff,
  readHeader,
  schemaHash,
  SQLITE_MIGRATIONS_DIR,
  THROUGH_HEADER,
} from "./migration-pg.mjs";

const git = (...args) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const schemaAt = (rev) => git("show", `${rev}:prisma/schema.prisma`);

function sqliteDiff(before, after) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "anzhi-migration-"));
  writeFileSync(path.join(tmp, "before.prisma"), before);
  writeFileSync(path.join(tmp, "after.prisma"), after);
  const sql = execFileSync(
    "pnpm",
    [
      "exec",
      "prisma",
      "migrate",
      "diff",
      "--from-schema-datamodel",
      path.join(tmp, "before.prisma"),
      "--to-schema-datamodel",
      path.join(tmp, "after.prisma"),
      "--script",
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${path.join(tmp, "diff.db")}` },
      stdio: ["ignore", "pipe", "inherit"],
    },
  )
    .toString()
    .replace(/^Loaded Prisma config.*$/gm, "")
    .trim();
  return /^-- This is an empty migration/.test(sql) ? "" : sql;
}

function writePg(name, { before, after, sqliteSql }) {
  const dir = path.join(PG_MIGRATIONS_DIR, name);
  mkdirSync(dir, { recursive: true });
  const text = pgMigrationText({
    ddl: postgresDiff(before, after),
    triggers: pgTriggers(sqliteSql),
    afterSchema: after,
    review: handWritten(sqliteSql, sqliteDiff(before, after)),
  });
  writeFileSync(path.join(dir, "migration.sql"), text);
  return path.relative(ROOT, path.join(dir, "migration.sql"));
}

/** The PostgreSQL copy of an already written SQLite migration. */
function portToPg(name, fromRev) {
  const file = path.join(SQLITE_MIGRATIONS_DIR, name, "migration.sql");
  if (!existsSync(file)) throw new Error(`no SQLite migration ${path.relative(ROOT, file)}`);
  const sqliteSql = readFileSync(file, "utf8");
  const added = git("log", "--diff-filter=A", "--format=%H", "-1", "--", path.relative(ROOT, file)).trim();
  let before;
  let after;
  if (fromRev) {
    before = schemaAt(fromRev);
    after = readFileSync(SQLITE_SCHEMA, "utf8");
  } else if (added) {
    before = schemaAt(`${added}^`);
    after = schemaAt(added);
  } else {
    before = schemaAt("HEAD");
    after = readFileSync(SQLITE_SCHEMA, "utf8");
  }
  return writePg(name, { before, after, sqliteSql });
}

function baselineThrough() {
  for (const d of readdirSync(PG_MIGRATIONS_DIR).sort()) {
    const f = path.join(PG_MIGRATIONS_DIR, d, "migration.sql");
    if (existsSync(f)) {
      const through = readHeader(readFileSync(f, "utf8"), THROUGH_HEADER);
      if (through) return through;
    }
  }
  return "";
}

const regenerate = () =>
  execFileSync("node", ["scripts/prisma-schemas.mjs", "--generate"], { cwd: ROOT, stdio: "ignore" });
const args = process.argv.slice(2);
const fromIndex = args.indexOf("--from");
const fromRev = fromIndex >= 0 ? args[fromIndex + 1] : undefined;

if (args[0] === "--pg") {
  if (!args[1]) throw new Error("usage: node scripts/new-migration.mjs --pg <stamp_name> [--from <git rev>]");
  console.log(`wrote ${portToPg(args[1], fromRev)}; review it and commit it with the SQLite migration`);
} else if (args[0] === "--pg-missing") {
  const through = baselineThrough();
  const missing = readdirSync(SQLITE_MIGRATIONS_DIR)
    .filter((d) => existsSync(path.join(SQLITE_MIGRATIONS_DIR, d, "migration.sql")))
    .filter((d) => d > through && !existsSync(path.join(PG_MIGRATIONS_DIR, d, "migration.sql")))
    .sort();
  if (missing.length === 0) console.log("every SQLite migration has its PostgreSQL copy");
  for (const name of missing) console.log(`wrote ${portToPg(name, fromRev)}`);
  // After a merge the schema is the union of the branches' schemas, which no single ported copy
  // was written against: the newest copy takes today's schema hash (the lint check reads it), and
  // the PostgreSQL drift test (`pnpm test:pg`, packages/db) proves the set builds exactly that schema.
  const newest = readdirSync(PG_MIGRATIONS_DIR)
    .filter((d) => existsSync(path.join(PG_MIGRATIONS_DIR, d, "migration.sql")))
    .sort()
    .at(-1);
  if (newest) {
    const file = path.join(PG_MIGRATIONS_DIR, newest, "migration.sql");
    const text = readFileSync(file, "utf8");
    const current = `${HASH_HEADER} ${schemaHash(readFileSync(SQLITE_SCHEMA, "utf8"))}`;
    const restamped = text
      .split("\n")
      .map((line) => (line.startsWith(HASH_HEADER) ? current : line))
      .join("\n");
    if (restamped !== text) {
      writeFileSync(file, restamped);
      console.log(`restamped ${path.relative(ROOT, file)} with the merged schema's hash`);
    }
  }
} else {
  const name = args[0];
  if (!name || !/^[a-z][a-z0-9_]{2,60}$/.test(name)) {
    console.error(
      "usage: node scripts/new-migration.mjs <verb_noun> (lower-case letters, digits, underscores) | --pg <stamp_name> [--from <rev>] | --pg-missing",
    );
    process.exit(1);
  }
  const before = schemaAt("HEAD");
  const after = readFileSync(SQLITE_SCHEMA, "utf8");
  const sql = sqliteDiff(before, after);
  if (!sql) {
    console.error("schema.prisma does not differ from HEAD: nothing to migrate");
    process.exit(1);
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(SQLITE_MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  const pg = writePg(`${stamp}_${name}`, { before, after, sqliteSql: sql });
  regenerate();
  console.log(
    `wrote ${path.relative(ROOT, dir)}/migration.sql and ${pg}, regenerated both clients; commit them with the schema.\n` +
      `If you add triggers or other SQL to the SQLite migration, rerun: node scripts/new-migration.mjs --pg ${stamp}_${name}`,
  );
}
