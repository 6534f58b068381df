// The fetch the tRPC link uses: per-attempt timeout, and retries with exponential backoff and
// full jitter on network errors, 408, 429 and 5xx (honouring retry-after-ms / Retry-After, at most
// 60 s). An attempt is over only when its whole body has arrived: a connection that dies after the
// headers, or a timeout while the body is still coming, is a connection failure and is retried
// like one. Every logical request gets one Idempotency-Key that all its retries reuse, so a retry
// after a lost response replays the stored result instead of writing twice (the caller may give
// its own). A call's own timeoutMs / maxRetries arrive as two internal headers set by the tRPC
// link (rpc.ts); they are read and removed here, never sent.
import { randomUUID } from "node:crypto";
import { AnzhiAbortError, AnzhiConnectionError, AnzhiTimeoutError } from "./errors";

export interface TransportOptions {
  fetch: typeof fetch;
  apiKey: string;
  timeoutMs: number;
  maxRetries: number;
  locale: string;
  userAgent: string;
  /** Backoff base; the n-th retry waits up to base·2ⁿ (capped), at least Retry-After. */
  retryBaseMs?: number;
  sleep?: (ms: number, signal?: AbortSignal | null) => Promise<void>;
  random?: () => number;
}

/** Internal headers carrying one call's timeoutMs / maxRetries from the link to the transport. */
export const CALL_TIMEOUT_HEADER = "x-anzhi-sdk-timeout-ms";
export const CALL_RETRIES_HEADER = "x-anzhi-sdk-max-retries";

const MAX_BACKOFF_MS = 20_000;
/** The longest wait a server may ask for (retry-after-ms / Retry-After); longer asks are capped. */
export const MAX_SERVER_WAIT_MS = 60_000;
const RETRY_STATUS = (s: number) => s === 408 || s === 429 || s >= 500;
const NULL_BODY_STATUS = new Set([204, 205, 304]);

/** Retry-After in seconds from a response, if present (seconds or an HTTP date). */
export function retryAfterSeconds(response: Response): number | null {
  const raw = response.headers.get("retry-after");
  if (!raw) return null;
  const n = Number(raw);
  if (Number.isFinite(n)) return Math.max(0, n);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, (at - Date.now()) / 1000);
}

/** The wait a response asks for in ms: `retry-after-ms` first, else Retry-After; capped at 60 s. */
export function serverWaitMs(response: Response): number | null {
  const ms = Number(response.headers.get("retry-after-ms") ?? Number.NaN);
  const wait = Number.isFinite(ms) && ms >= 0 ? ms : (retryAfterSeconds(response) ?? Number.NaN) * 1000;
  return Number.isFinite(wait) ? Math.min(wait, MAX_SERVER_WAIT_MS) : null;
}

/** Full-jitter exponential backoff: a uniform wait in [0, min(20 s, base·2^attempt)). */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  return random() * Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt);
}

/** The wait before retry number `attempt + 1`: the backoff, but never less than the server asked for. */
export function retryDelayMs(
  attempt: number,
  baseMs: number,
  response: Response | null,
  random: () => number = Math.random,
): number {
  return Math.max(backoffMs(attempt, baseMs, random), (response && serverWaitMs(response)) ?? 0);
}

function intHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  headers.delete(name);
  return raw === null ? undefined : Number(raw);
}

/** A signal that aborts after `ms` or when `outer` aborts (AbortSignal.any needs Node 20). */
function attemptSignal(
  ms: number,
  outer: AbortSignal | null | undefined,
): { signal: AbortSignal; timedOut: () => boolean; done: () => void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`timed out after ${ms} ms`));
  }, ms);
  // Never keep the process alive just for this timer.
  (timer as { unref?: () => void }).unref?.();
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener("abort", onAbort);
    },
  };
}

/** Waits `ms`, or less if `signal` aborts first (the caller then sees the abort). */
function defaultSleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export function createTransport(opts: TransportOptions): typeof fetch {
  const base = opts.retryBaseMs ?? 500;
  const sleep = opts.sleep ?? defaultSleep;
  const random = opts.random ?? Math.random;

  return async function anzhiFetch(input, init) {
    const headers = new Headers(init?.headers);
    const timeoutMs = intHeader(headers, CALL_TIMEOUT_HEADER) ?? opts.timeoutMs;
    const maxRetries = intHeader(headers, CALL_RETRIES_HEADER) ?? opts.maxRetries;
    headers.set("authorization", `Bearer ${opts.apiKey}`);
    headers.set("accept-language", opts.locale);
    headers.set("user-agent", opts.userAgent);
    const method = (init?.method ?? "GET").toUpperCase();
    if (method === "POST" && !headers.has("idempotency-key")) headers.set("idempotency-key", randomUUID());
    const outer = init?.signal;
    let lastError: unknown;
    for (let attempt = 0; ; attempt++) {
      if (outer?.aborted) throw new AnzhiAbortError(outer.reason);
      const attemptCtl = attemptSignal(timeoutMs, outer);
      try {
        const response = await opts.fetch(input, { ...init, headers, signal: attemptCtl.signal });
        if (!RETRY_STATUS(response.status) || attempt >= maxRetries) {
          // Read the whole body under this attempt's timer: a body that breaks off is retried here
          // rather than surfacing from tRPC's JSON parse as a server error.
          const body = NULL_BODY_STATUS.has(response.status) ? null : await response.arrayBuffer();
          attemptCtl.done();
          return new Response(body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          });
        }
        attemptCtl.done();
        const wait = retryDelayMs(attempt, base, response, random);
        await response.body?.cancel().catch(() => undefined);
        await sleep(wait, outer);
      } catch (error) {
        attemptCtl.done();
        if (outer?.aborted) throw new AnzhiAbortError(outer.reason);
        lastError = error;
        if (attempt >= maxRetries) {
          if (attemptCtl.timedOut()) {
            throw new AnzhiTimeoutError(`Could not reach Anzhi: timed out after ${timeoutMs} ms`, {
              code: "CONNECTION_TIMEOUT",
              cause: lastError,
            });
          }
          const reason = error instanceof Error ? error.message : String(error);
          throw new AnzhiConnectionError(`Could not reach Anzhi: ${reason}`, {
            code: "CONNECTION_FAILED",
            cause: lastError,
          });
        }
        await sleep(retryDelayMs(attempt, base, null, random), outer);
      }
    }
  };
}
