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
} from "@anzhi/contracts";
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
  cache.set(baseUrl, doc);
  return doc;
}
