// Reading inspection records back: get by external id and filtered, cursor-paged lists. Always
// limited to the caller's organisation; a site-bound key sees only its site.
import type { InspectionKind, InspectionListQuery, InspectionRecordOut } from "@anzhi/contracts";
import type { Db, Prisma } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { afterCursor, decodeCursor, paginate } from "./cursor.ts";

export interface ReadScope {
  organizationId: string;
  siteId: string | null;
}

export const recordInclude = {
  site: { select: { code: true } },
  product: { select: { code: true } },
  supplier: { select: { externalId: true } },
  hazards: { select: { hazardNo: true }, orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.InspectionRecordInclude;

type Row = Prisma.InspectionRecordGetPayload<{ include: typeof recordInclude }>;

function parseDetails(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function toOut(db: Db, rows: Row[]): Promise<InspectionRecordOut[]> {
  const lines =
    rows.length === 0
      ? []
      : await db.inspectionLine.findMany({
          where: { recordId: { in: rows.map((r) => r.id) } },
          orderBy: [{ recordId: "asc" }, { seq: "asc" }],
        });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind === "outgoing" ? "outgoing" : "incoming",
    externalId: r.externalId,
    revision: r.revision,
    siteCode: r.site?.code ?? null,
    productCode: r.product?.code ?? null,
    supplierExternalId: r.supplier?.externalId ?? null,
    itemName: r.itemName,
    specModel: r.specModel,
    batchNo: r.batchNo,
    quantity: r.quantity,
    unit: r.unit,
    productionDate: r.productionDate,
    inspectedAt: r.inspectedAt.toISOString(),
    inspectionDate: r.inspectionDate,
    result: r.result as InspectionRecordOut["result"],
    inspector: r.inspector,
    standardNo: r.standardNo,
    sampleSize: r.sampleSize,
    remarks: r.remarks,
    lines: lines
      .filter((l) => l.recordId === r.id && l.revision === r.revision)
      .map((l) => ({
        item: l.item,
        requirement: l.requirement,
        measured: l.measured,
        unit: l.unit,
        result: l.result as "pass" | "fail" | "na",
      })),
    details: parseDetails(r.detailsJson),
    hazardNos: r.hazards.map((h) => h.hazardNo),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function getInspection(
  db: Db,
  scope: ReadScope,
  kind: InspectionKind,
  externalId: string,
): Promise<InspectionRecordOut> {
  const row = await db.inspectionRecord.findFirst({
    where: {
      organizationId: scope.organizationId,
      kind,
      externalId,
      ...(scope.siteId ? { siteId: scope.siteId } : {}),
    },
    include: recordInclude,
  });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  const [out] = await toOut(db, [row]);
  if (!out) throw new AppError("RECORD_NOT_FOUND");
  return out;
}

export async function listInspections(
  db: Db,
  scope: ReadScope,
  kind: InspectionKind,
  q: InspectionListQuery,
): Promise<{ items: InspectionRecordOut[]; nextCursor: string | null }> {
  const where: Prisma.InspectionRecordWhereInput = {
    organizationId: scope.organizationId,
    kind,
    ...(scope.siteId ? { siteId: scope.siteId } : {}),
    ...(q.siteCode ? { site: { code: q.siteCode } } : {}),
    ...(q.productCode ? { product: { code: q.productCode } } : {}),
    ...(q.supplierExternalId ? { supplier: { externalId: q.supplierExternalId } } : {}),
    ...(q.result ? { result: q.result } : {}),
    ...(q.from || q.to
      ? { inspectionDate: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } }
      : {}),
    ...(q.updatedSince ? { updatedAt: { gte: new Date(q.updatedSince) } } : {}),
    AND: [afterCursor(decodeCursor(q.cursor))],
  };
  const rows = await db.inspectionRecord.findMany({
    where,
    include: recordInclude,
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: q.limit + 1,
  });
  const { page, nextCursor } = paginate(rows, q.limit);
  return { items: await toOut(db, page), nextCursor };
}
