// Suppliers (供应商) pushed by the ERP, keyed by externalId.
import { SupplierUpsertSchema, type SupplierOut } from "@anzhi/contracts";
import type { Db, Prisma } from "@anzhi/db";
import { AppError } from "../errors.ts";
import type { IngestCaller } from "./context.ts";
import { afterCursor, decodeCursor, paginate } from "./cursor.ts";
import { pushMasterData, type MasterDataSpec } from "./master-data.ts";

const spec: MasterDataSpec<typeof SupplierUpsertSchema> = {
  entityType: "supplier",
  schema: SupplierUpsertSchema,
  keyField: "externalId",
  keyOf: (s) => s.externalId,
  columns: (s) => ({
    externalId: s.externalId,
    name: s.name,
    uscc: s.uscc ?? null,
    legacyRegNo: s.legacyRegNo || null,
    type: s.type,
    contactName: s.contactName || null,
    contactPhone: s.contactPhone || null,
    address: s.address || null,
    approvedOn: s.approvedOn ?? null,
    evaluation: s.evaluation ?? null,
    lastAuditDate: s.lastAuditDate ?? null,
  }),
  findExisting: async (tx, organizationId, keys) =>
    (await tx.supplier.findMany({ where: { organizationId, externalId: { in: keys } } })).map((s) => ({
      ...s,
      key: s.externalId ?? "",
    })),
  create: (tx, data) => tx.supplier.create({ data: data as Prisma.SupplierUncheckedCreateInput, select: { id: true } }),
  update: async (tx, id, data) => {
    await tx.supplier.update({
      where: { id },
      data: { ...(data as Prisma.SupplierUncheckedUpdateInput), retiredAt: null },
    });
  },
};

export function pushSuppliers(db: Db, caller: IngestCaller, records: readonly unknown[]) {
  return pushMasterData(db, caller, spec, records);
}

type Row = Prisma.SupplierGetPayload<object>;

function toOut(s: Row): SupplierOut {
  return {
    id: s.id,
    externalId: s.externalId,
    name: s.name,
    uscc: s.uscc,
    legacyRegNo: s.legacyRegNo,
    type: s.type as SupplierOut["type"],
    contactName: s.contactName,
    contactPhone: s.contactPhone,
    address: s.address,
    approvedOn: s.approvedOn,
    evaluation: (s.evaluation as SupplierOut["evaluation"]) ?? null,
    lastAuditDate: s.lastAuditDate,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export async function getSupplier(db: Db, organizationId: string, externalId: string): Promise<SupplierOut> {
  const row = await db.supplier.findFirst({ where: { organizationId, externalId } });
  if (!row) throw new AppError("SUPPLIER_NOT_FOUND");
  return toOut(row);
}

export async function listSuppliers(
  db: Db,
  organizationId: string,
  q: { cursor?: string; limit: number; updatedSince?: string },
) {
  const rows = await db.supplier.findMany({
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
