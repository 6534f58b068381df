// ERP API keys (admin-managed). The secret is shown once at creation; afterwards only the prefix.
import { z } from "zod";
import { ApiScope } from "../enums";
import { requiredText, SiteIdSchema, uniqueArray } from "./common";

/** `anz_<8-char prefix>_<32-char secret>`; the SDK accepts exactly this alphabet. */
export const API_KEY_PATTERN = /^anz_([a-z0-9]{8})_([A-Za-z0-9]{32})$/;

export const ApiKeyCreateSchema = z.strictObject({
  name: requiredText(100),
  scopes: uniqueArray(ApiScope, 2).min(1, { error: "field.too_few" }),
  /** Bind the key to one site: its records default to and must belong to that site. */
  siteId: SiteIdSchema.optional(),
});
export type ApiKeyCreate = z.infer<typeof ApiKeyCreateSchema>;

export const ApiKeySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Public part, e.g. "anz_3f9a1c0d"; never the secret. */
  prefix: z.string(),
  scopes: z.array(ApiScope),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKeySummary = z.infer<typeof ApiKeySummarySchema>;

export const ApiKeyCreatedSchema = z.object({
  key: ApiKeySummarySchema,
  /** The full key, shown exactly once. */
  secret: z.string(),
});
export type ApiKeyCreated = z.infer<typeof ApiKeyCreatedSchema>;
