// Context of the public v1 router. Deliberately free of Prisma and domain types: the router's
// type is bundled into @anzhi/sdk's .d.ts, so everything it mentions must come from contracts.
import type {
  BatchPushResult,
  InspectionKind,
  InspectionListQuery,
  InspectionRecordOut,
  Locale,
  ProductOut,
  ShipmentListQuery,
  ShipmentOut,
  SupplierOut,
} from "@anzhi/contracts";
import type { V1SellerServices } from "./seller-context.ts";

export interface V1ApiKey {
  id: string;
  organizationId: string;
  scopes: readonly string[];
  siteId: string | null;
}

export interface V1Caller {
  organizationId: string;
  apiKeyId: string;
  siteId: string | null;
  locale: Locale;
  /** The request's instant. */
  now: Date;
}

export interface V1Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface V1PageQuery {
  cursor?: string;
  limit: number;
  updatedSince?: string;
}

/** What the v1 procedures need from the domain, bound to one database by the HTTP handler. */
export interface V1Services extends V1SellerServices {
  pushInspections(caller: V1Caller, kind: InspectionKind, records: readonly unknown[]): Promise<BatchPushResult>;
  getInspection(caller: V1Caller, kind: InspectionKind, externalId: string): Promise<InspectionRecordOut>;
  listInspections(
    caller: V1Caller,
    kind: InspectionKind,
    query: InspectionListQuery,
  ): Promise<V1Page<InspectionRecordOut>>;
  pushSuppliers(caller: V1Caller, records: readonly unknown[]): Promise<BatchPushResult>;
  getSupplier(caller: V1Caller, externalId: string): Promise<SupplierOut>;
  listSuppliers(caller: V1Caller, query: V1PageQuery): Promise<V1Page<SupplierOut>>;
  pushProducts(caller: V1Caller, records: readonly unknown[]): Promise<BatchPushResult>;
  getProduct(caller: V1Caller, code: string): Promise<ProductOut>;
  listProducts(caller: V1Caller, query: V1PageQuery): Promise<V1Page<ProductOut>>;
  pushShipments(caller: V1Caller, records: readonly unknown[]): Promise<BatchPushResult>;
  getShipment(caller: V1Caller, externalId: string): Promise<ShipmentOut>;
  listShipments(caller: V1Caller, query: ShipmentListQuery): Promise<V1Page<ShipmentOut>>;
}

export interface V1Context {
  requestId: string;
  locale: Locale;
  apiKey: V1ApiKey | null;
  services: V1Services;
  resHeaders: Headers;
  /** Read once when the request arrived; every timestamp of the request derives from it. */
  now: Date;
}
