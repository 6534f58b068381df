// Billing is on exactly when STRIPE_SECRET_KEY is set (packages/config). The official SDK, with the
// API version pinned, pointed at STRIPE_API_URL when given (the tests' stand-in).
import Stripe from "stripe";
import { billingEnv, type BillingEnv } from "@anzhi/config";

/** The Stripe API version every request names; objects are read in this shape. */
export const STRIPE_API_VERSION = "2026-10-28.endive" as const;

export type BillingSettings = BillingEnv;

export function billingSettings(): BillingSettings | null {
  return billingEnv();
}

const clients = new WeakMap<BillingSettings, Stripe>();

export function stripeClient(settings: BillingSettings): Stripe {
  const cached = clients.get(settings);
  if (cached) return cached;
  const url = settings.apiUrl;
  const client = new Stripe(settings.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(url
      ? {
          host: url.hostname,
          port: url.port || (url.protocol === "https:" ? 443 : 80),
          protocol: url.protocol === "https:" ? "https" : "http",
        }
      : {}),
  });
  clients.set(settings, client);
  return client;
}
