// The forms of 套餐与账单, one schema per intent, checked by the billing procedures' contracts schemas.
import { z } from "zod";
import { BillingUpgradeSchema } from "@anzhi/contracts";

export const BillingFormSchema = z.discriminatedUnion("intent", [
  BillingUpgradeSchema.safeExtend({ intent: z.literal("upgrade") }).strip(),
  z.object({ intent: z.literal("portal") }),
  // read again field by field with InvoiceDetailsSchema (its 专票 rule is a refinement)
  z.object({ intent: z.literal("details") }),
]);
