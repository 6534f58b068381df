// Products (产品) pushed by the ERP, keyed by their product code, with the set of their 适用情形
// (every route sent; ["none"] is the empty set). A code not yet known that names a product typed
// in the web app without a code (same name and model) gives that product the code instead of
// creating a twin. Every push that changes a product re-runs the route checks.
import { ProductUpsertSchema, routeSetOf, scopeRoutesOut, type ProductOut } from "@anzhi/contracts";
import type { Db, Prisma } from "@anzhi/db";
import { checkRouteHazardsInTx, routesOf } from "../certificates/route-checks.ts";
import { AppError } from "../errors.ts";
import type { IngestCaller } from "./context.ts";
import { afterCursor, decodeCursor, paginate } from "./cursor.ts";
import { pushMasterData, type MasterDataSpec } from "./master-data.ts";

const spec: MasterDataSpec<typeof ProductUpsertSchema> = {
  entityType: "product",
  schema: ProductUpsertSchema,
  keyField: "code",
  keyOf: (p) => p.code,
  columns: (p) => ({
    code: p.code,
    name: p.name,
    model: p.specModel ?? "",
    productGroupId: p.productGroupId,
    scopeRoutesJson: JSON.stringify(routeSetOf(p.scopeRoutes)),
    standardsJson: JSON.stringify(p.mandatoryStandards ?? []),
    serviceLife: p.shelfLifeOrServiceLife || null,
  }),
  findExisting: async (tx, organizationId, keys) =>
    (await tx.product.findMany({ where: { organizationId, code: { in: keys } } })).map((p) => ({
      ...p,
      key: p.code ?? "",
    })),
  create: (tx, data) => tx.product.create({ data: data as Prisma.ProductUncheckedCreateInput, select: { id: true } }),
  update: async (tx, id, data) => {
    await tx.product.update({ where: { id }, data: data as Prisma.ProductUncheckedUpdateInput });
  },
  adopt: (tx, organizationId, columns) =>
    tx.product.findFirst({
      where: { organizationId, code: null, retiredAt: null, name: String(columns.name), model: String(columns.model) },
      select: { id: true },
      orderBy: { createdAt: "asc" },
    }),
  afterWrite: async (tx, caller) => {
    await checkRouteHazardsInTx(tx, caller.organizationId, caller.now, { kind: "api_key", apiKeyId: caller.apiKeyId });
  },
};

export function pushProducts(db: Db, caller: IngestCaller, records: readonly unknown[]) {
  return pushMasterData(db, caller, spec, records);
}

type Row = Prisma.ProductGetPayload<object>;

function parseStandards(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : [];
  } catch {
    return [];
  }
}

function toOut(p: Row): ProductOut {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    specModel: p.model,
    productGroupId: p.productGroupId,
    scopeRoutes: scopeRoutesOut(routesOf(p.scopeRoutesJson)),
    mandatoryStandards: parseStandards(p.standardsJson),
    shelfLifeOrServiceLife: p.serviceLife,
    retired: p.retiredAt !== null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function getProduct(db: Db, organizationId: string, code: string): Promise<ProductOut> {
  const row = await db.product.findFirst({ where: { organizationId, code } });
  if (!row) throw new AppError("PRODUCT_NOT_FOUND");
  return toOut(row);
}

export async function listProducts(
  db: Db,
  organizationId: string,
  q: { cursor?: string; limit: number; updatedSince?: string },
) {
  const rows = await db.product.findMany({
    where: {
      organizationId,
      ...(q.updatedSince ? { updatedAt: { gte: new Date(q.updatedSince) } } : {}),
      AND: [afterCursor(decodeCursor(q.cursor))],
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: q.limit + 1,
  });
  const { page, nextCursor } = paginate(rows, q.limit);
  return { items: page.map(toOut), nextCursor };
}
