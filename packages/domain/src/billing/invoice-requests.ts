// 开票申请: the payments the operator's finance team issues Chinese 发票 for (outside Stripe):
// paid Stripe invoices and offline grants of a date range, each with the buyer's 发票 details.
import ExcelJS from "exceljs";
import { INVOICE_TYPE_ZH, PLANS, PaidPlan, labelZh, localDate } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";

const TZ = "Asia/Shanghai";

export async function invoiceRequestsXlsx(
  db: Db,
  range: { from: string; to: string },
): Promise<{ bytes: Buffer; rows: number }> {
  const [invoices, grants] = await Promise.all([
    db.billingInvoice.findMany({
      where: { status: "paid" },
      orderBy: { paidAt: "asc" },
      select: {
        number: true,
        stripeInvoiceId: true,
        amountPaid: true,
        currency: true,
        paidAt: true,
        issuedAt: true,
        organization: { select: { name: true, uscc: true, billingAccount: true } },
      },
    }),
    db.billingGrant.findMany({
      orderBy: { grantedAt: "asc" },
      select: {
        reference: true,
        plan: true,
        sites: true,
        validUntil: true,
        grantedAt: true,
        organization: { select: { name: true, uscc: true, billingAccount: true } },
      },
    }),
  ]);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("开票申请");
  sheet.columns = [
    { header: "付款日期", key: "day", width: 12 },
    { header: "来源", key: "source", width: 10 },
    { header: "凭证号", key: "ref", width: 24 },
    { header: "企业名称", key: "org", width: 28 },
    { header: "发票抬头", key: "title", width: 28 },
    { header: "纳税人识别号", key: "taxId", width: 22 },
    { header: "地址电话", key: "addressPhone", width: 30 },
    { header: "开户行及账号", key: "bank", width: 30 },
    { header: "发票类型", key: "type", width: 16 },
    { header: "收票邮箱", key: "email", width: 24 },
    { header: "内容", key: "what", width: 28 },
    { header: "金额（元）", key: "amount", width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  const inRange = (day: string) => day >= range.from && day <= range.to;
  let rows = 0;
  const details = (o: {
    name: string;
    uscc: string;
    billingAccount: {
      invoiceTitle: string | null;
      invoiceTaxId: string | null;
      invoiceAddressPhone: string | null;
      invoiceBankAccount: string | null;
      invoiceType: string | null;
      invoiceEmail: string | null;
    } | null;
  }) => ({
    org: o.name,
    title: o.billingAccount?.invoiceTitle ?? o.name,
    taxId: o.billingAccount?.invoiceTaxId ?? o.uscc,
    addressPhone: o.billingAccount?.invoiceAddressPhone ?? "",
    bank: o.billingAccount?.invoiceBankAccount ?? "",
    type: labelZh(INVOICE_TYPE_ZH, o.billingAccount?.invoiceType ?? "vat_normal"),
    email: o.billingAccount?.invoiceEmail ?? "",
  });
  for (const inv of invoices) {
    const day = localDate(inv.paidAt ?? inv.issuedAt, TZ);
    if (!inRange(day)) continue;
    rows++;
    sheet.addRow({
      day,
      source: "Stripe",
      ref: inv.number ?? inv.stripeInvoiceId,
      ...details(inv.organization),
      what: "安质 SaaS 服务费",
      amount: inv.amountPaid / 100,
    });
  }
  for (const g of grants) {
    const day = localDate(g.grantedAt, TZ);
    if (!inRange(day)) continue;
    rows++;
    const plan = PaidPlan.safeParse(g.plan);
    sheet.addRow({
      day,
      source: "对公转账",
      ref: g.reference,
      ...details(g.organization),
      what: `安质 SaaS ${plan.success ? PLANS[plan.data].name["zh-CN"] : g.plan} ${g.sites} 个场所，至 ${g.validUntil}`,
      // The amount is the transfer received, which the finance team has from the bank statement.
      amount: "",
    });
  }
  return { bytes: Buffer.from(await book.xlsx.writeBuffer()), rows };
}
