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
