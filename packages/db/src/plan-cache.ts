// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration for untyped runtime files; packages that compile these sources include only what they import
/// <reference path="./query-compiler.d.ts" />
// Prisma's JS engine (engine "js", 6.19) compiles every query into a plan in its WebAssembly query
// compiler, every time: on the /app dashboard that compile was more than half of Prisma's CPU (1.6 of
// 3.1 s over 65 requests). The plan is a pure function of the request JSON it is given (model,
// action, arguments with their values, selection), so an identical request — the same page of the
// same organisation asked again, fifty connections on one dashboard — can reuse the plan. Plans are
// kept per compiler instance (one per client and schema) in a bounded LRU, frozen so that nothing
// can change a shared plan; different arguments are different keys, so a cached plan never answers
// another request. Batches (compileBatch) are not cached.
import { QueryCompiler as PgCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { QueryCompiler as SqliteCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";

/** Plans kept per compiler; a request JSON over MAX_KEY_CHARS is compiled every time. */
export const PLAN_CACHE_SIZE = 2000;
const MAX_KEY_CHARS = 16_384;

interface Compiler {
  compile(request: string): unknown;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

const caches = new WeakMap<object, Map<string, unknown>>();
const stats = { hits: 0, misses: 0 };

/** Hit and miss counts since the process started (tests and the bench read them). */
export function planCacheStats(): Readonly<typeof stats> {
  return { ...stats };
}

function install(proto: Compiler): void {
  const compile = proto.compile;
  if ((compile as { cached?: true }).cached) return;
  const cached = function (this: Compiler, request: string): unknown {
    if (request.length > MAX_KEY_CHARS) return compile.call(this, request);
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    const hit = cache.get(request);
    if (hit !== undefined) {
      // Most recently used last: delete and set again.
      cache.delete(request);
      cache.set(request, hit);
      stats.hits++;
      return hit;
    }
    stats.misses++;
    const plan = deepFreeze(compile.call(this, request));
    cache.set(request, plan);
    if (cache.size > PLAN_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return plan;
  };
  (cached as { cached?: true }).cached = true;
  proto.compile = cached;
}

install(SqliteCompiler.prototype);
install(PgCompiler.prototype);
