// POST /api/billing/webhook — Stripe's webhook deliveries (docs/decisions/025): the raw body is
// verified against STRIPE_WEBHOOK_SECRET in @anzhi/api; 404 while billing is off.
import type { ActionFunctionArgs } from "@remix-run/node";
import { handleBillingWebhook } from "@anzhi/api";

export const action = ({ request }: ActionFunctionArgs) => handleBillingWebhook(request);
export const loader = () => new Response("Method Not Allowed", { status: 405, headers: { allow: "POST" } });
