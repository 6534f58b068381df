// Statements whose size grows with a batch stay under SQLite's bound-parameter limit (999 as
// Prisma counts it: beyond that a query fails with P2029), so a batch of the documented 1,000
// records — and any other legal size — works: `IN (…)` lists and multi-row createMany are split.

/** Bound parameters one statement may use, with room for the query's other conditions. */
export const MAX_STATEMENT_PARAMS = 900;

export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `find` for each slice of `values` (an `IN` list) and concatenates the rows. */
export async function findInChunks<V, R>(values: readonly V[], find: (slice: V[]) => Promise<R[]>): Promise<R[]> {
  const rows: R[] = [];
  for (const slice of chunksOf(values, MAX_STATEMENT_PARAMS)) rows.push(...(await find(slice)));
  return rows;
}

/** Runs `create` (a createMany) for slices of `rows` sized so that each statement stays under the limit. */
export async function createInChunks<R extends object>(
  rows: readonly R[],
  create: (slice: R[]) => Promise<unknown>,
): Promise<void> {
  if (rows.length === 0) return;
  // Every column of a row is one parameter; +1 for an id Prisma generates.
  const columns = Math.max(...rows.map((r) => Object.keys(r).length)) + 1;
  for (const slice of chunksOf(rows, Math.max(1, Math.floor(MAX_STATEMENT_PARAMS / columns)))) await create(slice);
}
