// An organisation's grant of read access to a regulator agency.
import { z } from "zod";
import { Ledger } from "../enums";
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
