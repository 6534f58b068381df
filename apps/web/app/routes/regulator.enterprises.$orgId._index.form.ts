// The filter of one enterprise's ledger in the regulator portal (a GET form: ledger, dates, site,
// product, result), read from the query string into the input of regulator.ledger — or, with the
// format, regulator.exportLedger — and checked by their contracts schemas.
import { z } from "zod";
import { RegulatorLedgerExportSchema, RegulatorLedgerQuerySchema } from "@anzhi/contracts";
import { posted } from "../lib/form-fields.ts";

/** What the page shows when the query does not say: the ledger and the date range. */
export interface LedgerDefaults {
  ledger?: string;
  from?: string;
  to?: string;
}

const LedgerQuery = z.object({
  ledger: posted,
  from: posted,
  to: posted,
  siteId: posted,
  productId: posted,
  result: posted,
  format: posted,
});

/** The ledger read the query names (`format` is the export's, left out here). */
const readOf = (organizationId: string, defaults: LedgerDefaults, q: z.output<typeof LedgerQuery>) => {
  const { ledger, from, to, format: _format, ...filter } = q;
  return {
    organizationId,
    ledger: ledger ?? defaults.ledger,
    filter: { from: from ?? defaults.from, to: to ?? defaults.to, ...filter },
  };
};

// The shaped values are whatever the contracts schemas in the pipes then accept or refuse.
export function ledgerQuerySchema(organizationId: string, defaults: LedgerDefaults = {}) {
  return LedgerQuery.transform((q): unknown => readOf(organizationId, defaults, q)).pipe(RegulatorLedgerQuerySchema);
}

/** The download of what the page shows: `format` is xlsx unless it says csv. */
export function ledgerExportSchema(organizationId: string) {
  return LedgerQuery.transform((q): unknown => ({
    ...readOf(organizationId, {}, q),
    format: q.format === "csv" ? "csv" : "xlsx",
  })).pipe(RegulatorLedgerExportSchema);
}
