#!/usr/bin/env node
// One schema source, two providers. prisma/schema.prisma (SQLite) is the only schema anyone edits;
// this derives its PostgreSQL twin into the git-ignored prisma/generated/ folder (provider swap and
// a distinct client output) and, with --generate, generates both Prisma clients:
//   packages/db/src/generated/prisma      the SQLite client (as before)
//   packages/db/src/generated/prisma-pg   the PostgreSQL client
// The model needs no type mapping: it uses only String, Int, Float, Boolean and DateTime, which
// Prisma maps natively on both (DateTime → timestamp(3) on PostgreSQL).
//   node scripts/prisma-schemas.mjs [--generate]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const SQLITE_SCHEMA = path.join(ROOT, "prisma", "schema.prisma");
export const PG_SCHEMA = path.join(ROOT, "prisma", "generated", "postgresql", "schema.prisma");

/** The PostgreSQL form of a SQLite schema text (the same models, indexes and defaults). */
export function postgresSchema(sqliteSchema) {
  let swapped = 0;
  const text = sqliteSchema
    .replace(/(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/, (_, head) => {
      swapped += 1;
      return `${head}"postgresql"`;
    })
    .replace(/(datasource\s+db\s*\{[^}]*?url\s*=\s*)"[^"]*"/, '$1"postgresql://placeholder@localhost/placeholder"')
    .replace(/(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/, '$1"../../../packages/db/src/generated/prisma-pg"');
  if (swapped !== 1) throw new Error('prisma/schema.prisma: no `provider = "sqlite"` in datasource db');
  if (/@db\./.test(text))
    throw new Error("prisma/schema.prisma uses @db.* native types: map them in scripts/prisma-schemas.mjs");
  return `// GENERATED from prisma/schema.prisma by scripts/prisma-schemas.mjs. Do not edit.\n${text}`;
}

export function writePostgresSchema(source = readFileSync(SQLITE_SCHEMA, "utf8"), file = PG_SCHEMA) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, postgresSchema(source));
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = writePostgresSchema();
  if (process.argv.includes("--generate")) {
    for (const schema of [SQLITE_SCHEMA, file])
      execFileSync("pnpm", ["exec", "prisma", "generate", "--schema", path.relative(ROOT, schema)], {
        cwd: ROOT,
        stdio: "inherit",
      });
  } else {
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
}
