// The form of 销售记录: the sale's fields under their own names, checked by sellers.sales.create's
// contracts schema.
import { SaleCreateSchema } from "@anzhi/contracts";

export const SaleFormSchema = SaleCreateSchema.strip();
