// The transport without a server: backoff arithmetic, which answers are retried and how often,
// one Idempotency-Key per logical request, a call's own timeoutMs / maxRetries, timeouts and aborts.
import { describe, expect, it } from "vitest";
import { AnzhiAbortError, AnzhiConnectionError, AnzhiTimeoutError } from "./errors";
import {
  backoffMs,
  CALL_RETRIES_HEADER,
  CALL_TIMEOUT_HEADER,
  createTransport,
  MAX_SERVER_WAIT_MS,
  retryDelayMs,
} from "./transport";

const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : "{}", { status, headers });

interface Seen {
  headers: Headers;
}

/** A transport over a scripted fetch: each call takes the next step (a status or a throw). */
function scripted(
  steps: ((signal: AbortSignal) => Promise<Response>)[],
  over: { maxRetries?: number; timeoutMs?: number } = {},
) {
  const seen: Seen[] = [];
  const waits: number[] = [];
  const transport = createTransport({
    apiKey: "anz_test_0123456789abcdef",
    locale: "en",
    userAgent: "anzhi-sdk-node/test",
    timeoutMs: over.timeoutMs ?? 5_000,
    maxRetries: over.maxRetries ?? 2,
    random: () => 0.5,
    sleep: async (ms) => {
      waits.push(ms);
    },
    fetch: async (_input, init) => {
      seen.push({ headers: new Headers(init?.headers) });
      const step = steps[seen.length - 1];
      if (!step) throw new Error(`unexpected attempt ${seen.length}`);
      return step(init?.signal as AbortSignal);
    },
  });
  return { transport, seen, waits };
}

const status =
  (code: number, headers: Record<string, string> = {}) =>
  async () =>
    answer(code, headers);
const hangUp = async (): Promise<Response> => {
  throw new TypeError("fetch failed: socket hang up");
};
/** Never answers; rejects when the attempt's signal aborts (its timeout or the caller's signal). */
const hang = (signal: AbortSignal) =>
  new Promise<Response>((_resolve, reject) => signal.addEventListener("abort", () => reject(signal.reason)));

describe("backoff", () => {
  it("is full jitter over base·2^attempt, capped at 20 s", () => {
    expect(backoffMs(0, 500, () => 0.5)).toBe(250);
    expect(backoffMs(3, 500, () => 0.5)).toBe(2_000);
    expect(backoffMs(3, 500, () => 0)).toBe(0);
    expect(backoffMs(20, 500, () => 0.999_999)).toBeLessThan(20_000);
    expect(backoffMs(20, 500, () => 0.5)).toBe(10_000);
  });

  it("waits at least what the server asks for, retry-after-ms before Retry-After, at most 60 s", () => {
    expect(retryDelayMs(0, 500, answer(503, { "retry-after": "3" }), () => 0)).toBe(3_000);
    expect(retryDelayMs(0, 500, answer(429, { "retry-after-ms": "120", "retry-after": "9" }), () => 0)).toBe(120);
    expect(retryDelayMs(0, 500, answer(429, { "retry-after": "3600" }), () => 0)).toBe(MAX_SERVER_WAIT_MS);
    // A backoff longer than the ask wins.
    expect(retryDelayMs(5, 500, answer(503, { "retry-after": "1" }), () => 0.5)).toBe(8_000);
    expect(retryDelayMs(1, 500, null, () => 0.5)).toBe(500);
  });
});

describe("createTransport", () => {
  it("retries 408, 429 and 5xx with one Idempotency-Key, then hands back the last answer", async () => {
    const { transport, seen, waits } = scripted([status(408), status(429, { "retry-after": "2" }), status(503)]);
    const res = await transport("https://x.example/api/v1/trpc/a", { method: "POST" });
    expect(res.status).toBe(503);
    expect(seen).toHaveLength(3);
    const keys = seen.map((s) => s.headers.get("idempotency-key"));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    expect(waits).toEqual([250, 2_000]);
    expect(seen[0]?.headers.get("authorization")).toBe("Bearer anz_test_0123456789abcdef");
  });

  it("does not retry other statuses, nor put an Idempotency-Key on a GET", async () => {
    for (const code of [200, 204, 400, 401, 403, 404, 409, 422]) {
      const { transport, seen } = scripted([status(code)]);
      expect((await transport("https://x.example/a", {})).status).toBe(code);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.headers.has("idempotency-key")).toBe(false);
    }
  });

  it("keeps the caller's Idempotency-Key", async () => {
    const { transport, seen } = scripted([hangUp, status(200)]);
    await transport("https://x.example/a", { method: "POST", headers: { "idempotency-key": "erp-job-7/batch-3" } });
    expect(seen.map((s) => s.headers.get("idempotency-key"))).toEqual(["erp-job-7/batch-3", "erp-job-7/batch-3"]);
  });

  it("takes a call's own maxRetries and timeoutMs from the internal headers and never sends them", async () => {
    const { transport, seen } = scripted([hangUp, hangUp, hangUp, hangUp, hangUp], { maxRetries: 1 });
    const error = await transport("https://x.example/a", {
      method: "POST",
      headers: { [CALL_RETRIES_HEADER]: "4", [CALL_TIMEOUT_HEADER]: "1000" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnzhiConnectionError);
    expect(error).not.toBeInstanceOf(AnzhiTimeoutError);
    expect(error).toMatchObject({ code: "CONNECTION_FAILED" });
    expect(seen).toHaveLength(5);
    for (const s of seen) {
      expect(s.headers.has(CALL_RETRIES_HEADER)).toBe(false);
      expect(s.headers.has(CALL_TIMEOUT_HEADER)).toBe(false);
    }
  });

  it("reports an attempt that ran out of time as AnzhiTimeoutError, a kind of AnzhiConnectionError", async () => {
    const { transport, seen } = scripted([hang, hang], { maxRetries: 1, timeoutMs: 30 });
    const error = await transport("https://x.example/a", { method: "POST" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnzhiTimeoutError);
    expect(error).toBeInstanceOf(AnzhiConnectionError);
    expect(error).toMatchObject({ code: "CONNECTION_TIMEOUT", message: expect.stringContaining("30 ms") });
    expect(seen).toHaveLength(2);
  });

  it("stops at the caller's abort without retrying", async () => {
    const { transport, seen } = scripted([hang, status(200)], { maxRetries: 3 });
    const controller = new AbortController();
    const pending = transport("https://x.example/a", { method: "POST", signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    await new Promise((r) => setTimeout(r, 10));
    controller.abort(new Error("ERP job cancelled"));
    const error = await pending;
    expect(error).toBeInstanceOf(AnzhiAbortError);
    expect(error).toMatchObject({ code: "ABORTED", message: expect.stringContaining("ERP job cancelled") });
    expect(seen).toHaveLength(1);
  });

  it("does not start when the signal has already aborted", async () => {
    const { transport, seen } = scripted([status(200)]);
    const error = await transport("https://x.example/a", { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnzhiAbortError);
    expect(seen).toHaveLength(0);
  });
});
