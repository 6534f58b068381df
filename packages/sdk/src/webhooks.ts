// Verifying webhooks from Anzhi (Standard Webhooks, https://www.standardwebhooks.com): each
// delivery carries `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`, a
// space-separated list of `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">` keyed with the
// base64 part of the endpoint's `whsec_…` secret. During a secret rotation Anzhi signs with both
// the old and the new secret, and a receiver may hold both: any match is accepted.
//
//   app.post("/anzhi-webhook", express.raw({ type: "application/json" }), (req, res) => {
//     const event = Anzhi.webhooks.verify(req.body, req.headers, process.env.ANZHI_WEBHOOK_SECRET);
//     …
//   });
import { createHmac, timingSafeEqual } from "node:crypto";
import { AnzhiError } from "./errors";

/** A Fetch `Headers` or a Node `IncomingHttpHeaders`-like object (header names in any case). */
/** The body of a verified delivery, discriminated by `type`: `verify<AnzhiWebhookEvent>(…)`. */
export type { WebhookEventBody as AnzhiWebhookEvent, WebhookEventType, WebhookPayload } from "@anzhi/contracts";

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface WebhookVerifyOptions {
  /** How far `webhook-timestamp` may be from now, in seconds, either way (default 300). */
  toleranceSeconds?: number;
  /** The time to check the timestamp against (default: the clock). */
  now?: Date;
}

export type WebhookVerificationCode =
  | "WEBHOOK_HEADERS_MISSING"
  | "WEBHOOK_TIMESTAMP_OUT_OF_RANGE"
  | "WEBHOOK_SIGNATURE_INVALID"
  | "WEBHOOK_SECRET_INVALID"
  | "WEBHOOK_BODY_INVALID";

/** The delivery is not a genuine, fresh one from Anzhi (or the receiver passed a parsed body). */
export class AnzhiWebhookVerificationError extends AnzhiError {
  override name = "AnzhiWebhookVerificationError";
  declare readonly code: WebhookVerificationCode;
  constructor(code: WebhookVerificationCode, message: string) {
    super(message, { code });
  }
}

const SECRET_PREFIX = "whsec_";
const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value.join(" ") : value;
  }
  return undefined;
}

function keyOf(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = Buffer.from(encoded, "base64");
  if (key.length < 16 || key.toString("base64").replace(/=+$/, "") !== encoded.replace(/=+$/, "")) {
    throw new AnzhiWebhookVerificationError(
      "WEBHOOK_SECRET_INVALID",
      "The webhook secret is not a whsec_… secret from Anzhi (base64, at least 16 bytes)",
    );
  }
  return key;
}

function rawBody(body: unknown): Buffer {
  if (typeof body === "string") return Buffer.from(body, "utf8");
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  throw new AnzhiWebhookVerificationError(
    "WEBHOOK_BODY_INVALID",
    "Pass the raw request body (string or bytes), not parsed JSON: the signature covers the exact bytes",
  );
}

/** The base64 `v1` signature of a delivery (what Anzhi sends in webhook-signature, after "v1,"). */
export function webhookSignature(secret: string, id: string, timestamp: number, body: string | Uint8Array): string {
  return createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.`).update(rawBody(body)).digest("base64");
}

/**
 * Checks a delivery's signature and timestamp against the endpoint's secret (or each of several
 * during a rotation) and returns the parsed JSON body. Throws AnzhiWebhookVerificationError.
 */
export function verifyWebhook<T = unknown>(
  body: string | Uint8Array | ArrayBuffer,
  headers: WebhookHeaders,
  secret: string | readonly string[],
  options: WebhookVerifyOptions = {},
): T {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !timestamp || !signatures) {
    throw new AnzhiWebhookVerificationError(
      "WEBHOOK_HEADERS_MISSING",
      "webhook-id, webhook-timestamp and webhook-signature are all required",
    );
  }
  const seconds = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (!Number.isFinite(seconds) || Math.abs(now - seconds) > tolerance) {
    throw new AnzhiWebhookVerificationError(
      "WEBHOOK_TIMESTAMP_OUT_OF_RANGE",
      `webhook-timestamp ${timestamp} is more than ${tolerance} s from now (a replay, or a wrong clock)`,
    );
  }
  const bytes = rawBody(body);
  const given = signatures
    .split(" ")
    .map((s) => s.trim())
    .filter((s) => s.startsWith("v1,"))
    .map((s) => Buffer.from(s.slice(3), "base64"));
  const secrets = typeof secret === "string" ? [secret] : secret;
  const match = secrets.some((s) => {
    const expected = Buffer.from(webhookSignature(s, id, seconds, bytes), "base64");
    return given.some((g) => g.length === expected.length && timingSafeEqual(g, expected));
  });
  if (!match) {
    throw new AnzhiWebhookVerificationError(
      "WEBHOOK_SIGNATURE_INVALID",
      "No webhook-signature matches the secret: not sent by Anzhi, or altered on the way",
    );
  }
  try {
    return JSON.parse(bytes.toString("utf8")) as T;
  } catch {
    throw new AnzhiWebhookVerificationError("WEBHOOK_BODY_INVALID", "The signed body is not JSON");
  }
}

/** `Anzhi.webhooks`: everything a receiver needs, without an API key. */
export const webhooks = { verify: verifyWebhook } as const;
