// The Stripe stand-in for tests above the domain (the web's browser tests): see
// @anzhi/domain/billing/testing/stripe-stand-in.
export { startStripeStandIn, type StripeStandIn } from "@anzhi/domain/billing/testing/stripe-stand-in";
