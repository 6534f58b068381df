// v1 reads of the seller's records pushed or entered: one by the ERP's externalId, or cursor pages
// in change order (updatedSince) like every other v1 resource.
import type { PurchaseReceiptOut, SaleOut } from "@anzhi/contracts";
import type { Db, Prisma } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { parseProblems } from "../sellers/ledgers.ts";
import { afterCursor, decodeCursor, paginate } from "./cursor.ts";

const receiptInclude = {
  supplier: { select: { externalId: true, name: true } },
  product: { select: { code: true } },
  hazard: { select: { hazardNo: true } },
} as const satisfies Prisma.PurchaseCheckInclude;
type ReceiptRow = Prisma.PurchaseCheckGetPayload<{ include: typeof receiptInclude }>;

function receiptOut(r: ReceiptRow): PurchaseReceiptOut {
  return {
    id: r.id,
    externalId: r.externalId,
    supplierExternalId: r.supplier.externalId,
    supplierName: r.supplier.name,
    productCode: r.product?.code ?? null,
    productName: r.productName,
    specModel: r.specModel,
    batchNo: r.batchNo,
    quantity: r.quantity,
    unit: r.unit,
    purchaseDate: r.purchaseDate,
    conformityCertificate: r.conformityCertificate as PurchaseReceiptOut["conformityCertificate"],
    inspectionReport: r.inspectionReport as PurchaseReceiptOut["inspectionReport"],
    cccRequired: r.cccRequired,
    cccCertNo: r.cccCertNo,
    cccValidUntil: r.cccValidUntil,
    xkRequired: r.xkRequired,
    xkLicenceNo: r.xkLicenceNo,
    markingCheck: r.markingCheck as PurchaseReceiptOut["markingCheck"],
    conclusion: r.conclusion as PurchaseReceiptOut["conclusion"],
    problems: parseProblems(r.problemsJson),
    checkedBy: r.checkedBy,
    hazardNo: r.hazard?.hazardNo ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const saleInclude = { product: { select: { code: true } } } as const satisfies Prisma.SaleRecordInclude;
type SaleRow = Prisma.SaleRecordGetPayload<{ include: typeof saleInclude }>;

function saleOut(s: SaleRow): SaleOut {
  return {
    id: s.id,
    externalId: s.externalId,
    productCode: s.product?.code ?? null,
    productName: s.productName,
    specModel: s.specModel,
    batchNo: s.batchNo,
    quantity: s.quantity,
    unit: s.unit,
    saleDate: s.saleDate,
    buyerName: s.buyerName,
    buyerContact: s.buyerContact,
    buyerUscc: s.buyerUscc,
    destination: s.destination,
    invoiceNo: s.invoiceNo,
    recordedBy: s.recordedBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

interface PageQuery {
  cursor?: string;
  limit: number;
  updatedSince?: string;
}

function pageWhere(organizationId: string, q: PageQuery) {
  return {
    organizationId,
    ...(q.updatedSince ? { updatedAt: { gte: new Date(q.updatedSince) } } : {}),
    AND: [afterCursor(decodeCursor(q.cursor))],
  };
}

const order = [{ updatedAt: "asc" as const }, { id: "asc" as const }];

export async function getPurchaseReceipt(db: Db, organizationId: string, externalId: string) {
  const row = await db.purchaseCheck.findFirst({ where: { organizationId, externalId }, include: receiptInclude });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  return receiptOut(row);
}

export async function listPurchaseReceipts(db: Db, organizationId: string, q: PageQuery) {
  const rows = await db.purchaseCheck.findMany({
    where: pageWhere(organizationId, q),
    orderBy: order,
    take: q.limit + 1,
    include: receiptInclude,
  });
  const { page, nextCursor } = paginate(rows, q.limit);
  return { items: page.map(receiptOut), nextCursor };
}

export async function getSale(db: Db, organizationId: string, externalId: string) {
  const row = await db.saleRecord.findFirst({ where: { organizationId, externalId }, include: saleInclude });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  return saleOut(row);
}

export async function listSales(db: Db, organizationId: string, q: PageQuery) {
  const rows = await db.saleRecord.findMany({
    where: pageWhere(organizationId, q),
    orderBy: order,
    take: q.limit + 1,
    include: saleInclude,
  });
  const { page, nextCursor } = paginate(rows, q.limit);
  return { items: page.map(saleOut), nextCursor };
}
