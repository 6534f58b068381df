// @anzhi/sdk — typed client for Anzhi's ERP ingest API (v1). The resources arrive with the ERP
// ingest work; this entry validates options so misconfiguration fails at construction time.
import { AnzhiOptionsSchema, type AnzhiOptions, type ResolvedAnzhiOptions } from "./options";

export type { AnzhiOptions } from "./options";

export class AnzhiConfigError extends Error {
  override name = "AnzhiConfigError";
}

export class Anzhi {
  readonly options: Readonly<Omit<ResolvedAnzhiOptions, "apiKey">>;
  readonly #apiKey: string;

  constructor(options: AnzhiOptions) {
    const parsed = AnzhiOptionsSchema.safeParse(options);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new AnzhiConfigError(`${first?.path.join(".") || "options"}: ${first?.message ?? "invalid"}`);
    }
    const { apiKey, ...rest } = parsed.data;
    this.#apiKey = apiKey;
    this.options = { ...rest, baseUrl: rest.baseUrl.replace(/\/+$/, "") };
  }

  /** The key's public prefix (never the secret), for logs. */
  get keyPrefix(): string {
    return this.#apiKey.slice(0, 12);
  }
}
