// Test helpers: a fresh, fully migrated database per call (real database, no mocks).
//   default                                   a SQLite file in a temporary folder
//   ANZHI_TEST_DATABASE=postgresql://…/postgres a new database on that server, copied from a
//                                              migrated template (one per migration set, made once
//                                              under an advisory lock), dropped by cleanup
//                                              (createPostgresTestDatabase: the database alone,
//                                              for the browser suite's servers)
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { isPostgresUrl, openDb, type Db } from "./client.ts";
import {
  MIGRATIONS_DIR,
  migrateDatabase,
  migratePostgres,
  PG_MIGRATIONS_DIR,
  readMigrations,
  type MigrationFile,
} from "./migrate.ts";

export interface TestDb {
  db: Db;
  /** The SQLite file ("" on PostgreSQL). */
  file: string;
  url: string;
  dialect: "sqlite" | "postgresql";
  cleanup: () => Promise<void>;
}

/** The PostgreSQL server the tests run against, when ANZHI_TEST_DATABASE names one. */
export function testPostgresUrl(): string | null {
  const url = process.env.ANZHI_TEST_DATABASE;
  return url && isPostgresUrl(url) ? url : null;
}

/** The migration set of a test database's provider. */
export function migrationsFor(t: Pick<TestDb, "dialect">): MigrationFile[] {
  return readMigrations(t.dialect === "postgresql" ? PG_MIGRATIONS_DIR : MIGRATIONS_DIR);
}

/** The triggers of a test database, by table, and the definition of one index (schema tests). */
export async function schemaObjects(
  t: Pick<TestDb, "db" | "dialect">,
  indexName: string,
): Promise<{ triggers: Array<{ name: string; table: string }>; indexSql: string | null }> {
  const pgSide = t.dialect === "postgresql";
  const triggers = await t.db.$queryRawUnsafe<Array<{ name: string; table: string }>>(
    pgSide
      ? `SELECT tgname::text AS name, tgrelid::regclass::text AS "table" FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`
      : `SELECT name, tbl_name AS "table" FROM sqlite_master WHERE type = 'trigger' ORDER BY name`,
  );
  const index = await t.db.$queryRawUnsafe<Array<{ sql: string }>>(
    pgSide
      ? `SELECT indexdef AS sql FROM pg_indexes WHERE indexname = $1`
      : `SELECT sql FROM sqlite_master WHERE name = ?`,
    indexName,
  );
  return {
    triggers: triggers.map((r) => ({ name: r.name, table: r.table.replace(/^"|"$/g, "") })),
    indexSql: index[0]?.sql ?? null,
  };
}

export async function createTestDb(prefix = "anzhi-test-"): Promise<TestDb> {
  const server = testPostgresUrl();
  if (server) return createPostgresTestDb(server);
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, "test.db");
  migrateDatabase(file);
  const url = `file:${file}`;
  const db = await openDb(url);
  return {
    db,
    file,
    url,
    dialect: "sqlite",
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function ensureTemplate(serverUrl: string): Promise<string> {
  const set = createHash("sha256")
    .update(
      readMigrations(PG_MIGRATIONS_DIR)
        .map((m) => m.checksum)
        .join(","),
    )
    .digest("hex")
    .slice(0, 16);
  const template = `anzhi_template_${set}`;
  await onServer(serverUrl, async (client) => {
    await client.query("SELECT pg_advisory_lock(7420290030)");
    try {
      const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
      if (exists.rowCount === 0) {
        const building = `${template}_building`;
        await client.query(`DROP DATABASE IF EXISTS "${building}"`);
        await client.query(`CREATE DATABASE "${building}"`);
        await migratePostgres(withDatabase(serverUrl, building));
        await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock(7420290030)");
    }
  });
  return template;
}

/**
 * A new database on the PostgreSQL server `serverUrl`, copied from the migrated template, and how
 * to drop it (also while clients are still connected). The browser suite hands it to a server.
 */
export async function createPostgresTestDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = await ensureTemplate(serverUrl);
  const name = `anzhi_test_${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => {
      await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function createPostgresTestDb(serverUrl: string): Promise<TestDb> {
  const { url, drop } = await createPostgresTestDatabase(serverUrl);
  const db = await openDb(url);
  return {
    db,
    file: "",
    url,
    dialect: "postgresql",
    cleanup: async () => {
      await db.$disconnect();
      await drop();
    },
  };
}
