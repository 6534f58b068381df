// The form of 进货查验: the delivery's fields under their own names (the 需3C / 需许可证 boxes reveal
// their number fields), checked by sellers.purchases.create's contracts schema.
import { PurchaseCheckCreateSchema } from "@anzhi/contracts";

export const PurchaseNewFormSchema = PurchaseCheckCreateSchema.strip();
