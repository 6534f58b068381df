// What an organisation's admins see of billing: the standing (plan, source, dunning), usage
// against the limits, the invoices (PDF links at Stripe), offline grants and the 发票 details.
import type { InvoiceDetails } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { readStanding, type Standing } from "./entitlements.ts";
import { listGrants, type GrantView } from "./grants.ts";
import { invoiceDetailsOf } from "./stripe-sync.ts";

export interface BillingOverview {
  standing: Standing;
  usage: { sites: number; members: number; storageMb: number };
  invoices: Array<{
    id: string;
    number: string | null;
    status: string;
    currency: string;
    amountDue: number;
    amountPaid: number;
    hostedInvoiceUrl: string | null;
    invoicePdf: string | null;
    issuedAt: Date;
    paidAt: Date | null;
  }>;
  grants: GrantView[];
  details: InvoiceDetails | null;
  collectionMethod: string | null;
  cancelAtPeriodEnd: boolean;
  hasCustomer: boolean;
}

export async function billingOverview(db: Db, organizationId: string, now: Date): Promise<BillingOverview> {
  const [standing, sites, members, storage, invoices, grants, account] = await Promise.all([
    readStanding(db, organizationId, now),
    db.site.count({ where: { organizationId, retiredAt: null } }),
    db.membership.count({ where: { organizationId, status: "active" } }),
    db.attachment.aggregate({ where: { organizationId }, _sum: { size: true } }),
    db.billingInvoice.findMany({
      where: { organizationId },
      orderBy: { issuedAt: "desc" },
      take: 50,
      select: {
        id: true,
        number: true,
        status: true,
        currency: true,
        amountDue: true,
        amountPaid: true,
        hostedInvoiceUrl: true,
        invoicePdf: true,
        issuedAt: true,
        paidAt: true,
      },
    }),
    listGrants(db, organizationId),
    db.billingAccount.findUnique({ where: { organizationId } }),
  ]);
  return {
    standing,
    usage: { sites, members, storageMb: Math.round(((storage._sum.size ?? 0) / 1_048_576) * 10) / 10 },
    invoices,
    grants,
    details: account ? invoiceDetailsOf(account) : null,
    collectionMethod: account?.collectionMethod ?? null,
    cancelAtPeriodEnd: account?.cancelAtPeriodEnd ?? false,
    hasCustomer: Boolean(account?.stripeCustomerId),
  };
}
