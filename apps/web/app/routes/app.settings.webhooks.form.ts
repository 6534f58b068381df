// The forms of 设置 → Webhook, one schema per intent, checked by the webhooks procedures' contracts
// schemas.
import { z } from "zod";
import { WebhookDeliveryRefSchema, WebhookEndpointCreateSchema, WebhookEndpointRefSchema } from "@anzhi/contracts";

const CreateIntentSchema = z
  .object({
    intent: z.literal("create"),
    url: z.string().optional(),
    // One ticked box arrives as a string, several as an array, none as nothing.
    events: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .transform(({ events, ...rest }): unknown => ({
    ...rest,
    events: events === undefined ? [] : Array.isArray(events) ? events : [events],
  }))
  .pipe(WebhookEndpointCreateSchema.safeExtend({ intent: z.literal("create") }));

export const WebhooksFormSchema = z.discriminatedUnion("intent", [
  CreateIntentSchema,
  WebhookEndpointRefSchema.safeExtend({ intent: z.literal("rotate") }),
  WebhookEndpointRefSchema.safeExtend({ intent: z.literal("disable") }),
  WebhookDeliveryRefSchema.safeExtend({ intent: z.literal("replay") }),
]);
