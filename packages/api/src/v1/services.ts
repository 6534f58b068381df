// Binds the v1 service interface to the domain and one database.
import type { Db } from "@anzhi/db";
import { pushInspections } from "@anzhi/domain/ingest/push-inspections";
import { getInspection, listInspections } from "@anzhi/domain/ingest/read-inspections";
import { getSupplier, listSuppliers, pushSuppliers } from "@anzhi/domain/ingest/suppliers";
import { getProduct, listProducts, pushProducts } from "@anzhi/domain/ingest/products";
import { getShipment, listShipmentPage, pushShipments } from "@anzhi/domain/shipments/shipments";
import type { V1Services } from "./context.ts";
import { v1SellerServices } from "./seller-services.ts";

export function v1Services(db: Db): V1Services {
  const scope = (c: { organizationId: string; siteId: string | null }) => ({
    organizationId: c.organizationId,
    siteId: c.siteId,
  });
  return {
    pushInspections: (caller, kind, records) => pushInspections(db, caller, kind, records),
    getInspection: (caller, kind, externalId) => getInspection(db, scope(caller), kind, externalId),
    listInspections: (caller, kind, query) => listInspections(db, scope(caller), kind, query),
    pushSuppliers: (caller, records) => pushSuppliers(db, caller, records),
    getSupplier: (caller, externalId) => getSupplier(db, caller.organizationId, externalId),
    listSuppliers: (caller, query) => listSuppliers(db, caller.organizationId, query),
    pushProducts: (caller, records) => pushProducts(db, caller, records),
    getProduct: (caller, code) => getProduct(db, caller.organizationId, code),
    listProducts: (caller, query) => listProducts(db, caller.organizationId, query),
    ...v1SellerServices(db),
    pushShipments: (caller, records) => pushShipments(db, caller, records),
    getShipment: (caller, externalId) => getShipment(db, caller.organizationId, externalId),
    listShipments: (caller, query) => listShipmentPage(db, caller.organizationId, query),
  };
}
