// Test helpers for router integration tests: sign an organisation up or log in through the real
// procedures, and get a caller bound to the resulting session cookie (resolved exactly as an HTTP
// request would be).
import type { RouterInputs } from "../routers/app.ts";
import { usccCheckChar } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { systemClock, type Clock } from "@anzhi/domain/clock";
import { createCaller } from "../routers/app.ts";
import { contextForRequest } from "../http.ts";
import { createContextInner } from "../trpc/context.ts";
import { SESSION_COOKIE } from "../session-cookie.ts";

export type Caller = ReturnType<typeof createCaller>;

export const TEST_PASSWORD = "correct-horse-battery";

/** A valid USCC whose organisation code part is derived from `n` (distinct per n). */
export function usccFor(n: number): string {
  const first17 = `91320400MA${String(n).padStart(6, "0")}0`.slice(0, 17);
  return first17 + usccCheckChar(first17);
}

export function signUpInput(
  n: number,
  overrides: Partial<RouterInputs["auth"]["signUp"]> = {},
): RouterInputs["auth"]["signUp"] {
  return {
    kind: "producer",
    name: `测试企业${n}`,
    uscc: usccFor(n),
    regionCode: "320411",
    address: "江苏省常州市新北区测试路1号",
    timeZone: "Asia/Shanghai",
    employeeCount: 120,
    annualRevenueWanYuan: 8000,
    userName: `负责人${n}`,
    email: `principal${n}@example.test`,
    password: TEST_PASSWORD,
    ...overrides,
  };
}

/** The `anzhi_session` token a procedure set on its response headers. */
export function tokenFrom(resHeaders: Headers): string {
  for (const cookie of resHeaders.getSetCookie()) {
    const m = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(cookie);
    if (m?.[1]) return decodeURIComponent(m[1]);
  }
  throw new Error("no session cookie was set");
}

export interface CallerOptions {
  ip?: string;
  resHeaders?: Headers;
  /** The clock the caller runs at (default: the real time); see `testing/clock.ts`. */
  clock?: Clock;
}

/**
 * A caller resolved exactly as an HTTP request with this session cookie would be. A test reuses it
 * for many calls, each standing for one request: every call re-reads the clock (`clock`, or the
 * real time), where one HTTP request would freeze one instant.
 */
export async function callerWithToken(db: Db, token: string, opts: CallerOptions = {}): Promise<Caller> {
  const headers = new Headers({ cookie: `${SESSION_COOKIE}=${encodeURIComponent(token)}` });
  if (opts.ip) headers.set("x-anzhi-client-ip", opts.ip);
  const request = new Request("http://localhost/api/trpc", { headers });
  const ctx = await contextForRequest(db, request, opts.resHeaders, opts.clock);
  // One context per call, as one request each would have (its own lookups read afresh).
  return createCaller(() => ({ ...ctx, now: opts.clock ?? systemClock, requestCache: new Map() }));
}

export function anonymousCaller(db: Db, opts: CallerOptions = {}): Caller {
  return createCaller(
    createContextInner({
      db,
      ip: opts.ip ?? "127.0.0.1",
      resHeaders: opts.resHeaders ?? new Headers(),
      ...(opts.clock ? { now: opts.clock } : {}),
    }),
  );
}

/** Signs up organisation `n`; returns its principal's caller and token. */
export async function signUpOrg(
  db: Db,
  n: number,
  overrides: Record<string, unknown> = {},
  opts: Pick<CallerOptions, "clock"> = {},
) {
  const resHeaders = new Headers();
  const result = await anonymousCaller(db, { resHeaders, ...opts }).auth.signUp(signUpInput(n, overrides));
  const token = tokenFrom(resHeaders);
  return { ...result, token, caller: await callerWithToken(db, token, opts) };
}

export async function loginAs(db: Db, email: string, password = TEST_PASSWORD, ip = "127.0.0.1") {
  const resHeaders = new Headers();
  const result = await anonymousCaller(db, { resHeaders, ip }).auth.login({ email, password });
  const token = tokenFrom(resHeaders);
  return { ...result, token, caller: await callerWithToken(db, token, { ip }) };
}
