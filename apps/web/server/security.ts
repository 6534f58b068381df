// What every request passes before Remix sees it (wired in ../server.ts, decided in
// docs/decisions/012-request-hardening.md):
//   • clientStamp   — the client address and protocol; X-Forwarded-* count only behind a proxy
//                     the operator named (ANZHI_TRUST_PROXY), otherwise they are removed.
//   • securityHeaders — CSP with a per-request nonce (res.locals.cspNonce, handed to Remix's
//                     scripts), frame-ancestors 'none', nosniff, Referrer-Policy, HSTS over https.
//   • sameOriginWrites — a state-changing request (anything but GET/HEAD/OPTIONS) from a browser
//                     must come from this origin; the ERP API (/api/v1, API keys, no cookies) and
//                     Stripe's webhook (/api/billing/webhook, verified by its signature) are exempt.
//   • bodyLimit     — a body larger than its route's cap is answered 413 before the rest is read.
import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from "@anzhi/contracts/uploads";

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

const FORWARDED = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"];

/**
 * Sets x-anzhi-client-ip (what sign-in throttling and the audit trail read) from Express's
 * `req.ip`, which follows X-Forwarded-For only under `trust proxy`. Without a trusted proxy the
 * forwarded headers are dropped, so neither Remix's request URL nor anything after it can be
 * steered by a client claiming https or another host.
 */
export function clientStamp(trustProxy: boolean | number | string): Middleware {
  return (req, _res, next) => {
    if (trustProxy === false) for (const h of FORWARDED) delete req.headers[h];
    req.headers["x-anzhi-client-ip"] = (trustProxy === false ? req.socket.remoteAddress : req.ip) ?? "";
    next();
  };
}

export interface CspOptions {
  /** Vite's dev server: HMR over a websocket and styles injected by script. */
  dev: boolean;
}

export function contentSecurityPolicy(nonce: string, opts: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // style attributes (charts, progress bars) and, in dev, the <style> tags Vite injects
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    opts.dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    // the service worker (/sw.js and the workbox runtime it imports, docs/decisions/034) and the
    // web app manifest: this origin only
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // a form post may end in a redirect to Stripe's Checkout or Customer Portal (billing, ADR 025)
    "form-action 'self' https://checkout.stripe.com https://billing.stripe.com",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(opts: CspOptions): Middleware {
  return (req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, opts));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (req.protocol === "https") res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Stripe's deliveries: no cookies, authenticated by the Stripe-Signature of the raw body. */
export const BILLING_WEBHOOK_PATH = "/api/billing/webhook";

function isErpApi(path: string): boolean {
  return path === "/api/v1" || path.startsWith("/api/v1/");
}

/**
 * Whether a request changes state on behalf of a browser from somewhere else. Browsers send
 * Origin on every cross-origin POST and on same-origin ones too; Sec-Fetch-Site covers a browser
 * that left Origin out. A request with neither comes from no browser (curl, the CLI) and carries
 * no one else's cookies, so it passes.
 */
export function isCrossOriginWrite(input: {
  method: string;
  path: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  ownOrigin: string;
}): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase()) || isErpApi(input.path) || input.path === BILLING_WEBHOOK_PATH)
    return false;
  if (input.origin !== undefined) return input.origin.toLowerCase() !== input.ownOrigin.toLowerCase();
  if (input.secFetchSite !== undefined) return input.secFetchSite !== "same-origin" && input.secFetchSite !== "none";
  return false;
}

export function sameOriginWrites(): Middleware {
  return (req, res, next) => {
    const ownOrigin = `${req.protocol}://${req.get("host") ?? ""}`;
    const cross = isCrossOriginWrite({
      method: req.method,
      path: req.path,
      origin: req.get("origin"),
      secFetchSite: req.get("sec-fetch-site"),
      ownOrigin,
    });
    if (!cross) return next();
    res.status(403).type("text/plain").send("Cross-origin request refused / 拒绝跨站请求");
  };
}

/** The ERP API's largest legal batch (1,000 records) with room to spare. */
export const V1_BODY_LIMIT = 16 * 1024 * 1024;
/** A form post with files: every file field full, plus its text fields. */
export const MULTIPART_BODY_LIMIT = MAX_UPLOAD_FILES * MAX_UPLOAD_BYTES + 4 * 1024 * 1024;
/** Everything else the browser posts: forms and tRPC JSON. */
export const APP_BODY_LIMIT = 1024 * 1024;

export function bodyLimitFor(path: string, contentType: string | undefined): number {
  if (isErpApi(path)) return V1_BODY_LIMIT;
  if (contentType?.toLowerCase().startsWith("multipart/form-data")) return MULTIPART_BODY_LIMIT;
  return APP_BODY_LIMIT;
}

function tooLarge(res: Response, limit: number) {
  res
    .status(413)
    .set("Connection", "close")
    .json({
      error: {
        code: "PAYLOAD_TOO_LARGE",
        message: `The request body is larger than ${limit} bytes / 请求内容超过 ${limit} 字节`,
        limit,
      },
    });
}

/**
 * Refuses a body over its cap: at once from Content-Length, or — for a chunked body — as soon as
 * the bytes read pass it (the connection is then closed, nothing more is read).
 */
export function bodyLimit(): Middleware {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const limit = bodyLimitFor(req.path, req.get("content-type"));
    const declared = Number(req.get("content-length"));
    if (Number.isFinite(declared) && declared > limit) {
      tooLarge(res, limit);
      return;
    }
    let seen = 0;
    req.on("data", (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limit && !res.headersSent) {
        tooLarge(res, limit);
        req.pause();
        res.once("finish", () => req.destroy());
      }
    });
    next();
  };
}
