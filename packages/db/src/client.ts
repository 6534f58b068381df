// The Prisma client over better-sqlite3 (driver adapter, JS engine: no native query engine to
// download). Every connection gets WAL (readers never block the writer), enforced foreign keys
// and a busy timeout so concurrent writers wait instead of failing with SQLITE_BUSY.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client.ts";
import { registerPayloadFunction } from "./bulk-payload.ts";

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export const BUSY_TIMEOUT_MS = 10_000;

export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/** Opens (creating the folder if needed) the SQLite database at a `file:` URL. */
export async function openDb(url: string): Promise<Db> {
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
    return connection;
  };
  const db = new PrismaClient({ adapter });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$executeRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return db;
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
