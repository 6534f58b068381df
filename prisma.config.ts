// Prisma CLI configuration. Prisma 6.19 with the JS engine and the better-sqlite3 driver
// adapter: `migrate deploy|diff`, `db push` and `generate` run fully offline (no engine
// download), which air-gapped customer sites need.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? `file:${path.resolve("data/anzhi.db")}`;
// The adapter opens the file eagerly; make sure its folder exists on a fresh checkout.
mkdirSync(path.dirname(path.resolve(url.replace(/^file:/, ""))), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
