// The `data` of each outbound webhook event (docs/decisions/027): the domain writes exactly these
// shapes (emitWebhookEvent is typed by them), the OpenAPI document publishes them under `webhooks`
// and the SDK exports them as `AnzhiWebhookEvent` for a receiver's `verify<…>()`.
import { z } from "zod";
import type { WebhookEventType } from "./webhook";

const day = z.string().meta({ description: "YYYY-MM-DD" });
const instant = z.string().meta({ description: "ISO 8601 instant" });

export const WebhookPayloadSchemas = {
  "hazard.opened": z.object({
    id: z.string(),
    hazardNo: z.string(),
    source: z.string(),
    severity: z.string(),
    title: z.string(),
    dueDate: day,
    inspectionRecordId: z.string().nullable(),
  }),
  "hazard.closed": z.object({ id: z.string(), hazardNo: z.string(), severity: z.string(), closedAt: instant }),
  "inspection.failed": z.object({
    id: z.string(),
    externalId: z.string().nullable().meta({ description: "the ERP's id when the record was pushed" }),
    kind: z.string(),
    batchNo: z.string(),
    itemName: z.string(),
    inspectionDate: day,
    hazardId: z.string(),
    hazardNo: z.string(),
  }),
  "record.signed": z.object({
    kind: z.enum(["daily", "weekly", "monthly"]),
    id: z.string(),
    siteId: z.string().optional(),
    period: z.string().meta({ description: "YYYY-MM-DD, YYYY-Www or YYYY-MM" }),
    late: z.boolean(),
    signedAt: instant,
  }),
  "certificate.expiring": z.object({
    kind: z.enum(["licence", "ccc"]),
    id: z.string(),
    number: z.string(),
    expiryDate: day,
    daysLeft: z.number().int().meta({ description: "negative once expired" }),
    threshold: z.number().int().meta({ description: "90, 30 or 0: the reminder this event goes with" }),
  }),
  "billing.subscription_changed": z.object({
    status: z.string().meta({ description: "Stripe subscription status" }),
    previousStatus: z.string().nullable(),
    plan: z.enum(["basic", "professional"]).nullable(),
    previousPlan: z.string().nullable(),
    sites: z.number().int().nullable(),
    cancelAtPeriodEnd: z.boolean(),
    currentPeriodEnd: instant.nullable(),
  }),
} as const satisfies Record<WebhookEventType, z.ZodType>;

export type WebhookPayload<T extends WebhookEventType> = z.input<(typeof WebhookPayloadSchemas)[T]>;

/** A verified delivery's body: `{ type, timestamp, data }`, discriminated by `type`. */
export type WebhookEventBody = {
  [T in WebhookEventType]: { type: T; timestamp: string; data: WebhookPayload<T> };
}[WebhookEventType];
