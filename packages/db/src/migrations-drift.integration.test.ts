// The committed migrations must build exactly the schema that prisma/schema.prisma describes.
// Migrations are written by several people in parallel (scripts/new-migration.mjs diffs against
// each author's HEAD), so two of them can disagree: a later SQLite "RedefineTables" copies only
// the columns its author knew about. This test applies every migration to one fresh database,
// the schema's own DDL (`prisma migrate diff --from-empty`) to another, and compares tables,
// columns, indexes and foreign keys. Triggers and expression indexes are hand-written SQL and are
// not in the schema.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "anzhi-drift-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Shape {
  [table: string]: {
    columns: string[];
    indexes: string[];
    foreignKeys: string[];
  };
}

function shapeOf(file: string): Shape {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
        )
        .all() as Array<{ name: string }>
    ).map((t) => t.name);
    const shape: Shape = {};
    for (const table of tables) {
      const q = (sql: string) => db.prepare(sql).all() as Array<Record<string, unknown>>;
      const columns = q(`PRAGMA table_info("${table}")`)
        .map((c) => `${c.name} ${String(c.type).toUpperCase()} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`)
        .sort();
      const indexes = q(`PRAGMA index_list("${table}")`)
        .filter((i) => i.origin !== "pk")
        .map((i) => ({ i, cols: q(`PRAGMA index_info("${String(i.name)}")`).map((c) => c.name) }))
        // An index over an expression (hand-written SQL, like the audit chain's per-organisation
        // position) is something schema.prisma cannot say; like triggers, it is not compared.
        .filter(({ cols }) => cols.every((c) => typeof c === "string"))
        .map(({ i, cols }) => `${i.name} unique=${i.unique} (${cols.join(",")})`)
        .sort();
      const foreignKeys = q(`PRAGMA foreign_key_list("${table}")`)
        .map((f) => `${f.from} -> ${f.table}.${f.to} on delete ${f.on_delete} on update ${f.on_update}`)
        .sort();
      shape[table] = { columns, indexes, foreignKeys };
    }
    return shape;
  } finally {
    db.close();
  }
}

describe("migrations and schema.prisma", () => {
  it("the migrations build the schema that schema.prisma describes (no drift)", () => {
    const migrated = path.join(tmp, "migrated.db");
    migrateDatabase(migrated);

    const sql = execFileSync(
      "pnpm",
      [
        "--silent",
        "exec",
        "prisma",
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { cwd: root, env: { ...process.env, DATABASE_URL: `file:${path.join(tmp, "diff.db")}` } },
    )
      .toString()
      .replace(/^Loaded Prisma config.*$/gm, "");
    const fromSchema = path.join(tmp, "schema.db");
    const db = new Database(fromSchema);
    db.exec(sql);
    db.close();

    expect(shapeOf(migrated)).toEqual(shapeOf(fromSchema));
  });
});
