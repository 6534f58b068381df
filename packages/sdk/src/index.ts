// @anzhi/sdk — typed client for Anzhi's ERP ingest API (v1).
//
//   const anzhi = new Anzhi({ apiKey: process.env.ANZHI_API_KEY, baseUrl: "https://anzhi.example.com" });
//   await anzhi.suppliers.push({ externalId: "V-0042", name: "…", type: "raw_material" });
//   const report = await anzhi.sync(records, { batchSize: 500, concurrency: 4 });

/**
 * The client (`Anzhi`), its resources, the typed errors and the record types of the v1 API.
 * @module @anzhi/sdk
 */
import { AnzhiOptionsSchema, type AnzhiOptions, type ResolvedAnzhiOptions } from "./options";
import { AnzhiConfigError } from "./errors";
import { createResources, type Resource, type Resources } from "./resources";
import { createSellerResources, type SellerResources } from "./seller-resources";
import { createShipmentResource } from "./shipment-resources";
import { createV1Client } from "./rpc";
import type { SyncOptions, SyncReport } from "./sync";
import { createTransport } from "./transport";
import { SDK_VERSION } from "./version";
import { webhooks } from "./webhooks";

export type { AnzhiOptions, ReadOptions, RequestOptions } from "./options";
export { SDK_VERSION } from "./version";
export { AnzhiWebhookVerificationError, verifyWebhook } from "./webhooks";
export type {
  AnzhiWebhookEvent,
  WebhookEventType,
  WebhookHeaders,
  WebhookPayload,
  WebhookVerificationCode,
  WebhookVerifyOptions,
} from "./webhooks";
export * from "./errors";
export type { Resource } from "./resources";
export { SyncError } from "./sync";
export type { SyncOptions, SyncProgress, SyncRange, SyncReport } from "./sync";
export type {
  BatchPushResult,
  IncomingInspectionUpsertInput as IncomingInspectionInput,
  InspectionListQueryInput as InspectionFilters,
  InspectionRecordOut as InspectionRecord,
  OutgoingInspectionUpsertInput as OutgoingInspectionInput,
  ProductOut as Product,
  ProductUpsertInput as ProductInput,
  PurchaseReceiptOut as PurchaseReceipt,
  PurchaseReceiptUpsertInput as PurchaseReceiptInput,
  PushStatus,
  RecordIssue,
  RecordPushResult,
  SaleOut as Sale,
  SaleUpsertInput as SaleInput,
  ShipmentOut as Shipment,
  ShipmentUpsertInput as ShipmentInput,
  SupplierOut as Supplier,
  SupplierUpsertInput as SupplierInput,
} from "@anzhi/contracts";
export type { V1Router } from "@anzhi/api/v1/router";

/** Which resource anzhi.sync() pushes to. */
export type SyncResource =
  "inspections.incoming" | "inspections.outgoing" | "suppliers" | "products" | "purchaseReceipts" | "sales";

type InputOf<R extends SyncResource> = R extends "inspections.incoming"
  ? Parameters<Resources["inspections"]["incoming"]["push"]>[0]
  : R extends "inspections.outgoing"
    ? Parameters<Resources["inspections"]["outgoing"]["push"]>[0]
    : R extends "suppliers"
      ? Parameters<Resources["suppliers"]["push"]>[0]
      : R extends "purchaseReceipts"
        ? Parameters<SellerResources["purchaseReceipts"]["push"]>[0]
        : R extends "sales"
          ? Parameters<SellerResources["sales"]["push"]>[0]
          : Parameters<Resources["products"]["push"]>[0];

export class Anzhi {
  /** Verifying Anzhi's signed webhooks: `Anzhi.webhooks.verify(rawBody, headers, secret)`. */
  static readonly webhooks = webhooks;
  readonly options: Readonly<Omit<ResolvedAnzhiOptions, "apiKey">>;
  readonly #apiKey: string;
  readonly inspections: Resources["inspections"];
  readonly suppliers: Resources["suppliers"];
  readonly products: Resources["products"];
  /** 进货查验记录 of a seller (Order 76). */
  readonly purchaseReceipts: SellerResources["purchaseReceipts"];
  /** 销售台账 of a wholesaler. */
  readonly sales: SellerResources["sales"];
  /** 出厂放行/发货 of a producer; a batch without a passing outgoing inspection is flagged 未检验出厂. */
  readonly shipments: ReturnType<typeof createShipmentResource>;

  constructor(options: AnzhiOptions) {
    const parsed = AnzhiOptionsSchema.safeParse(options);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new AnzhiConfigError(`${first?.path.join(".") || "options"}: ${first?.message ?? "invalid"}`);
    }
    const { apiKey, ...rest } = parsed.data;
    this.#apiKey = apiKey;
    this.options = { ...rest, baseUrl: rest.baseUrl.replace(/\/+$/, "") };
    const transport = createTransport({
      fetch: rest.fetch ?? globalThis.fetch.bind(globalThis),
      apiKey,
      timeoutMs: rest.timeoutMs,
      maxRetries: rest.maxRetries,
      locale: rest.locale,
      userAgent: `anzhi-sdk-node/${SDK_VERSION}`,
    });
    const client = createV1Client(this.options.baseUrl, transport);
    const resources = createResources(client, rest.locale);
    const sellers = createSellerResources(client, rest.locale);
    this.purchaseReceipts = sellers.purchaseReceipts;
    this.sales = sellers.sales;
    this.shipments = createShipmentResource(client, rest.locale);
    this.inspections = resources.inspections;
    this.suppliers = resources.suppliers;
    this.products = resources.products;
  }

  /** The key's public prefix (never the secret), for logs. */
  get keyPrefix(): string {
    return this.#apiKey.slice(0, 12);
  }

  /**
   * Pushes a large array in batches (default 500 per request, 4 requests at a time) and reports
   * progress. `resource` defaults to incoming inspections.
   */
  sync<R extends SyncResource = "inspections.incoming">(
    records: readonly InputOf<R>[],
    options: SyncOptions & { resource?: R } = {},
  ): Promise<SyncReport> {
    // The resource chosen by `R` takes exactly InputOf<R>; TypeScript cannot follow that through the switch.
    const target = this.#resource(options.resource ?? "inspections.incoming") as unknown as Pick<
      Resource<InputOf<R>, unknown, object>,
      "sync"
    >;
    return target.sync(records, options);
  }

  #resource(name: SyncResource) {
    switch (name) {
      case "inspections.incoming":
        return this.inspections.incoming;
      case "inspections.outgoing":
        return this.inspections.outgoing;
      case "suppliers":
        return this.suppliers;
      case "products":
        return this.products;
      case "purchaseReceipts":
        return this.purchaseReceipts;
      case "sales":
        return this.sales;
    }
  }

  toJSON(): object {
    return { baseUrl: this.options.baseUrl, keyPrefix: this.keyPrefix };
  }
}
