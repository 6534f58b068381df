// Who is pushing: an ERP API key of one organisation, optionally bound to one site.
import type { Locale } from "@anzhi/contracts";

export interface IngestCaller {
  organizationId: string;
  apiKeyId: string;
  /** The key's site binding, if any. */
  siteId: string | null;
  locale: Locale;
  /** The request's instant (one clock per request): timestamps and hazard due dates derive from it. */
  now: Date;
}

/** Interactive transactions queue behind SQLite's single writer: wait for them generously. */
export const INGEST_TX_OPTIONS = { maxWait: 60_000, timeout: 120_000 } as const;

/** Who writes inspection records in bulk: an ERP key, or a member importing the ERP's export file. */
export type InspectionWriter =
  | IngestCaller
  | (Omit<IngestCaller, "apiKeyId"> & {
      /** The member who imported the file (records get source "import"). */
      userId: string;
    });
