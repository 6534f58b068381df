// Applies the committed Prisma migrations in-process, writing the same `_prisma_migrations`
// bookkeeping as `prisma migrate deploy` (sha256 checksum of migration.sql), so either tool can
// be used on the same database and no CLI or engine is needed at run time. Each provider has its
// own set: prisma/migrations (SQLite) and prisma/migrations-postgresql (written together by
// scripts/new-migration.mjs). On PostgreSQL `migrate deploy` through the JS engine cannot run at
// all (docs/decisions/029), so this is the only migrator there; a session advisory lock makes
// nodes that start together apply each migration once.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, sqliteFilePath } from "./client.ts";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");
export const PG_MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations-postgresql");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export interface MigrateResult {
  applied: string[];
  total: number;
}

export class MigrationError extends Error {}

/** Applies every pending migration, each in its own transaction. */
export function migrateDatabase(file: string, dir: string = MIGRATIONS_DIR): MigrateResult {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, { timeout: 10_000 });
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(BOOKKEEPING);
    const done = new Map(
      (
        sqlite
          .prepare(
            `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          )
          .all() as Array<{ migration_name: string; checksum: string }>
      ).map((r) => [r.migration_name, r.checksum]),
    );
    const applied: string[] = [];
    const migrations = readMigrations(dir);
    for (const m of migrations) {
      const prior = done.get(m.name);
      if (prior !== undefined) {
        if (prior !== m.checksum) {
          throw new MigrationError(
            `Migration ${m.name} was edited after it was applied (checksum differs). Add a new migration instead.`,
          );
        }
        continue;
      }
      const id = randomUUID();
      const now = new Date().toISOString();
      sqlite.exec("PRAGMA foreign_keys = OFF");
      sqlite.transaction(() => {
        sqlite.exec(m.sql);
        sqlite
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(id, m.checksum, new Date().toISOString(), m.name, now);
      })();
      sqlite.exec("PRAGMA foreign_keys = ON");
      applied.push(m.name);
    }
    return { applied, total: migrations.length };
  } finally {
    sqlite.close();
  }
}

const PG_BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** pg_advisory_lock key of the migrator (any constant no other code uses). */
export const PG_MIGRATE_LOCK = 7_420_290_029;

/** Applies every pending PostgreSQL migration, each in its own transaction, under one advisory lock. */
export async function migratePostgres(url: string, dir: string = PG_MIGRATIONS_DIR): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PG_MIGRATE_LOCK]);
    await client.query(PG_BOOKKEEPING);
    const done = new Map(
      (
        await client.query<{ migration_name: string; checksum: string }>(
          `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
      ).rows.map((r) => [r.migration_name, r.checksum]),
    );
    const applied: string[] = [];
    const migrations = readMigrations(dir);
    for (const m of migrations) {
      const prior = done.get(m.name);
      if (prior !== undefined) {
        if (prior !== m.checksum) {
          throw new MigrationError(
            `Migration ${m.name} was edited after it was applied (checksum differs). Add a new migration instead.`,
          );
        }
        continue;
      }
      const startedAt = new Date();
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), m.checksum, m.name, startedAt],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(m.name);
    }
    return { applied, total: migrations.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_MIGRATE_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** Migrates the database at a `file:` or `postgresql://` URL with that provider's set. */
export async function migrateUrl(url: string): Promise<MigrateResult> {
  return isPostgresUrl(url) ? migratePostgres(url) : migrateDatabase(sqliteFilePath(url));
}

/** Number of migrations recorded as applied in the database at a `file:` or `postgresql://` URL. */
export async function countAppliedMigrations(url: string): Promise<number> {
  const sql = `SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare(sql).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}
