// Failure handling against the real server: a lost response or a 5xx is retried with the same
// Idempotency-Key (so nothing is stored twice), and a 429 is waited out using Retry-After.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimiter } from "@anzhi/api/v1/rate-limit";
import {
  Anzhi,
  AnzhiAbortError,
  AnzhiConflictError,
  AnzhiConnectionError,
  AnzhiRateLimitError,
  SyncError,
} from "../src/index";
import { incoming, startTestServer, type TestServer } from "./fixtures";

let s: TestServer;
let key: string;
// A tight limit for the free plan only; the fixtures' organisations are "professional".
const limiter = new RateLimiter({
  free: { ratePerSecond: 1, burst: 1 },
  standard: { ratePerSecond: 10, burst: 40 },
  professional: { ratePerSecond: 1000, burst: 1000 },
});

beforeAll(async () => {
  s = await startTestServer({ rateLimiter: limiter });
  key = await s.orgA.key(["records:read", "records:write"]);
});
afterAll(async () => s?.close());

function idempotencyKeyOf(init: RequestInit | undefined): string | null {
  return new Headers(init?.headers).get("idempotency-key");
}

describe("retries", () => {
  it("retries a request whose response was lost and stores the records once", async () => {
    const keys: (string | null)[] = [];
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      keys.push(idempotencyKeyOf(init));
      const response = await fetch(input, init);
      if (calls === 1) throw new TypeError("fetch failed: socket hang up"); // the server did the work
      return response;
    };
    const anzhi = new Anzhi({ apiKey: key, baseUrl: s.server.url, fetch: flaky, maxRetries: 3 });
    const report = await anzhi.inspections.incoming.pushBatch([incoming("R-1"), incoming("R-2")]);
    // The retry replays the first attempt's stored response: both still reported as created.
    expect(report.counts).toMatchObject({ created: 2, rejected: 0 });
    expect(calls).toBe(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await s.t.db.inspectionRecord.count({ where: { externalId: { in: ["R-1", "R-2"] } } })).toBe(2);
    expect(
      await s.t.db.auditEvent.count({
        where: { action: "inspection.create", entityId: { in: report.results.map((r) => r.id ?? "") } },
      }),
    ).toBe(2);
  });

  it("retries a 5xx and gives up with AnzhiConnectionError when the network stays down", async () => {
    let calls = 0;
    const failingOnce: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) return new Response("upstream unavailable", { status: 503 });
      return fetch(input, init);
    };
    const anzhi = new Anzhi({ apiKey: key, baseUrl: s.server.url, fetch: failingOnce, maxRetries: 2 });
    expect(await anzhi.inspections.incoming.push(incoming("R-3"))).toMatchObject({ status: "created" });
    expect(calls).toBe(2);

    const down = new Anzhi({ apiKey: key, baseUrl: "http://127.0.0.1:9", maxRetries: 1 });
    await expect(down.inspections.incoming.get("R-3")).rejects.toBeInstanceOf(AnzhiConnectionError);
  });

  it("replays the stored response for the same Idempotency-Key and refuses it for another body", async () => {
    const url = `${s.server.url}/api/v1/inspections/incoming`;
    const headers = {
      authorization: `Bearer ${key}`,
      "content-type": "application/json",
      "idempotency-key": "nightly-2026-11-20-0001",
    };
    const first = await fetch(url, { method: "POST", headers, body: JSON.stringify(incoming("I-1")) });
    const second = await fetch(url, { method: "POST", headers, body: JSON.stringify(incoming("I-1")) });
    expect(first.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
    const reused = await fetch(url, { method: "POST", headers, body: JSON.stringify(incoming("I-2")) });
    expect(reused.status).toBe(409);
    expect(await reused.json()).toMatchObject({
      error: { type: "conflict", code: "IDEMPOTENCY_KEY_REUSED", requestId: expect.any(String) },
    });
  });
});

describe("a call's own options", () => {
  it("sends the caller's idempotencyKey: a re-run of the same job replays, another body is refused", async () => {
    const anzhi = new Anzhi({ apiKey: key, baseUrl: s.server.url });
    const options = { idempotencyKey: "k3cloud-STK_InStock-CGRK00017" };
    const first = await anzhi.inspections.incoming.push(incoming("O-1"), options);
    const again = await anzhi.inspections.incoming.push(incoming("O-1"), options);
    expect(first).toMatchObject({ status: "created" });
    // The stored answer comes back ("created", not "unchanged"): the request was not run again.
    expect(again).toEqual(first);
    const other = await anzhi.inspections.incoming.push(incoming("O-2"), options).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(AnzhiConflictError);
    expect(other).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
  });

  it("overrides maxRetries for one call and aborts on the caller's signal", async () => {
    let calls = 0;
    const down: typeof fetch = async () => {
      calls += 1;
      throw new TypeError("fetch failed: connect ECONNREFUSED");
    };
    const anzhi = new Anzhi({ apiKey: key, baseUrl: s.server.url, fetch: down, maxRetries: 0 });
    await expect(anzhi.suppliers.get("V-0042", { maxRetries: 2 })).rejects.toBeInstanceOf(AnzhiConnectionError);
    expect(calls).toBe(3);

    const slow = new Anzhi({
      apiKey: key,
      baseUrl: s.server.url,
      fetch: async (input, init) => {
        await new Promise((r) => setTimeout(r, 200));
        return fetch(input, init);
      },
    });
    const error = await slow.inspections.incoming
      .sync([incoming("O-3"), incoming("O-4")], { batchSize: 1, concurrency: 1, signal: AbortSignal.timeout(50) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).cause).toBeInstanceOf(AnzhiAbortError);
    expect((error as SyncError).report.completed).toEqual([]);
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After and the SDK waits and succeeds", async () => {
    await s.t.db.organization.update({ where: { id: s.orgA.organizationId }, data: { plan: "free" } });
    const freeKey = await s.orgA.key(["records:read", "records:write"], { name: "free plan" });
    const url = `${s.server.url}/api/v1/inspections/incoming/R-1`;
    const auth = { authorization: `Bearer ${freeKey}` };
    expect((await fetch(url, { headers: auth })).status).toBe(200);
    const limited = await fetch(url, { headers: auth });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ error: { type: "rate_limited", code: "RATE_LIMITED" } });

    const anzhi = new Anzhi({ apiKey: freeKey, baseUrl: s.server.url, maxRetries: 3 });
    expect(await anzhi.inspections.incoming.get("R-1")).toMatchObject({ externalId: "R-1" });

    const impatient = new Anzhi({ apiKey: freeKey, baseUrl: s.server.url, maxRetries: 0 });
    const error = await impatient.inspections.incoming.get("R-1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnzhiRateLimitError);
    expect((error as AnzhiRateLimitError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await s.t.db.organization.update({ where: { id: s.orgA.organizationId }, data: { plan: "professional" } });
  });
});
