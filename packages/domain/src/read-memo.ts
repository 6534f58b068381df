// Reference data read once per query: the organisation's calendar, clock row and duties are read by
// many of the functions one page's queries compose (the dashboard read the calendar six times and
// the officers' duties three times, 86 statements for one /app). Inside `withReadMemo` — the API
// runs every tRPC query in one, sharing the request's cache — `memoRead` keeps the first read's
// promise under its key; outside one (mutations, the scheduler, tests, scripts) it reads every time,
// so a write and the reads after it inside one call never see a stale value. Values are shared
// between callers: nothing a memoised loader returns may be mutated.
import { AsyncLocalStorage } from "node:async_hooks";

const memo = new AsyncLocalStorage<Map<string, Promise<unknown>>>();

/** Runs `fn` with `cache` as the memo of `memoRead` (a request's read-only work). */
export function withReadMemo<T>(cache: Map<string, Promise<unknown>>, fn: () => T): T {
  return memo.run(cache, fn);
}

/** `load()` once per memo for `key` (include every argument the value depends on); a failed read is not kept. */
export function memoRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const cache = memo.getStore();
  if (!cache) return load();
  const k = `read:${key}`;
  const hit = cache.get(k) as Promise<T> | undefined;
  if (hit) return hit;
  const value = load();
  cache.set(k, value);
  value.catch(() => cache.delete(k));
  return value;
}
