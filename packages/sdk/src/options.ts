import { z } from "zod";

export const AnzhiOptionsSchema = z.strictObject({
  apiKey: z.string().regex(/^anz_[A-Za-z0-9_-]{16,}$/, { error: "apiKey must be an Anzhi API key (anz_…)" }),
  baseUrl: z.url({ error: "baseUrl must be an absolute http(s) URL" }).refine((u) => /^https?:\/\//.test(u), {
    error: "baseUrl must use http or https",
  }),
  timeoutMs: z.number().int().positive().max(600_000).default(60_000),
  maxRetries: z.number().int().min(0).max(10).default(2),
  /** Language of server messages and client-side validation messages. */
  locale: z.enum(["zh-CN", "en"]).default("zh-CN"),
  fetch: z.custom<typeof fetch>((f) => typeof f === "function", { error: "fetch must be a function" }).optional(),
});

export type AnzhiOptions = z.input<typeof AnzhiOptionsSchema>;
export type ResolvedAnzhiOptions = z.output<typeof AnzhiOptionsSchema>;

/**
 * The last argument of every method: overrides for this one call. `timeoutMs` and `maxRetries`
 * replace the client's for this call; `signal` aborts it (AnzhiAbortError, no retry);
 * `idempotencyKey` is sent as Idempotency-Key on writes instead of a fresh UUID, so a job that
 * re-sends the same request after a crash gets the stored answer back (the same key with a
 * different body is refused with IDEMPOTENCY_KEY_REUSED).
 */
export const RequestOptionsSchema = z.strictObject({
  signal: z.custom<AbortSignal>((s) => s instanceof AbortSignal, { error: "signal must be an AbortSignal" }).optional(),
  timeoutMs: AnzhiOptionsSchema.shape.timeoutMs.unwrap().optional(),
  maxRetries: AnzhiOptionsSchema.shape.maxRetries.unwrap().optional(),
  idempotencyKey: z
    .string()
    .trim()
    .min(1, { error: "idempotencyKey must not be empty" })
    .max(255, { error: "idempotencyKey is at most 255 characters" })
    .regex(/^[\x21-\x7e]+$/, { error: "idempotencyKey must be printable ASCII without spaces" })
    .optional(),
});

export type RequestOptions = z.input<typeof RequestOptionsSchema>;
/** Options of a read (get, list): an Idempotency-Key means nothing there. */
export type ReadOptions = Omit<RequestOptions, "idempotencyKey">;
