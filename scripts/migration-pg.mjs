// The PostgreSQL side of a migration, shared by new-migration.mjs (writes it) and
// check-migrations.mjs (lint: the PostgreSQL set matches the schema).
//   • DDL comes from `prisma migrate diff` between two PostgreSQL schemas derived from
//     prisma/schema.prisma (scripts/prisma-schemas.mjs), offline.
//   • Triggers are the one thing Prisma does not model. The SQLite migrations write them by hand as
//     `CREATE TRIGGER "n" BEFORE UPDATE|DELETE|INSERT ON "t" [WHEN cond] BEGIN SELECT RAISE(ABORT,
//     'msg'); END;`; each becomes a plpgsql function "n_fn" raising the same message, plus a row
//     trigger. The condition moves into the function body (PostgreSQL forbids subqueries in a
//     trigger's WHEN) with SQLite's `a IS b` spelled `a IS NOT DISTINCT FROM b`. `DROP TRIGGER "n"`
//     becomes `DROP FUNCTION "n_fn"() CASCADE` (which drops the trigger, wherever it hangs).
//   • Every PostgreSQL migration starts with a header naming the sha256 of the normalised
//     PostgreSQL schema after it, which the lint check compares with today's schema.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresSchema, ROOT } from "./prisma-schemas.mjs";

export const PG_MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations-postgresql");
export const SQLITE_MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
export const HASH_HEADER = "-- anzhi-schema-sha256:";
export const THROUGH_HEADER = "-- anzhi-sqlite-through:";

/** sha256 of a schema with comments and layout removed (what the database sees). */
export function schemaHash(sqliteSchemaText) {
  const normal = sqliteSchemaText
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, "").trim())
    .filter(Boolean)
    .map((line) => line.replace(/\s+/g, " "))
    .join("\n");
  return createHash("sha256").update(normal).digest("hex");
}

export function readHeader(sql, header) {
  const line = sql.split("\n").find((l) => l.startsWith(header));
  return line ? line.slice(header.length).trim() : null;
}

/** `prisma migrate diff` between two SQLite schema texts, in PostgreSQL DDL ("" when equal). */
export function postgresDiff(beforeSqliteSchema, afterSqliteSchema) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "anzhi-pg-diff-"));
  const files = [];
  for (const [name, text] of [
    ["before", beforeSqliteSchema],
    ["after", afterSqliteSchema],
  ]) {
    const file = path.join(tmp, `${name}.prisma`);
    if (text !== null) writeFileSync(file, postgresSchema(text));
    files.push(text === null ? null : file);
  }
  const sql = execFileSync(
    "pnpm",
    [
      "exec",
      "prisma",
      "migrate",
      "diff",
      ...(files[0] ? ["--from-schema-datamodel", files[0]] : ["--from-empty"]),
      "--to-schema-datamodel",
      files[1],
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

const TRIGGER =
  /CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?"([^"]+)"\s+BEFORE\s+(UPDATE|DELETE|INSERT)\s+ON\s+"([^"]+)"\s*(?:WHEN\s+([\s\S]*?))?\s*BEGIN\s+SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*'((?:[^']|'')*)'\s*\)\s*;\s*END\s*;/gi;
const DROP_TRIGGER = /DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?"([^"]+)"\s*;/gi;

/** SQLite's null-safe `IS` / `IS NOT` between two values, in PostgreSQL's words. */
export function pgCondition(cond) {
  return cond
    .replace(/\bIS\s+NOT\s+(?!NULL\b|DISTINCT\b|TRUE\b|FALSE\b)/gi, "IS DISTINCT FROM ")
    .replace(/\bIS\s+(?!NOT\b|NULL\b|DISTINCT\b|TRUE\b|FALSE\b)/gi, "IS NOT DISTINCT FROM ");
}

function pgTrigger(name, event, table, cond, message) {
  const raise = `RAISE EXCEPTION '${message.replace(/%/g, "%%")}';`;
  const body = cond
    ? `  IF ${pgCondition(cond.trim()).replace(/\n/g, "\n  ")} THEN\n    ${raise}\n  END IF;`
    : `  ${raise}`;
  const ret = event.toUpperCase() === "DELETE" ? "OLD" : "NEW";
  return [
    `CREATE OR REPLACE FUNCTION "${name}_fn"() RETURNS trigger LANGUAGE plpgsql AS $$`,
    "BEGIN",
    body,
    `  RETURN ${ret};`,
    "END;",
    "$$;",
    `DROP TRIGGER IF EXISTS "${name}" ON "${table}";`,
    `CREATE TRIGGER "${name}" BEFORE ${event.toUpperCase()} ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${name}_fn"();`,
  ].join("\n");
}

/**
 * The PostgreSQL form of every trigger statement in a SQLite migration, in order. Throws on a
 * `CREATE TRIGGER` it cannot translate (write that one by hand).
 */
export function pgTriggers(sqliteSql) {
  const out = [];
  const events = [];
  for (const m of sqliteSql.matchAll(TRIGGER))
    events.push({ at: m.index, sql: pgTrigger(m[1], m[2], m[3], m[4], m[5]) });
  for (const m of sqliteSql.matchAll(DROP_TRIGGER))
    events.push({ at: m.index, sql: `DROP FUNCTION IF EXISTS "${m[1]}_fn"() CASCADE;` });
  const creates = (sqliteSql.match(/CREATE\s+TRIGGER/gi) ?? []).length;
  const translated = [...sqliteSql.matchAll(TRIGGER)].length;
  if (creates !== translated)
    throw new Error(
      `${creates - translated} CREATE TRIGGER statement(s) not of the form BEFORE … [WHEN …] BEGIN SELECT RAISE(ABORT, '…'); END; — port them by hand`,
    );
  for (const e of events.sort((a, b) => a.at - b.at)) out.push(e.sql);
  return out.join("\n\n");
}

/** Splits SQL into statements (triggers and dollar-quoted bodies kept whole). */
export function statements(sql) {
  const out = [];
  let current = "";
  for (const line of sql.split("\n")) {
    if (!current && (/^\s*--/.test(line) || !line.trim())) continue;
    current += `${line}\n`;
    const inTrigger = /CREATE\s+TRIGGER/i.test(current) && !/\bEND\s*;\s*$/i.test(current);
    if (!inTrigger && /;\s*(--.*)?$/.test(line)) {
      out.push(current.trim());
      current = "";
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

const normal = (s) => s.replace(/\s+/g, " ").trim();

/**
 * The statements of a SQLite migration that Prisma's diff of the same schema change does not
 * produce — what someone wrote by hand (triggers, data fixes, expression indexes) — other than
 * triggers, in SQLite's words with the obvious function renames for PostgreSQL applied.
 */
export function handWritten(sqliteSql, sqliteDiff) {
  const generated = new Set(statements(sqliteDiff).map(normal));
  return statements(sqliteSql)
    .filter((s) => !generated.has(normal(s)))
    .filter((s) => !/^(CREATE\s+TRIGGER|DROP\s+TRIGGER)/i.test(s))
    .filter((s) => !/^PRAGMA\b/i.test(s))
    .map((s) => s.replace(/\bifnull\(/gi, "COALESCE("));
}

/** The text of one PostgreSQL migration. */
export function pgMigrationText({ ddl, triggers, afterSchema, through = null, note = null, review = [] }) {
  return [
    `${HASH_HEADER} ${schemaHash(afterSchema)}`,
    ...(through ? [`${THROUGH_HEADER} ${through}`] : []),
    through
      ? "-- Baseline written by scripts/new-migration.mjs."
      : "-- Written by scripts/new-migration.mjs: the PostgreSQL form of the SQLite migration of the same name.",
    ...(note ? [`-- ${note}`] : []),
    "",
    ddl,
    ...(triggers ? ["", "-- Triggers (translated from the SQLite migration)", triggers] : []),
    ...(review.length
      ? [
          "",
          "-- REVIEW: statements of the SQLite migration that Prisma's diff does not produce (hand-written",
          "-- data fixes, expression indexes — or DDL spelled differently from Prisma's). Uncomment and",
          "-- adapt what PostgreSQL needs too, delete the rest.",
          ...review.map((s) => s.replace(/^/gm, "-- ")),
        ]
      : []),
    "",
  ].join("\n");
}
