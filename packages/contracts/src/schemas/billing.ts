// Billing inputs: the admin's 发票 details, the upgrade (Checkout or bank-transfer invoicing) and
// the operator's offline grant. The plans themselves are data in ../billing/plans.ts.
import { z } from "zod";
import { PaidPlan } from "../billing/plans";
import { LocalDateSchema } from "../periods";
import { optionalText, requiredText, typeError } from "./common";
import { UsccSchema } from "./identifiers";

/** 发票类型: 增值税专用发票 / 普通发票 (数电票 either way). */
export const InvoiceType = z.enum(["vat_special", "vat_normal"]);
export type InvoiceType = z.infer<typeof InvoiceType>;

/** 发票信息, collected once: 发票抬头, 纳税人识别号 (= 统一社会信用代码), 地址电话, 开户行及账号. */
export const InvoiceDetailsSchema = z
  .strictObject({
    title: requiredText(100),
    taxId: UsccSchema,
    addressPhone: optionalText(200),
    bankAccount: optionalText(200),
    invoiceType: InvoiceType,
    email: z.email({ error: "field.invalid_format" }).max(200, { error: "field.too_long" }).optional(),
  })
  .superRefine((v, ctx) => {
    // A 专用发票 carries the buyer's address/phone and bank account.
    if (v.invoiceType !== "vat_special") return;
    if (!v.addressPhone) ctx.addIssue({ code: "custom", path: ["addressPhone"], message: "field.required" });
    if (!v.bankAccount) ctx.addIssue({ code: "custom", path: ["bankAccount"], message: "field.required" });
  });
export type InvoiceDetails = z.output<typeof InvoiceDetailsSchema>;

/** How the customer pays: card through Checkout, or 对公转账 against invoices Stripe sends. */
export const PaymentCollection = z.enum(["card", "bank_transfer"]);
export type PaymentCollection = z.infer<typeof PaymentCollection>;

export const BillingUpgradeSchema = z.strictObject({
  plan: PaidPlan,
  collection: PaymentCollection.default("card"),
});

/** The operator's record of a payment received by bank transfer (`pnpm anzhi billing grant`). */
export const BillingGrantSchema = z.strictObject({
  plan: PaidPlan,
  sites: z
    .number({ error: typeError() })
    .int({ error: "field.invalid" })
    .min(1, { error: "field.too_small" })
    .max(10_000, { error: "field.too_big" }),
  until: LocalDateSchema,
  reference: requiredText(100),
});
