// The rate limit lives in the database (RateLimitBucket), not in a process: two v1 handlers over the
// same database — two web nodes — spend one bucket per API key, and a burst sent to both at once is
// granted exactly the bucket's size (docs/decisions/030).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createV1Handler } from "./http.ts";
import { RateLimiter } from "./rate-limit.ts";
import { createIngestFixture } from "./testing.ts";

const BASE = "http://localhost/api/v1";
const limits = {
  free: { ratePerSecond: 1, burst: 4 },
  standard: { ratePerSecond: 10, burst: 40 },
  professional: { ratePerSecond: 1000, burst: 1000 },
};
let t: TestDb;
let at = new Date("2027-03-15T02:00:00Z");
const clock = () => at;
let nodeA: (request: Request) => Promise<Response>;
let nodeB: (request: Request) => Promise<Response>;
let keyOne: string;
let keyTwo: string;

beforeAll(async () => {
  t = await createTestDb("anzhi-v1-ratelimit-");
  // Each node has its own limiter object, as two processes would: nothing is shared but the database.
  nodeA = createV1Handler({ db: t.db, clock, rateLimiter: new RateLimiter(limits) });
  nodeB = createV1Handler({ db: t.db, clock, rateLimiter: new RateLimiter(limits) });
  const org = await createIngestFixture(t.db, { slug: "v1-ratelimit", plan: "free" });
  keyOne = await org.key(["records:read"], { name: "one" });
  keyTwo = await org.key(["records:read"], { name: "two" });
});
afterAll(async () => t?.cleanup());

const list = (node: (r: Request) => Promise<Response>, key: string) =>
  node(new Request(`${BASE}/suppliers`, { headers: { authorization: `Bearer ${key}`, "accept-language": "en" } }));

describe("rate limits shared by every node", () => {
  it("spends one bucket across two nodes and refills with the clock", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await list(i % 2 === 0 ? nodeA : nodeB, keyOne)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const refused = await list(nodeB, keyOne);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.headers.get("retry-after-ms")).toBe("1000");
    expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    // Another key of the same organisation has its own bucket.
    expect((await list(nodeB, keyTwo)).status).toBe(200);
    // One second later one token has come back (on either node), and only one.
    at = new Date(at.getTime() + 1000);
    expect((await list(nodeB, keyOne)).status).toBe(200);
    expect((await list(nodeA, keyOne)).status).toBe(429);
  });

  it("grants a concurrent burst sent to both nodes exactly the bucket's size", async () => {
    at = new Date(at.getTime() + 60_000); // the bucket is full again
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => list(i % 2 === 0 ? nodeA : nodeB, keyOne).then((r) => r.status)),
    );
    expect(answers.filter((s) => s === 200)).toHaveLength(4);
    expect(answers.filter((s) => s === 429)).toHaveLength(8);
    expect(await t.db.rateLimitBucket.count()).toBe(2);
  });

  it("does not refill when a node's clock runs behind the stored refill", async () => {
    at = new Date(at.getTime() - 30_000);
    expect((await list(nodeA, keyOne)).status).toBe(429);
  });
});
