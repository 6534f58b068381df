// The seller's ledgers: 进货台账 (every checked delivery, with the supplier's 统一社会信用代码 and
// contact and what was checked) and 销售台账 (buyer, product, batch, quantity, date), filtered, as
// rows for the pages and as statutory tables (Chinese headers) for print, XLSX and the regulator's
// read-only view; and the batch trace from a batch number to its suppliers and its buyers.
import {
  DOCUMENT_CHECK_ZH,
  MARKING_CHECK_ZH,
  PURCHASE_CONCLUSION_ZH,
  PURCHASE_PROBLEM_ZH,
  PurchaseProblem,
  labelZh,
  type BatchTraceQuery,
  type PurchaseLedgerQuery,
  type SaleLedgerQuery,
} from "@anzhi/contracts";
import { textContains, type Db, type Prisma } from "@anzhi/db";
import type { LedgerTable } from "../regulator/table.ts";

export interface PurchaseLedgerRow {
  id: string;
  purchaseDate: string;
  productName: string;
  specModel: string;
  quantity: number;
  unit: string;
  batchNo: string;
  productionDate: string | null;
  manufacturerName: string | null;
  supplier: { id: string; name: string; uscc: string | null; contactPhone: string | null; contactName: string | null };
  conformityCertificate: string;
  inspectionReport: string;
  cccRequired: boolean;
  cccCertNo: string | null;
  cccValidUntil: string | null;
  xkRequired: boolean;
  xkLicenceNo: string | null;
  markingCheck: string;
  conclusion: string;
  problems: PurchaseProblem[];
  checkedBy: string;
  remarks: string | null;
  hazard: { id: string; hazardNo: string } | null;
  source: string;
}

export interface SaleLedgerRow {
  id: string;
  saleDate: string;
  productName: string;
  specModel: string;
  batchNo: string;
  quantity: number;
  unit: string;
  buyerName: string;
  buyerContact: string;
  buyerUscc: string | null;
  destination: string;
  invoiceNo: string | null;
  recordedBy: string;
  source: string;
}

const purchaseSelect = {
  id: true,
  purchaseDate: true,
  productName: true,
  specModel: true,
  quantity: true,
  unit: true,
  batchNo: true,
  productionDate: true,
  manufacturerName: true,
  conformityCertificate: true,
  inspectionReport: true,
  cccRequired: true,
  cccCertNo: true,
  cccValidUntil: true,
  xkRequired: true,
  xkLicenceNo: true,
  markingCheck: true,
  conclusion: true,
  problemsJson: true,
  checkedBy: true,
  remarks: true,
  source: true,
  supplier: { select: { id: true, name: true, uscc: true, contactPhone: true, contactName: true } },
  hazard: { select: { id: true, hazardNo: true } },
} as const satisfies Prisma.PurchaseCheckSelect;

type PurchaseSelected = Prisma.PurchaseCheckGetPayload<{ select: typeof purchaseSelect }>;

export function parseProblems(json: string): PurchaseProblem[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v)
      ? v.flatMap((p) => (PurchaseProblem.safeParse(p).success ? [p as PurchaseProblem] : []))
      : [];
  } catch {
    return [];
  }
}

function toPurchaseRow(r: PurchaseSelected): PurchaseLedgerRow {
  const { problemsJson, ...rest } = r;
  return { ...rest, problems: parseProblems(problemsJson) };
}

const saleSelect = {
  id: true,
  saleDate: true,
  productName: true,
  specModel: true,
  batchNo: true,
  quantity: true,
  unit: true,
  buyerName: true,
  buyerContact: true,
  buyerUscc: true,
  destination: true,
  invoiceNo: true,
  recordedBy: true,
  source: true,
} as const satisfies Prisma.SaleRecordSelect;

export async function purchaseLedger(
  db: Db,
  organizationId: string,
  q: PurchaseLedgerQuery,
): Promise<PurchaseLedgerRow[]> {
  const rows = await db.purchaseCheck.findMany({
    where: {
      organizationId,
      purchaseDate: { gte: q.from, lte: q.to },
      ...(q.supplierId ? { supplierId: q.supplierId } : {}),
      ...(q.batchNo ? { batchNo: textContains(db, q.batchNo) } : {}),
      ...(q.product ? { productName: textContains(db, q.product) } : {}),
      ...(q.conclusion ? { conclusion: q.conclusion } : {}),
      ...(q.problemsOnly ? { problemsJson: { not: "[]" } } : {}),
    },
    orderBy: [{ purchaseDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: purchaseSelect,
  });
  return rows.map(toPurchaseRow);
}

export async function saleLedger(db: Db, organizationId: string, q: SaleLedgerQuery): Promise<SaleLedgerRow[]> {
  return db.saleRecord.findMany({
    where: {
      organizationId,
      saleDate: { gte: q.from, lte: q.to },
      ...(q.buyer ? { buyerName: textContains(db, q.buyer) } : {}),
      ...(q.batchNo ? { batchNo: textContains(db, q.batchNo) } : {}),
      ...(q.product ? { productName: textContains(db, q.product) } : {}),
    },
    orderBy: [{ saleDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: saleSelect,
  });
}

const num = (n: number) => String(Number.isInteger(n) ? n : Number(n.toFixed(3)));

/** 进货台账 / 进货查验记录 columns (templates.md §6 PurchaseVerification). */
export function purchaseTable(rows: readonly PurchaseLedgerRow[]): LedgerTable {
  return {
    columns: [
      { key: "purchaseDate", zh: "进货日期" },
      { key: "productName", zh: "产品名称" },
      { key: "specModel", zh: "规格型号" },
      { key: "quantity", zh: "数量" },
      { key: "batchNo", zh: "批号" },
      { key: "productionDate", zh: "生产日期" },
      { key: "manufacturer", zh: "生产者" },
      { key: "supplierName", zh: "供货者名称" },
      { key: "supplierUscc", zh: "供货者统一社会信用代码" },
      { key: "supplierContact", zh: "供货者联系方式" },
      { key: "conformityCertificate", zh: "合格证明" },
      { key: "inspectionReport", zh: "检验报告" },
      { key: "ccc", zh: "CCC证书编号/有效期" },
      { key: "xk", zh: "生产许可证编号" },
      { key: "markingCheck", zh: "标识与证书一致性" },
      { key: "conclusion", zh: "查验结论" },
      { key: "problems", zh: "发现问题" },
      { key: "checkedBy", zh: "查验人" },
      { key: "hazardNo", zh: "隐患编号" },
    ],
    rows: rows.map((r) => ({
      id: r.id,
      cells: [
        r.purchaseDate,
        r.productName,
        r.specModel,
        `${num(r.quantity)} ${r.unit}`,
        r.batchNo,
        r.productionDate ?? "",
        r.manufacturerName ?? "",
        r.supplier.name,
        r.supplier.uscc ?? "",
        [r.supplier.contactName, r.supplier.contactPhone].filter(Boolean).join(" "),
        labelZh(DOCUMENT_CHECK_ZH, r.conformityCertificate),
        labelZh(DOCUMENT_CHECK_ZH, r.inspectionReport),
        r.cccRequired ? (r.cccCertNo ? `${r.cccCertNo}（至 ${r.cccValidUntil ?? "—"}）` : "缺失") : "不适用",
        r.xkRequired ? (r.xkLicenceNo ?? "缺失") : "不适用",
        labelZh(MARKING_CHECK_ZH, r.markingCheck),
        labelZh(PURCHASE_CONCLUSION_ZH, r.conclusion),
        r.problems.map((p) => PURCHASE_PROBLEM_ZH[p]).join("；"),
        r.checkedBy,
        r.hazard?.hazardNo ?? "",
      ],
    })),
  };
}

/** 销售台账 columns (templates.md §6 SalesLedger). */
export function saleTable(rows: readonly SaleLedgerRow[]): LedgerTable {
  return {
    columns: [
      { key: "saleDate", zh: "销售日期" },
      { key: "productName", zh: "产品名称" },
      { key: "specModel", zh: "规格型号" },
      { key: "batchNo", zh: "批号" },
      { key: "quantity", zh: "数量" },
      { key: "buyerName", zh: "购货者名称" },
      { key: "buyerContact", zh: "购货者联系方式" },
      { key: "buyerUscc", zh: "购货者统一社会信用代码" },
      { key: "destination", zh: "流向" },
      { key: "invoiceNo", zh: "票据号" },
      { key: "recordedBy", zh: "记录人" },
    ],
    rows: rows.map((r) => ({
      id: r.id,
      cells: [
        r.saleDate,
        r.productName,
        r.specModel,
        r.batchNo,
        `${num(r.quantity)} ${r.unit}`,
        r.buyerName,
        r.buyerContact,
        r.buyerUscc ?? "",
        r.destination,
        r.invoiceNo ?? "",
        r.recordedBy,
      ],
    })),
  };
}

export interface BatchTrace {
  batchNo: string;
  /** Where the batch came from: each delivery with its supplier. */
  purchases: PurchaseLedgerRow[];
  /** Where it went: each sale with its buyer. */
  sales: SaleLedgerRow[];
  /** Quantities per unit: received, sold and what should remain in stock. */
  balance: { unit: string; purchased: number; sold: number; remaining: number }[];
}

/** Both directions of traceability for one batch number (exact match), optionally one product. */
export async function batchTrace(db: Db, organizationId: string, q: BatchTraceQuery): Promise<BatchTrace> {
  const product = q.product ? { productName: textContains(db, q.product) } : {};
  const [purchases, sales] = await Promise.all([
    db.purchaseCheck.findMany({
      where: { organizationId, batchNo: q.batchNo, ...product },
      orderBy: [{ purchaseDate: "asc" }, { id: "asc" }],
      select: purchaseSelect,
    }),
    db.saleRecord.findMany({
      where: { organizationId, batchNo: q.batchNo, ...product },
      orderBy: [{ saleDate: "asc" }, { id: "asc" }],
      select: saleSelect,
    }),
  ]);
  const units = new Map<string, { purchased: number; sold: number }>();
  const of = (unit: string) => {
    const found = units.get(unit);
    if (found) return found;
    const fresh = { purchased: 0, sold: 0 };
    units.set(unit, fresh);
    return fresh;
  };
  for (const p of purchases) if (p.conclusion === "accepted") of(p.unit).purchased += p.quantity;
  for (const s of sales) of(s.unit).sold += s.quantity;
  return {
    batchNo: q.batchNo,
    purchases: purchases.map(toPurchaseRow),
    sales,
    balance: [...units].map(([unit, b]) => ({ unit, ...b, remaining: b.purchased - b.sold })),
  };
}
