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

export class RateLimiter {
  constructor(private readonly limits: Record<Plan, BucketSpec> = PLAN_RATE_LIMITS) {}

  /**
   * Takes one token from `keyId`'s bucket at `now`. One statement on SQLite and PostgreSQL alike:
   * the refill (elapsed time × rate, capped at the burst) and the take are computed from the row as
   * it is when the upsert locks it, so concurrent requests on any node never spend the same token.
   * A clock that runs behind the stored refill adds nothing (no negative refill).
   */
  async take(db: Db, keyId: string, plan: Plan, now: Date): Promise<RateDecision> {
    const spec = this.limits[plan];
    const at = now.getTime();
    const rate = spec.ratePerSecond / 1000;
    const burst = spec.burst;
    const real = (n: number) => Prisma.sql`CAST(${n} AS DOUBLE PRECISION)`;
    const elapsed = Prisma.sql`(CASE WHEN ${at} > "refilledAt" THEN ${at} - "refilledAt" ELSE 0 END)`;
    const filled = Prisma.sql`"tokens" + ${elapsed} * ${real(rate)}`;
    const refill = Prisma.sql`(CASE WHEN ${filled} > ${real(burst)} THEN ${real(burst)} ELSE ${filled} END)`;
    const rows = await db.$queryRaw<Array<{ tokens: number; granted: boolean | number | bigint }>>`
      INSERT INTO "RateLimitBucket" ("key", "tokens", "refilledAt", "granted")
      VALUES (${keyId}, ${real(burst)} - 1, ${at}, TRUE)
      ON CONFLICT ("key") DO UPDATE SET
        "tokens" = CASE WHEN ${refill} >= 1 THEN ${refill} - 1 ELSE ${refill} END,
        "granted" = ${refill} >= 1,
        "refilledAt" = CASE WHEN ${at} > "refilledAt" THEN ${at} ELSE "refilledAt" END
      RETURNING "tokens", "granted"`;
    const row = rows[0];
    if (!row) throw new Error("RateLimitBucket upsert returned no row");
    if (Number(row.granted)) return { ok: true };
    const waitMs = Math.ceil(((1 - Number(row.tokens)) / spec.ratePerSecond) * 1000);
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), retryAfterMs: waitMs };
  }
}
