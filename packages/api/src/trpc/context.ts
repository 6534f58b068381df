// Request context. `createContextInner` is what tests call directly (no HTTP); the adapters
// resolve the caller (session cookie, API key) and then call it.
import type { Db } from "@anzhi/db";
import type { Locale } from "@anzhi/contracts";
import { randomUUID } from "node:crypto";
import { systemClock } from "@anzhi/domain/clock";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

export interface ContextInner {
  db: Db;
  requestId: string;
  locale: Locale;
  /** The signed-in person (web session), if any. */
  user: SessionUser | null;
  /** Session id, for logout and organisation switching. */
  sessionId: string | null;
  /** Organisation chosen in the session (a member may belong to several). */
  activeOrganizationId: string | null;
  /** An authenticated ERP API key, if the request carried one. */
  apiKey: { id: string; organizationId: string; scopes: string[]; siteId: string | null } | null;
  /** Response headers a procedure wants to set (cookies, Retry-After). */
  resHeaders: Headers;
  /**
   * The request's clock. Over HTTP it answers the one instant read when the request arrived;
   * tests inject a fixed or movable clock (`@anzhi/api/testing/clock`).
   */
  now: () => Date;
  /** Client address (set by the server, not by the client) and user agent, for throttling and audit. */
  ip: string | null;
  userAgent: string | null;
  /** Whether cookies set for this request need the Secure flag (the request came over https). */
  secureCookies: boolean;
  /**
   * Lookups every procedure of one request repeats (the caller's membership), read once and
   * shared by the request's calls; a mutation empties it, so a call after a write reads afresh.
   * Only a context made for one HTTP request has one (`contextForRequest`); null reads every time.
   */
  requestCache: Map<string, Promise<unknown>> | null;
  /** The origin the request came to (https://host), for links in e-mails when ANZHI_PUBLIC_URL is unset. */
  origin: string | null;
}

export function createContextInner(opts: Partial<ContextInner> & { db: Db }): ContextInner {
  return {
    requestId: opts.requestId ?? randomUUID(),
    locale: opts.locale ?? "zh-CN",
    user: opts.user ?? null,
    sessionId: opts.sessionId ?? null,
    activeOrganizationId: opts.activeOrganizationId ?? null,
    apiKey: opts.apiKey ?? null,
    resHeaders: opts.resHeaders ?? new Headers(),
    now: opts.now ?? systemClock,
    ip: opts.ip ?? null,
    userAgent: opts.userAgent ?? null,
    secureCookies: opts.secureCookies ?? false,
    requestCache: opts.requestCache ?? null,
    origin: opts.origin ?? null,
    db: opts.db,
  };
}

/** Simplified Chinese unless the user chose English with the toggle (the `lng` cookie). */
export function localeFromRequest(headers: Headers): Locale {
  const cookie = headers.get("cookie") ?? "";
  const m = /(?:^|;\s*)lng=([^;]+)/.exec(cookie);
  return m?.[1] === "en" ? "en" : "zh-CN";
}
