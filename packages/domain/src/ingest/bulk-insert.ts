// Multi-row INSERTs for the ingest hot path, inside the caller's (Prisma) transaction. All rows
// travel as ONE JSON document that SQLite unpacks with json_each, handed over through the
// connection's anzhi_payload() function (@anzhi/db bulk-payload) rather than as a bound parameter
// — no per-row or per-value marshalling through the query engine, which dominated the cost of
// createMany (and of one big parameter) for thousands of rows. Values are stored exactly as Prisma stores them on SQLite (DateTime as ISO text with
// "+00:00", Boolean as 0/1), so Prisma reads them back unchanged. Table and column names are
// compile-time constants of the callers, never input.
import { PAYLOAD_FUNCTION, withPayload, type Tx } from "@anzhi/db";

export type Cell = string | number | boolean | Date | null;

function bind(value: Cell): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

export async function insertRows(
  tx: Pick<Tx, "$executeRawUnsafe">,
  table: string,
  columns: readonly string[],
  rows: readonly Cell[][],
): Promise<void> {
  if (rows.length === 0) return;
  for (const row of rows) {
    if (row.length !== columns.length)
      throw new Error(`insertRows(${table}): row has ${row.length} values for ${columns.length} columns`);
  }
  const payload = JSON.stringify(rows.map((row) => row.map(bind)));
  const select = columns.map((_, i) => `value ->> ${i}`).join(", ");
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${select} FROM json_each(${PAYLOAD_FUNCTION}(?))`;
  await withPayload(payload, (key) => tx.$executeRawUnsafe(sql, key));
}
