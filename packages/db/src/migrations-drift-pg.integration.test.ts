// PostgreSQL half of migrations-drift: when the suite runs on PostgreSQL (`pnpm test:pg`), the
// committed prisma/migrations-postgresql must build exactly the schema the derived PostgreSQL
// schema describes. One database gets the migration set, another the schema's own DDL
// (`prisma migrate diff --from-empty`); their columns, indexes and constraints are compared.
// The lint check (scripts/check-migrations.mjs) only compares schema hashes; this proves the SQL.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, testPostgresUrl, type TestDb } from "./testing.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const server = testPostgresUrl();
let migrated: TestDb;
let fromSchema: TestDb;

beforeAll(async () => {
  if (!server) return;
  migrated = await createTestDb();
  fromSchema = await createTestDb();
  // An empty database beside the migrated one: drop every application table, then apply the DDL.
  const tables = await fromSchema.db.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public'`,
  );
  await fromSchema.db.$executeRawUnsafe(`DROP TABLE ${tables.map((t) => `"${t.name}"`).join(", ")} CASCADE`);
  execFileSync("node", ["scripts/prisma-schemas.mjs"], { cwd: root, stdio: "ignore" });
  const ddl = execFileSync(
    "pnpm",
    [
      "exec",
      "prisma",
      "migrate",
      "diff",
      "--from-empty",
      "--to-schema-datamodel",
      "prisma/generated/postgresql/schema.prisma",
      "--script",
    ],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  ).replace(/^Loaded Prisma config.*$/gm, "");
  await fromSchema.db.$executeRawUnsafe(`DO $ddl$ BEGIN EXECUTE ${quoteLiteral(ddl)}; END $ddl$`);
}, 120_000);
afterAll(async () => {
  await migrated?.cleanup();
  await fromSchema?.cleanup();
});

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

async function shape(t: TestDb): Promise<string[]> {
  const rows = await t.db.$queryRawUnsafe<Array<{ line: string }>>(
    `SELECT table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') AS line
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
     UNION ALL
     SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname <> 'AuditEvent_chain_seq_key' AND tablename <> '_prisma_migrations'
     UNION ALL
     SELECT conrelid::regclass::text || ' ' || conname::text || ' ' || pg_get_constraintdef(oid)
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`,
  );
  return rows.map((r) => r.line).sort();
}

it.skipIf(!server)("the PostgreSQL migrations build the schema that schema.prisma describes (no drift)", async () => {
  expect(await shape(migrated)).toEqual(await shape(fromSchema));
});
