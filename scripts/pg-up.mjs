#!/usr/bin/env node
// `pnpm pg:up`: a local PostgreSQL for trying Anzhi on PostgreSQL — Debian's binaries
// (`apt-get install postgresql`), data under ./data/pg, port 5433 (ANZHI_PG_PORT to change), as the
// `postgres` user when run as root. Creates the `anzhi` database once and prints the DATABASE_URL;
// the server keeps running (stop: pg_ctl stop -D data/pg, as the postgres user when root).
import path from "node:path";
import pg from "pg";
import { startPgServer } from "../packages/db/src/pg-server.ts";

const port = Number(process.env.ANZHI_PG_PORT ?? 5433);
const server = startPgServer({ dataDir: path.resolve("data", "pg"), port });
const client = new pg.Client({ connectionString: server.url });
await client.connect();
try {
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'anzhi'");
  if (exists.rowCount === 0) await client.query("CREATE DATABASE anzhi");
} finally {
  await client.end();
}
const url = server.url.replace(/\/postgres$/, "/anzhi");
console.log(
  `PostgreSQL is up on 127.0.0.1:${port} (data in ${server.dataDir}).\nStart Anzhi on it:\n  DATABASE_URL=${url} pnpm start`,
);
