// Billing (docs/decisions/025): wiring only — the flows live in @anzhi/domain/billing. `banner`
// is what the app shell shows admins (dunning); the rest is the admins' billing page. With billing
// off (STRIPE_SECRET_KEY unset) `enabled` is false and everything else answers NOT_FOUND.
import type { TRPCRouterRecord } from "@trpc/server";
import { BillingUpgradeSchema, InvoiceDetailsSchema } from "@anzhi/contracts";
import { getEnv } from "@anzhi/config";
import { billingSettings } from "@anzhi/domain/billing/settings";
import { readStanding } from "@anzhi/domain/billing/entitlements";
import { billingOverview } from "@anzhi/domain/billing/overview";
import { portalUrl, requireBilling, saveInvoiceDetails, startUpgrade } from "@anzhi/domain/billing/stripe-sync";
import { adminProcedure, memberProcedure, publicProcedure } from "../trpc/procedures.ts";
import { actorOf } from "../trpc/actors.ts";

function pageUrl(origin: string | null | undefined, path: string): string {
  return `${getEnv().ANZHI_PUBLIC_URL ?? origin ?? ""}${path}`;
}

export const billingRouter = {
  enabled: publicProcedure.query(() => billingSettings() !== null),
  /** The dunning stage for the shell's banner (admins only; null with billing off or for others). */
  banner: memberProcedure.query(async ({ ctx }) => {
    if (!billingSettings() || !ctx.org.isAdmin) return null;
    const s = await readStanding(ctx.orgDb, ctx.org.id, ctx.now());
    return s.dunning === "none" ? null : { dunning: s.dunning, restrictedFrom: s.restrictedFrom, status: s.status };
  }),
  overview: adminProcedure.query(({ ctx }) => {
    requireBilling();
    return billingOverview(ctx.orgDb, ctx.org.id, ctx.now());
  }),
  /** Card: `{ checkoutUrl }` to send the browser to; bank transfer: `{ checkoutUrl: null }`. */
  upgrade: adminProcedure
    .input(BillingUpgradeSchema)
    .mutation(({ ctx, input }) =>
      startUpgrade(
        ctx.orgDb,
        ctx.org.id,
        input,
        { success: pageUrl(ctx.origin, "/app/billing?checkout=done"), cancel: pageUrl(ctx.origin, "/app/billing") },
        actorOf(ctx),
        ctx.now(),
      ),
    ),
  portal: adminProcedure.mutation(async ({ ctx }) => ({
    url: await portalUrl(ctx.orgDb, ctx.org.id, pageUrl(ctx.origin, "/app/billing")),
  })),
  saveInvoiceDetails: adminProcedure
    .input(InvoiceDetailsSchema)
    .mutation(({ ctx, input }) => saveInvoiceDetails(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
} satisfies TRPCRouterRecord;
