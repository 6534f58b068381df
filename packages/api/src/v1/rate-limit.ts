// Per-key rate limits: a token bucket per API key, sized by the organisation's plan. The bucket is a
// database row (RateLimitBucket), refilled and taken in one atomic upsert, so every web node over the
// same database shares it and a restart changes nothing (docs/decisions/030). A refused request gets
// 429 with Retry-After (whole seconds, ≥ 1) and retry-after-ms (the exact wait).
import type { Plan } from "@anzhi/contracts";
import { Prisma, type Db } from "@anzhi/db";

export interface BucketSpec {
  /** Requests per second, sustained. */
  ratePerSecond: number;
  /** Requests that may arrive at once. */
  burst: number;
}

export const PLAN_RATE_LIMITS: Record<Plan, BucketSpec> = {
  free: { ratePerSecond: 2, burst: 10 },
  standard: { ratePerSecond: 10, burst: 40 },
  professional: { ratePerSecond: 30, burst: 120 },
};

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number; retryAfterMs: number };

type BucketRow = { tokens: number; granted: boolean | number | bigint };

/**
 * The one statement that refills `keyId`'s bucket and takes a token at `at` (epoch ms), the same on
 * SQLite and PostgreSQL: refill (elapsed time × rate, capped at the burst) and take are computed
 * from the row as it is when the upsert locks it, so concurrent requests on any node never spend
 * the same token. A clock that runs behind the stored refill adds nothing (no negative refill).
 */
export function takeStatement(keyId: string, spec: BucketSpec, at: number): Prisma.Sql {
  const real = (n: number) => Prisma.sql`CAST(${n} AS DOUBLE PRECISION)`;
  // Qualified: PostgreSQL finds an unqualified column ambiguous in DO UPDATE (target or EXCLUDED).
  const elapsed = Prisma.sql`(CASE WHEN ${at} > b."refilledAt" THEN ${at} - b."refilledAt" ELSE 0 END)`;
  const filled = Prisma.sql`b."tokens" + ${elapsed} * ${real(spec.ratePerSecond / 1000)}`;
  const refill = Prisma.sql`(CASE WHEN ${filled} > ${real(spec.burst)} THEN ${real(spec.burst)} ELSE ${filled} END)`;
  return Prisma.sql`
    INSERT INTO "RateLimitBucket" AS b ("key", "tokens", "refilledAt", "granted")
    VALUES (${keyId}, ${real(spec.burst)} - 1, ${at}, TRUE)
    ON CONFLICT ("key") DO UPDATE SET
      "tokens" = CASE WHEN ${refill} >= 1 THEN ${refill} - 1 ELSE ${refill} END,
      "granted" = ${refill} >= 1,
      "refilledAt" = CASE WHEN ${at} > b."refilledAt" THEN ${at} ELSE b."refilledAt" END
    RETURNING "tokens", "granted"`;
}

/** The decision from the row the statement returned. */
export function decision(spec: BucketSpec, row: BucketRow | undefined): RateDecision {
  if (!row) throw new Error("RateLimitBucket upsert returned no row");
  if (Number(row.granted)) return { ok: true };
  const waitMs = Math.ceil(((1 - Number(row.tokens)) / spec.ratePerSecond) * 1000);
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), retryAfterMs: waitMs };
}

export class RateLimiter {
  constructor(private readonly limits: Record<Plan, BucketSpec> = PLAN_RATE_LIMITS) {}

  /** Takes one token from `keyId`'s bucket at `now` (one statement, see takeStatement). */
  async take(db: Db, keyId: string, plan: Plan, now: Date): Promise<RateDecision> {
    const spec = this.limits[plan];
    const rows = await db.$queryRaw<BucketRow[]>(takeStatement(keyId, spec, now.getTime()));
    return decision(spec, rows[0]);
  }
}
