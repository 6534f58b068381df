// Products of the enterprise profile: a key product group of the catalogue (with sub-product) or a
// custom product, tied to a site, with the set of its scope routes, its standards and its ERP code.
// Retired, never deleted. Every write re-runs the route checks (无证生产, 超范围生产, CCC).
import type { z } from "zod";
import {
  CUSTOM_PRODUCT_GROUP,
  type ProductEditSchema,
  type ProductSaveSchema,
  defaultStandardsFor,
  type ProductRoute,
  type ProductSave,
} from "@anzhi/contracts";
import { forOrganization, type Db, type Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { checkRouteHazardsInTx, routesOf } from "../certificates/route-checks.ts";
import { AppError } from "../errors.ts";
import { parseJsonArray } from "./org-clock.ts";
import { requireActiveSite } from "./sites.ts";

export interface ProductView {
  id: string;
  name: string;
  code: string | null;
  model: string;
  productGroupId: string;
  subProductId: string | null;
  isCustom: boolean;
  siteId: string | null;
  siteName: string | null;
  scopeRoutes: ProductRoute[];
  standards: string[];
  releaseItems: string[];
  serviceLife: string | null;
  retiredAt: Date | null;
  licenceIds: string[];
  cccCertificateIds: string[];
}

const productSelect = {
  id: true,
  name: true,
  code: true,
  model: true,
  productGroupId: true,
  subProductId: true,
  isCustom: true,
  siteId: true,
  site: { select: { name: true } },
  scopeRoutesJson: true,
  standardsJson: true,
  releaseItemsJson: true,
  serviceLife: true,
  retiredAt: true,
  licences: { select: { licenceId: true } },
  cccCertificates: { select: { certificateId: true } },
} as const;

type ProductRow = {
  id: string;
  name: string;
  code: string | null;
  model: string;
  productGroupId: string;
  subProductId: string | null;
  isCustom: boolean;
  siteId: string | null;
  site: { name: string } | null;
  scopeRoutesJson: string;
  standardsJson: string;
  releaseItemsJson: string;
  serviceLife: string | null;
  retiredAt: Date | null;
  licences: { licenceId: string }[];
  cccCertificates: { certificateId: string }[];
};

function toView(row: ProductRow): ProductView {
  const { site, standardsJson, releaseItemsJson, scopeRoutesJson, licences, cccCertificates, ...rest } = row;
  return {
    ...rest,
    scopeRoutes: routesOf(scopeRoutesJson),
    siteName: site?.name ?? null,
    standards: parseJsonArray(standardsJson),
    releaseItems: parseJsonArray(releaseItemsJson),
    licenceIds: licences.map((l) => l.licenceId),
    cccCertificateIds: cccCertificates.map((c) => c.certificateId),
  };
}

export async function listProducts(
  db: Db,
  organizationId: string,
  opts: { includeRetired?: boolean } = {},
): Promise<ProductView[]> {
  const rows = await forOrganization(db, organizationId).product.findMany({
    where: opts.includeRetired ? {} : { retiredAt: null },
    select: productSelect,
    orderBy: [{ retiredAt: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(toView);
}

function columns(data: ProductSave) {
  const isCustom = data.productGroupId === CUSTOM_PRODUCT_GROUP;
  const standards = data.standards ?? (isCustom ? [] : defaultStandardsFor(data.productGroupId, data.subProductId));
  return {
    name: data.name,
    code: data.code ?? null,
    model: data.model ?? "",
    productGroupId: data.productGroupId,
    subProductId: isCustom ? null : (data.subProductId ?? null),
    isCustom,
    siteId: data.siteId ?? null,
    scopeRoutesJson: JSON.stringify(routeSet(data.scopeRoutes)),
    standardsJson: JSON.stringify(standards),
    releaseItemsJson: JSON.stringify(data.releaseItems ?? []),
    serviceLife: data.serviceLife || null,
  };
}

const routeSet = (routes: readonly ProductRoute[] | undefined): ProductRoute[] =>
  (["xk", "ccc", "mandatory_standard"] as const).filter((r) => routes?.includes(r));

async function afterWrite(tx: Tx, organizationId: string, actor: Actor, now: Date): Promise<void> {
  await checkRouteHazardsInTx(tx, organizationId, now, actor);
}

/** An ERP code belongs to one product of the organisation: a clash is a field error on `code`. */
async function assertCodeFree(
  tx: Pick<Tx, "product">,
  organizationId: string,
  code: string | null,
  exceptId?: string,
): Promise<void> {
  if (code === null) return;
  const clash = await tx.product.findFirst({
    where: { organizationId, code, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", { issues: [{ path: "code", message: "CONFLICT" }] });
}

export async function createProduct(
  db: Db,
  organizationId: string,
  data: z.output<typeof ProductSaveSchema>,
  actor: Actor,
  now: Date,
): Promise<ProductView> {
  return db.$transaction(async (tx) => {
    if (data.siteId) await requireActiveSite(tx, organizationId, data.siteId);
    await assertCodeFree(tx, organizationId, data.code ?? null);
    const product = await tx.product.create({ data: { organizationId, ...columns(data) }, select: productSelect });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "product.create",
      entityType: "product",
      entityId: product.id,
      data: {
        name: product.name,
        code: product.code,
        productGroupId: product.productGroupId,
        scopeRoutes: routesOf(product.scopeRoutesJson),
      },
    });
    await afterWrite(tx, organizationId, actor, now);
    return toView(product);
  });
}

export async function updateProduct(
  db: Db,
  organizationId: string,
  input: z.output<typeof ProductEditSchema>,
  actor: Actor,
  now: Date,
): Promise<ProductView> {
  const { id, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.product.findFirst({ where: { id, organizationId }, select: productSelect });
    if (!before) throw new AppError("PRODUCT_NOT_FOUND");
    if (data.siteId && data.siteId !== before.siteId) await requireActiveSite(tx, organizationId, data.siteId);
    await assertCodeFree(tx, organizationId, data.code ?? null, id);
    const product = await tx.product.update({ where: { id }, data: columns(data), select: productSelect });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "product.update",
      entityType: "product",
      entityId: id,
      data: { before: toView(before), after: columns(data) },
    });
    await afterWrite(tx, organizationId, actor, now);
    return toView(product);
  });
}

export async function retireProduct(
  db: Db,
  organizationId: string,
  id: string,
  actor: Actor,
  now: Date,
): Promise<ProductView> {
  return db.$transaction(async (tx) => {
    const before = await tx.product.findFirst({ where: { id, organizationId }, select: productSelect });
    if (!before) throw new AppError("PRODUCT_NOT_FOUND");
    if (before.retiredAt) return toView(before);
    const product = await tx.product.update({ where: { id }, data: { retiredAt: now }, select: productSelect });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "product.retire",
      entityType: "product",
      entityId: id,
      data: { name: product.name },
    });
    return toView(product);
  });
}

/** Active products of the organisation that exist, else a field error naming `path`. */
export async function requireProducts(
  tx: Pick<Tx, "product">,
  organizationId: string,
  ids: readonly string[],
  path = "productIds",
): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.product.count({ where: { organizationId, id: { in: [...ids] }, retiredAt: null } });
  if (found !== new Set(ids).size)
    throw new AppError("PRODUCT_NOT_FOUND", { issues: [{ path, message: "PRODUCT_NOT_FOUND" }] });
}
