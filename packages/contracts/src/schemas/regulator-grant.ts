// An organisation's grant of read access to a regulator agency.
import { z } from "zod";
import { Ledger } from "../enums";
import { LocalDateSchema } from "../periods";
import { DateTimeSchema, IdSchema, uniqueArray } from "./common";

export const RegulatorGrantCreateSchema = z.strictObject({
  agencyId: IdSchema,
  /** Specific ledgers, or "all" (which also covers ledgers added later). */
  ledgers: z.union([
    z.literal("all"),
    uniqueArray(Ledger, Ledger.options.length).min(1, { error: "grant.ledgers_required" }),
  ]),
  /** No expiry when absent; the domain rejects instants in the past. */
  expiresAt: DateTimeSchema.optional(),
  note: z.string().trim().max(500, { error: "field.too_long" }).optional(),
});
export type RegulatorGrantCreate = z.infer<typeof RegulatorGrantCreateSchema>;

/** The ledgers a grant opens. */
export function grantedLedgers(grant: Pick<RegulatorGrantCreate, "ledgers">): Ledger[] {
  return grant.ledgers === "all" ? [...Ledger.options] : [...grant.ledgers];
}

/** A regulator's filter over one granted ledger (the portal view and its exports). */
export const LedgerFilterSchema = z
  .strictObject({
    from: LocalDateSchema,
    to: LocalDateSchema,
    siteId: IdSchema.optional(),
    productId: IdSchema.optional(),
    /** pass | fail (inspections, sampling), open | closed (hazards) */
    result: z.enum(["pass", "fail", "open", "closed"]).optional(),
  })
  .refine((r) => r.from <= r.to, { error: "date.range_order", path: ["to"] });
export type LedgerFilter = z.infer<typeof LedgerFilterSchema>;

/** One granted ledger of one enterprise, filtered, as a regulator reads it (regulator.ledger). */
export const RegulatorLedgerQuerySchema = z.strictObject({
  organizationId: IdSchema,
  ledger: Ledger,
  filter: LedgerFilterSchema,
});

/** A regulator's download: a spreadsheet, or CSV in UTF-8 with BOM. */
export const RegulatorExportFormat = z.enum(["xlsx", "csv"]);

/** The same ledger read as a download (regulator.exportLedger). */
export const RegulatorLedgerExportSchema = RegulatorLedgerQuerySchema.safeExtend({ format: RegulatorExportFormat });
/**
 * The regulator's enterprise list: sort key, flags every listed enterprise must raise, and the page
 * (50 a page). Sort and flag keys are free strings: an unknown one (a hand-edited URL) falls back
 * to the default rather than failing the page.
 */
export const RegulatorEnterpriseListSchema = z
  .strictObject({
    sort: z.string().max(40).optional(),
    only: z.array(z.string().max(40)).max(20).optional(),
    page: z.number().int().min(1).max(100_000).optional(),
  })
  .optional();
export type RegulatorEnterpriseList = z.infer<typeof RegulatorEnterpriseListSchema>;
