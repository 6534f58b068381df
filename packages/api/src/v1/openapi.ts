// The OpenAPI 3.1 document of the REST mapping, generated from the v1 router's schemas so a Java
// or C# ERP can generate its own client. Errors are documented with the contracts error body.
import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import {
  ApiErrorBodySchema,
  IncomingInspectionUpsertSchema,
  OutgoingInspectionUpsertSchema,
  ProductUpsertSchema,
  PurchaseReceiptUpsertSchema,
  SaleUpsertSchema,
  SupplierUpsertSchema,
  WEBHOOK_EVENT_TYPES,
  WebhookPayloadSchemas,
} from "@anzhi/contracts";
import { z } from "zod";
import { v1Router } from "./router.ts";

const cache = new Map<string, OpenAPIObject>();

export function openApiDocument(baseUrl: string): OpenAPIObject {
  const hit = cache.get(baseUrl);
  if (hit) return hit;
  const doc = generateOpenApiDocument(v1Router, {
    title: "Anzhi (安质) ERP API",
    version: "1.0.0",
    openApiVersion: "3.1.0",
    baseUrl,
    description: [
      "Push incoming (进货检验) and outgoing (出厂检验) inspection records, sellers' purchase receipts (进货查验记录) and sales (销售台账), suppliers and products from an ERP.",
      "Authenticate with `Authorization: Bearer anz_…`. Send `Idempotency-Key` on POSTs to make a request safe to replay (24 h).",
      "Batch endpoints take `{ records: [...] }` (≤ 1,000); each record follows the matching *Record schema in components",
      "and is accepted or rejected on its own. Errors: `{ error: { type, code, message, param?, requestId, issues? } }`.",
      "Rate limits per key by plan (free 2/s burst 10, standard 10/s burst 40, professional 30/s burst 120); 429 carries Retry-After.",
    ].join(" "),
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An Anzhi API key (anz_…)" } },
    defs: {
      IncomingInspectionRecord: IncomingInspectionUpsertSchema,
      OutgoingInspectionRecord: OutgoingInspectionUpsertSchema,
      SupplierRecord: SupplierUpsertSchema,
      ProductRecord: ProductUpsertSchema,
      PurchaseReceiptRecord: PurchaseReceiptUpsertSchema,
      SaleRecord: SaleUpsertSchema,
      ApiErrorBody: ApiErrorBodySchema,
    },
  });
  doc.webhooks = webhooks();
  cache.set(baseUrl, doc);
  return doc;
}

const signedHeaders = [
  ["webhook-id", "The event id: the same on every retry and replay (de-duplicate on it)."],
  ["webhook-timestamp", "Unix seconds of this attempt."],
  ["webhook-signature", "Space-separated `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, one per signing secret."],
] as const;

/** A payload's JSON Schema; io "input" leaves the object open (a later minor may add fields). */
function payloadSchema(type: (typeof WEBHOOK_EVENT_TYPES)[number]): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(WebhookPayloadSchemas[type], { io: "input" });
  return schema;
}

/** The outbound events (Standard Webhooks) an endpoint set up at 设置 → Webhook receives. */
function webhooks(): NonNullable<OpenAPIObject["webhooks"]> {
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook_${type.replace(/\W/g, "_")}`,
          summary: `${type} (sent to your receiving address)`,
          description: "Verify with `Anzhi.webhooks.verify(rawBody, headers, secret)`; answer any 2xx within 10 s.",
          security: [],
          parameters: signedHeaders.map(([name, description]) => ({
            name,
            in: "header" as const,
            required: true,
            description,
            schema: { type: "string" as const },
          })),
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object" as const,
                  required: ["type", "timestamp", "data"],
                  properties: {
                    type: { type: "string" as const, const: type },
                    timestamp: { type: "string" as const, format: "date-time" },
                    data: payloadSchema(type),
                  },
                },
              },
            },
          },
          responses: {
            "200": { description: "Received (any 2xx); anything else is retried with backoff." },
          },
        },
      },
    ]),
  );
}
