// Every raw statement the product runs, in the words of each database it runs on (SQLite, the
// embedded default, and PostgreSQL 15+). Prisma covers everything else in both. The dialect comes
// from the client itself (its provider), so a transaction client works the same as the root one.
//
//   bulk insert       SQLite: INSERT … SELECT FROM json_each(anzhi_payload(?)) (bulk-payload.ts)
//                     PostgreSQL: ONE INSERT … SELECT FROM jsonb_populate_recordset over a jsonb
//                     parameter (the row type of the table casts every value)
//   chain links       the audit chain's bulk UPDATE, over the same payload forms
//   serialise         SQLite: a transaction's first write already takes the one write lock
//                     PostgreSQL: pg_advisory_xact_lock on a key derived from a name
//   counter           INSERT … ON CONFLICT DO UPDATE … RETURNING (both; no first-row race)
//   tables            the application's tables (sqlite_master / information_schema)
//   text search       Prisma's `contains` ignoring case on both (LIKE on SQLite, ILIKE on PostgreSQL)
import { PAYLOAD_FUNCTION, withPayload } from "./bulk-payload.ts";
import type { Db, Tx } from "./client.ts";

export type Dialect = "sqlite" | "postgresql";

type Raw = Pick<Tx, "$executeRawUnsafe" | "$queryRawUnsafe">;

/** The database behind a Prisma client or transaction client. */
export function dialectOf(db: object): Dialect {
  const provider = (db as { _activeProvider?: string })._activeProvider;
  if (provider === "postgresql" || provider === "sqlite") return provider;
  throw new Error(`dialectOf: not a Prisma client of a known provider (${String(provider)})`);
}

export type Cell = string | number | boolean | Date | null;

/** Prisma's own storage of a value on SQLite: DateTime as ISO text with "+00:00", Boolean 0/1. */
function sqliteCell(value: Cell): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

function pgCell(value: Cell): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts `rows` (values in `columns` order) into `table` with one statement, inside the caller's
 * transaction. `table` and `columns` are the caller's constants, never input.
 */
export async function bulkInsert(
  tx: Raw,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
): Promise<void> {
  if (rows.length === 0) return;
  for (const row of rows) {
    if (row.length !== columns.length)
      throw new Error(`bulkInsert(${table}): row has ${row.length} values for ${columns.length} columns`);
  }
  const list = columns.map(quote).join(", ");
  if (dialectOf(tx) === "postgresql") {
    const payload = JSON.stringify(
      rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, pgCell(row[i] ?? null)]))),
    );
    await tx.$executeRawUnsafe(
      `INSERT INTO ${quote(table)} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb)`,
      payload,
    );
    return;
  }
  const payload = JSON.stringify(rows.map((row) => row.map(sqliteCell)));
  const select = columns.map((_, i) => `value ->> ${i}`).join(", ");
  await withPayload(payload, (key) =>
    tx.$executeRawUnsafe(
      `INSERT INTO ${quote(table)} (${list}) SELECT ${select} FROM json_each(${PAYLOAD_FUNCTION}(?))`,
      key,
    ),
  );
}

/** Writes chain links [id, seq, prevHash, hash] onto unchained AuditEvent rows with one statement. */
export async function writeChainLinks(
  tx: Raw,
  links: ReadonlyArray<readonly [string, number, string, string]>,
): Promise<void> {
  if (links.length === 0) return;
  const payload = JSON.stringify(links);
  if (dialectOf(tx) === "postgresql") {
    await tx.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "seq" = (l.value ->> 1)::integer, "prevHash" = l.value ->> 2, "hash" = l.value ->> 3
       FROM jsonb_array_elements($1::jsonb) AS l(value) WHERE "AuditEvent"."id" = l.value ->> 0`,
      payload,
    );
    return;
  }
  await withPayload(payload, (key) =>
    tx.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "seq" = l.value ->> 1, "prevHash" = l.value ->> 2, "hash" = l.value ->> 3
       FROM json_each(${PAYLOAD_FUNCTION}(?)) AS l WHERE "AuditEvent"."id" = l.value ->> 0`,
      key,
    ),
  );
}

/**
 * Serialises the rest of the caller's transaction with every other transaction that asks for the
 * same `name` (audit chain of one organisation, login attempts on one e-mail). On SQLite the
 * transaction's writes are serialised by the database's one write lock already.
 */
export async function serialize(tx: Raw, name: string): Promise<void> {
  if (dialectOf(tx) !== "postgresql") return;
  await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended($1, 29))::text AS locked`, name);
}

/**
 * Reserves `count` (default 1) hazard numbers of the organisation for `year` and returns the last of
 * them (the batch holds last - count + 1 … last); a year without a counter row starts at `first`.
 * One statement, so two first numbers of a year cannot race into a duplicate key, and a batch of
 * any size costs one counter update.
 */
export async function bumpHazardCounter(
  tx: Raw,
  organizationId: string,
  year: number,
  first: number,
  count = 1,
): Promise<number> {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`bumpHazardCounter: count ${count} is not a positive integer`);
  const p = dialectOf(tx) === "postgresql" ? ["$1", "$2", "$3", "$4"] : ["?", "?", "?", "?"];
  const rows = await tx.$queryRawUnsafe<Array<{ last: number | bigint }>>(
    `INSERT INTO "HazardCounter" ("organizationId", "year", "last") VALUES (${p[0]}, ${p[1]}, ${p[2]})
     ON CONFLICT ("organizationId", "year") DO UPDATE SET "last" = "HazardCounter"."last" + ${p[3]}
     RETURNING "last"`,
    organizationId,
    year,
    first + count - 1,
    count,
  );
  const last = rows[0]?.last;
  if (last === undefined) throw new Error("bumpHazardCounter: no row returned");
  return Number(last);
}

/** The application's tables (not Prisma's bookkeeping), by name. */
export async function listTables(db: Pick<Db, "$queryRawUnsafe">): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<Array<{ name: string }>>(
    dialectOf(db) === "postgresql"
      ? `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`
      : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
  );
  return rows.map((r) => r.name);
}

/**
 * A Prisma `contains` filter that ignores case on both databases, for every search a person types:
 * SQLite's LIKE already ignores ASCII case; PostgreSQL's LIKE does not, so there it asks for ILIKE
 * (`mode: "insensitive"`, an argument the SQLite client refuses — hence the provider check).
 */
export function textContains(db: object, value: string): { contains: string } {
  return dialectOf(db) === "postgresql"
    ? ({ contains: value, mode: "insensitive" } as { contains: string })
    : { contains: value };
}
