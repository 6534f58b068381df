// Per-key rate limits: an in-memory token bucket per API key, sized by the organisation's plan.
// One process serves the API (SQLite has one writer), so in-memory state is exact; a restart
// refills every bucket. A refused request gets 429 with Retry-After (whole seconds, ≥ 1) and
// retry-after-ms (the exact wait).
import type { Plan } from "@anzhi/contracts";

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
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limits: Record<Plan, BucketSpec> = PLAN_RATE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  take(keyId: string, plan: Plan): RateDecision {
    const spec = this.limits[plan];
    const now = this.now();
    const bucket = this.#buckets.get(keyId) ?? { tokens: spec.burst, at: now };
    bucket.tokens = Math.min(spec.burst, bucket.tokens + ((now - bucket.at) / 1000) * spec.ratePerSecond);
    bucket.at = now;
    this.#buckets.set(keyId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    const waitMs = Math.ceil(((1 - bucket.tokens) / spec.ratePerSecond) * 1000);
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), retryAfterMs: waitMs };
  }
}
