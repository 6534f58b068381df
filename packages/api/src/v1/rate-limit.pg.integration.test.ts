// The rate limiter's statement on PostgreSQL (the Prisma client on PostgreSQL lands separately, so
// the statement runs here through `pg`, as two nodes' connection pools): the same text and parameters
// Prisma sends, a concurrent burst from both connections granted exactly the bucket's size.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgBinDir, startThrowawayPgServer, type PgServer } from "@anzhi/db/pg-server";
import { decision, takeStatement, type BucketSpec } from "./rate-limit.ts";

const hasPg = pgBinDir() !== null;
let server: PgServer;
let nodeA: pg.Pool;
let nodeB: pg.Pool;
const spec: BucketSpec = { ratePerSecond: 1, burst: 4 };

beforeAll(async () => {
  if (!hasPg) return;
  server = await startThrowawayPgServer("anzhi-ratelimit-pg-");
  // Each "node" a pool of its own, so the burst below really arrives concurrently.
  nodeA = new pg.Pool({ connectionString: server.url, max: 3 });
  nodeB = new pg.Pool({ connectionString: server.url, max: 3 });
  await nodeA.query(`DROP TABLE IF EXISTS "RateLimitBucket"`);
  // What `prisma migrate diff` emits for the model on PostgreSQL.
  await nodeA.query(
    `CREATE TABLE "RateLimitBucket" ("key" TEXT NOT NULL, "tokens" DOUBLE PRECISION NOT NULL, "refilledAt" BIGINT NOT NULL, "granted" BOOLEAN NOT NULL, CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key"))`,
  );
}, 60_000);

afterAll(async () => {
  await nodeA?.end();
  await nodeB?.end();
  server?.stop();
});

async function take(client: pg.Pool, key: string, at: number) {
  const stmt = takeStatement(key, spec, at);
  const { rows } = await client.query<{ tokens: number; granted: boolean }>(stmt.text, stmt.values as unknown[]);
  return decision(spec, rows[0]);
}

describe.skipIf(!hasPg)("RateLimitBucket on PostgreSQL", () => {
  it("shares one bucket between two connections, exactly, and refills with time", async () => {
    const at = Date.UTC(2027, 2, 15, 2);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => take(i % 2 === 0 ? nodeA : nodeB, "key-1", at)),
    );
    expect(answers.filter((d) => d.ok)).toHaveLength(4);
    expect(answers.filter((d) => !d.ok)[0]).toEqual({ ok: false, retryAfterSeconds: 1, retryAfterMs: 1000 });
    expect((await take(nodeB, "key-1", at + 1000)).ok).toBe(true);
    expect((await take(nodeA, "key-1", at + 1000)).ok).toBe(false);
    // A node whose clock runs behind gets nothing back.
    expect((await take(nodeA, "key-1", at - 30_000)).ok).toBe(false);
  });
});
