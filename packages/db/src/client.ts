// The Prisma client over a driver adapter (JS engine: no native query engine to download), picked
// by the URL's scheme:
//   file:…                       SQLite through better-sqlite3. Every connection gets WAL (readers
//                                never block the writer), enforced foreign keys and a busy timeout so
//                                concurrent writers wait instead of failing with SQLITE_BUSY.
//   postgresql:// | postgres://  PostgreSQL through node-postgres (@prisma/adapter-pg) and the client
//                                generated from the derived schema (scripts/prisma-schemas.mjs).
// Both clients come from the same models, so the PostgreSQL one is typed as the SQLite one (`Db`).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { PrismaClient as PgPrismaClient } from "./generated/prisma-pg/client.ts";
import { registerPayloadFunction } from "./bulk-payload.ts";
import "./plan-cache.ts";

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export const BUSY_TIMEOUT_MS = 10_000;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function sqliteFilePath(url: string): string {
  if (isPostgresUrl(url)) throw new Error("sqliteFilePath: DATABASE_URL is a PostgreSQL URL, not a SQLite file");
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/** Opens the database at a `file:` URL (creating the folder if needed) or a `postgresql://` URL. */
export async function openDb(url: string): Promise<Db> {
  if (isPostgresUrl(url)) return openPostgres(url);
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
  // Every connection the adapter opens gets the bulk-payload function (bulk-payload.ts).
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    const client = (connection as unknown as { client?: Parameters<typeof registerPayloadFunction>[0] }).client;
    if (!client) throw new Error("better-sqlite3 adapter without a client: cannot register anzhi_payload");
    registerPayloadFunction(client);
    beginImmediate(client as unknown as { prepare: (sql: string) => unknown });
    return connection;
  };
  const db = new PrismaClient({ adapter });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$executeRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return db;
}

/**
 * The adapter opens every interactive transaction with a deferred `BEGIN`. Another connection (the
 * scheduler's worker thread, the CLI, a second node) may commit between such a transaction's first
 * read and its first write; SQLite then refuses the write at once with SQLITE_BUSY — the busy
 * timeout cannot help, the snapshot is stale — and a sign-in or a save during a scheduler tick
 * failed as "出错了". `BEGIN IMMEDIATE` takes the write lock at the start, waiting up to the busy
 * timeout for it, so a transaction either starts on the latest data or waits its turn. (In one
 * process the adapter already runs transactions one at a time, so nothing else is serialised.)
 */
function beginImmediate(client: { prepare: (sql: string) => unknown }): void {
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
}

/** Connections per process to one PostgreSQL database (node-postgres pool). */
export const PG_POOL_SIZE = 10;

async function openPostgres(url: string): Promise<Db> {
  const adapter = new PrismaPg({ connectionString: url, max: PG_POOL_SIZE });
  const db = new PgPrismaClient({ adapter });
  await db.$queryRawUnsafe("SELECT 1");
  // Same models, same generated API: only the provider differs.
  return db as unknown as Db;
}

const clients = new Map<string, Promise<Db>>();

/** One client per database URL for the life of the process. */
export function getDb(url: string): Promise<Db> {
  let client = clients.get(url);
  if (!client) {
    client = openDb(url);
    clients.set(url, client);
  }
  return client;
}

export async function closeAllDbs(): Promise<void> {
  const all = [...clients.values()];
  clients.clear();
  await Promise.all(all.map(async (c) => (await c).$disconnect()));
}
