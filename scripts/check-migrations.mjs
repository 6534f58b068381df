#!/usr/bin/env node
// Lint (no database needed): the PostgreSQL migrations keep step with the SQLite ones and with
// prisma/schema.prisma.
//   • every SQLite migration after the PostgreSQL baseline has a PostgreSQL copy of the same name,
//     and no PostgreSQL migration lacks its SQLite original;
//   • every trigger a SQLite migration creates or drops is created or dropped in its copy;
//   • the newest PostgreSQL migration's schema hash is the hash of today's schema (so a schema
//     change without `node scripts/new-migration.mjs` fails here).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SQLITE_SCHEMA } from "./prisma-schemas.mjs";
import {
  HASH_HEADER,
  PG_MIGRATIONS_DIR,
  readHeader,
  schemaHash,
  SQLITE_MIGRATIONS_DIR,
  THROUGH_HEADER,
} from "./migration-pg.mjs";

const list = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => existsSync(path.join(dir, d, "migration.sql")))
        .sort()
    : [];
const read = (dir, name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");
const problems = [];
const sqlite = list(SQLITE_MIGRATIONS_DIR);
const postgres = list(PG_MIGRATIONS_DIR);
const fix = "write it with `node scripts/new-migration.mjs --pg-missing` (README, Running on PostgreSQL)";

const baseline = postgres[0];
const through = baseline ? readHeader(read(PG_MIGRATIONS_DIR, baseline), THROUGH_HEADER) : null;
if (!baseline || !through)
  problems.push(`prisma/migrations-postgresql: no baseline (a migration with "${THROUGH_HEADER}")`);
for (const name of sqlite.filter((n) => through && n > through)) {
  if (!postgres.includes(name)) {
    problems.push(`prisma/migrations/${name} has no PostgreSQL copy in prisma/migrations-postgresql: ${fix}`);
    continue;
  }
  const lite = read(SQLITE_MIGRATIONS_DIR, name);
  const pg = read(PG_MIGRATIONS_DIR, name);
  for (const [, trigger] of lite.matchAll(/CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?"([^"]+)"/gi))
    if (!pg.includes(`CREATE TRIGGER "${trigger}"`))
      problems.push(
        `${name}: trigger "${trigger}" is missing from the PostgreSQL copy: rerun \`node scripts/new-migration.mjs --pg ${name}\``,
      );
  for (const [, trigger] of lite.matchAll(/DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?"([^"]+)"/gi))
    if (!pg.includes(`"${trigger}_fn"() CASCADE`))
      problems.push(
        `${name}: the drop of trigger "${trigger}" is missing from the PostgreSQL copy: rerun \`node scripts/new-migration.mjs --pg ${name}\``,
      );
}
for (const name of postgres.slice(1))
  if (!sqlite.includes(name))
    problems.push(`prisma/migrations-postgresql/${name} has no SQLite original in prisma/migrations`);
for (const name of postgres)
  if (!readHeader(read(PG_MIGRATIONS_DIR, name), HASH_HEADER)) problems.push(`${name}: no "${HASH_HEADER}" header`);
const newest = postgres.at(-1);
if (newest) {
  const recorded = readHeader(read(PG_MIGRATIONS_DIR, newest), HASH_HEADER);
  const current = schemaHash(readFileSync(SQLITE_SCHEMA, "utf8"));
  if (recorded && recorded !== current)
    problems.push(
      `prisma/schema.prisma changed after the newest PostgreSQL migration (${newest}): add a migration with \`node scripts/new-migration.mjs <name>\`, or ${fix}`,
    );
}
if (problems.length) {
  console.error(`[check-migrations] the PostgreSQL migrations drift:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
