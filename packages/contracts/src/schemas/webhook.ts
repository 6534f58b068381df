// Outbound webhooks to an enterprise's ERP (docs/decisions/027): the event types an endpoint can
// subscribe to and the admin page's inputs.
import { z } from "zod";
import { refTo } from "./refs";

export const WEBHOOK_EVENT_TYPES = [
  "hazard.opened",
  "hazard.closed",
  "inspection.failed",
  "record.signed",
  "certificate.expiring",
  "billing.subscription_changed",
] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

export const WebhookEndpointCreateSchema = z.strictObject({
  url: z
    .string()
    .trim()
    .min(1, { error: "field.required" })
    .max(500, { error: "field.too_long" })
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), { error: "webhook.url_invalid" }),
  events: z
    .array(WebhookEventType)
    .min(1, { error: "webhook.events_required" })
    .overwrite((v) => [...new Set(v)]),
});
export type WebhookEndpointCreate = z.output<typeof WebhookEndpointCreateSchema>;

export const WebhookEndpointRefSchema = z.strictObject({
  endpointId: refTo(z.string().min(1), "webhookEndpoint"),
});
export type WebhookEndpointRef = z.output<typeof WebhookEndpointRefSchema>;

export const WebhookDeliveryRefSchema = z.strictObject({
  deliveryId: refTo(z.string().min(1), "webhookDelivery"),
});
export type WebhookDeliveryRef = z.output<typeof WebhookDeliveryRefSchema>;
