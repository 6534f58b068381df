// Resolves the business codes a batch refers to (site codes, supplier external ids, product
// codes) with one query per kind, limited to the caller's organisation.
import type { ProductRoute } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { findInChunks } from "./chunks.ts";
import { routesOf } from "../certificates/route-checks.ts";
import { parseJsonArray } from "../profile/org-clock.ts";

export interface RefMaps {
  sites: Map<string, { id: string; code: string | null }>;
  siteById: Map<string, { id: string; code: string | null }>;
  defaultSiteId: string | null;
  suppliers: Map<string, { id: string }>;
  products: Map<string, RefProduct>;
}

/** A product as an inspection record needs it: its name, and what its release requires. */
export interface RefProduct {
  id: string;
  name: string;
  routes: ProductRoute[];
  releaseItems: string[];
}

export async function loadRefs(
  db: Db,
  organizationId: string,
  wanted: { siteCodes: string[]; supplierExternalIds: string[]; productCodes: string[]; siteIds: string[] },
): Promise<RefMaps> {
  const [sites, suppliers, products] = await Promise.all([
    db.site.findMany({
      where: { organizationId, retiredAt: null },
      select: { id: true, code: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    wanted.supplierExternalIds.length === 0
      ? []
      : findInChunks(wanted.supplierExternalIds, (externalIds) =>
          db.supplier.findMany({
            where: { organizationId, externalId: { in: externalIds }, retiredAt: null },
            select: { id: true, externalId: true },
          }),
        ),
    wanted.productCodes.length === 0
      ? []
      : findInChunks(wanted.productCodes, (codes) =>
          db.product.findMany({
            where: { organizationId, code: { in: codes }, retiredAt: null },
            select: { id: true, code: true, name: true, scopeRoutesJson: true, releaseItemsJson: true },
          }),
        ),
  ]);
  return {
    sites: new Map(sites.flatMap((s) => (s.code ? [[s.code, s] as const] : []))),
    siteById: new Map(sites.map((s) => [s.id, s] as const)),
    defaultSiteId: sites[0]?.id ?? null,
    suppliers: new Map(suppliers.flatMap((s) => (s.externalId ? [[s.externalId, { id: s.id }] as const] : []))),
    products: new Map(
      products.flatMap((p) =>
        p.code
          ? [
              [
                p.code,
                {
                  id: p.id,
                  name: p.name,
                  routes: routesOf(p.scopeRoutesJson),
                  releaseItems: parseJsonArray(p.releaseItemsJson),
                },
              ] as const,
            ]
          : [],
      ),
    ),
  };
}
