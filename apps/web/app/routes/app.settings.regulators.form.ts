// The forms of 监管授权 (regulator access), one schema per intent, checked by the regulatorAccess
// procedures' contracts schemas.
import { z } from "zod";
import { IdSchema, RegulatorGrantCreateSchema } from "@anzhi/contracts";

const posted = z.string().optional();

/**
 * A grant: 「全部台账」 or the ledgers ticked; an expiry date means the end of that day in China
 * (an instant typed in full is taken as it is).
 */
const GrantIntentSchema = z
  .object({
    intent: z.literal("grant"),
    agencyId: posted,
    scope: posted,
    ledgers: z.array(z.string()),
    expiresOn: posted,
    note: posted,
  })
  // The shaped value is whatever the contracts schema in the pipe then accepts or refuses.
  .transform(({ intent, scope, ledgers, expiresOn, ...grant }): unknown => ({
    intent,
    ...grant,
    ledgers: scope === "chosen" ? ledgers : "all",
    expiresAt: expiresOn && /^\d{4}-\d{2}-\d{2}$/.test(expiresOn) ? `${expiresOn}T23:59:59+08:00` : expiresOn,
  }))
  .pipe(RegulatorGrantCreateSchema.safeExtend({ intent: z.literal("grant") }));

export const RegulatorAccessFormSchema = z.discriminatedUnion("intent", [
  GrantIntentSchema,
  z.object({ intent: z.literal("revoke"), grantId: IdSchema }),
]);
