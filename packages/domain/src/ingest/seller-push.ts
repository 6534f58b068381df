// ERP push of the seller's records (v1 purchase receipts and sales), built like the inspection
// push: each record validated on its own (a bad one is `rejected` with its field issues, the rest
// are stored), duplicates within a batch refused, suppliers and products resolved by their ERP
// codes, one transaction per batch, upsert by externalId — the same content again is `unchanged`,
// changed content `updated` (the previous row kept in the audit event). A receipt with a missing or
// invalid document opens one hazard, the first time it is stored so. Reads and writes go in chunks
// so a full batch (MAX_BATCH_RECORDS) never meets SQLite's limits.
import { randomUUID } from "node:crypto";
import {
  PurchaseReceiptUpsertSchema,
  purchaseProblems,
  SaleUpsertSchema,
  t,
  type AuditEntityType,
  type BatchPushResult,
  type PurchaseReceiptUpsert,
  type RecordPushResult,
  type SaleUpsert,
} from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import type { z } from "zod";
import { purchaseHazard } from "../sellers/purchase-hazard.ts";
import { openHazards } from "../hazards/open-hazard.ts";
import { sealAuditChain } from "../audit/chain.ts";
import { insertRows, type Cell } from "./bulk-insert.ts";
import { contentHash } from "./canonical.ts";
import { INGEST_TX_OPTIONS, type IngestCaller } from "./context.ts";
import { codeIssue, zodRecordIssues } from "./issues.ts";
import { summarize } from "./results.ts";

/** Rows per INSERT and ids per IN (…) list. */
export const SELLER_CHUNK = 250;

export function chunks<T>(items: readonly T[], size: number = SELLER_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function insertChunked(tx: Tx, table: string, columns: readonly string[], rows: Cell[][]) {
  for (const part of chunks(rows)) await insertRows(tx, table, columns, part);
}

function externalIdOf(raw: unknown): string | null {
  if (typeof raw !== "object" || raw === null) return null;
  const id = (raw as Record<string, unknown>).externalId;
  return typeof id === "string" ? id.trim() : null;
}

interface Valid<T> {
  index: number;
  record: T;
}

function validate<S extends z.ZodType>(schema: S, caller: IngestCaller, raw: readonly unknown[]) {
  const rejected: RecordPushResult[] = [];
  const valid: Valid<z.output<S> & { externalId: string }>[] = [];
  const seen = new Set<string>();
  raw.forEach((input, index) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      rejected.push({
        index,
        externalId: externalIdOf(input),
        status: "rejected",
        issues: zodRecordIssues(parsed.error, caller.locale),
      });
      return;
    }
    const record = parsed.data as z.output<S> & { externalId: string };
    if (seen.has(record.externalId)) {
      const issue = { path: "externalId", code: "VALIDATION_FAILED", message: t("field.duplicate", caller.locale) };
      rejected.push({ index, externalId: record.externalId, status: "rejected", issues: [issue] });
      return;
    }
    seen.add(record.externalId);
    valid.push({ index, record });
  });
  return { valid, rejected };
}

async function productsByCode(db: Db, organizationId: string, codes: string[]) {
  const map = new Map<string, string>();
  for (const part of chunks([...new Set(codes)])) {
    const rows = await db.product.findMany({
      where: { organizationId, code: { in: part }, retiredAt: null },
      select: { id: true, code: true },
    });
    for (const r of rows) if (r.code) map.set(r.code, r.id);
  }
  return map;
}

async function existingBy<T extends { externalId: string | null }>(
  externalIds: string[],
  find: (ids: string[]) => Promise<T[]>,
): Promise<Map<string, T>> {
  const map = new Map<string, T>();
  for (const part of chunks(externalIds))
    for (const row of await find(part)) if (row.externalId) map.set(row.externalId, row);
  return map;
}

const AUDIT_COLUMNS = [
  "id",
  "organizationId",
  "actorKind",
  "apiKeyId",
  "action",
  "entityType",
  "entityId",
  "dataJson",
  "at",
] as const;

function auditRow(
  caller: IngestCaller,
  action: string,
  entityType: AuditEntityType,
  entityId: string,
  data: object,
): Cell[] {
  return [
    randomUUID(),
    caller.organizationId,
    "api_key",
    caller.apiKeyId,
    action,
    entityType,
    entityId,
    JSON.stringify(data),
    caller.now,
  ];
}

// ─── Purchase receipts (进货查验记录) ───

const PURCHASE_COLUMNS = [
  "id",
  "organizationId",
  "externalId",
  "supplierId",
  "productId",
  "productName",
  "specModel",
  "batchNo",
  "quantity",
  "unit",
  "purchaseDate",
  "manufacturerName",
  "productionDate",
  "conformityCertificate",
  "inspectionReport",
  "cccRequired",
  "cccCertNo",
  "cccValidUntil",
  "xkRequired",
  "xkLicenceNo",
  "markingCheck",
  "conclusion",
  "problemsJson",
  "checkedBy",
  "remarks",
  "hazardId",
  "contentHash",
  "source",
  "apiKeyId",
  "createdAt",
  "updatedAt",
] as const;

function purchaseColumns(r: PurchaseReceiptUpsert, supplierId: string, productId: string | null) {
  return {
    supplierId,
    productId,
    productName: r.productName,
    specModel: r.specModel,
    batchNo: r.batchNo,
    quantity: r.quantity,
    unit: r.unit,
    purchaseDate: r.purchaseDate,
    manufacturerName: r.manufacturerName || null,
    productionDate: r.productionDate ?? null,
    conformityCertificate: r.conformityCertificate,
    inspectionReport: r.inspectionReport,
    cccRequired: r.cccRequired,
    cccCertNo: r.cccCertNo ?? null,
    cccValidUntil: r.cccValidUntil ?? null,
    xkRequired: r.xkRequired,
    xkLicenceNo: r.xkLicenceNo ?? null,
    markingCheck: r.markingCheck,
    conclusion: r.conclusion,
    problemsJson: JSON.stringify(purchaseProblems(r)),
    checkedBy: r.checkedBy,
    remarks: r.remarks || null,
  };
}

export async function pushPurchaseReceipts(
  db: Db,
  caller: IngestCaller,
  raw: readonly unknown[],
): Promise<BatchPushResult> {
  const orgId = caller.organizationId;
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  const { valid, rejected } = validate(PurchaseReceiptUpsertSchema, caller, raw);
  const suppliers = new Map<string, { id: string; name: string }>();
  for (const part of chunks([...new Set(valid.map((v) => v.record.supplierExternalId))])) {
    const rows = await db.supplier.findMany({
      where: { organizationId: orgId, externalId: { in: part }, retiredAt: null },
      select: { id: true, name: true, externalId: true },
    });
    for (const s of rows) if (s.externalId) suppliers.set(s.externalId, s);
  }
  const products = await productsByCode(
    db,
    orgId,
    valid.flatMap((v) => (v.record.productCode ? [v.record.productCode] : [])),
  );
  const ready: {
    index: number;
    r: PurchaseReceiptUpsert;
    supplier: { id: string; name: string };
    productId: string | null;
    hash: string;
  }[] = [];
  for (const { index, record: r } of valid) {
    const reject = (issue: ReturnType<typeof codeIssue>) =>
      rejected.push({ index, externalId: r.externalId, status: "rejected", issues: [issue] });
    const supplier = suppliers.get(r.supplierExternalId);
    if (!supplier) {
      reject(
        codeIssue("supplierExternalId", "SUPPLIER_EXTERNAL_ID_UNKNOWN", caller.locale, {
          externalId: r.supplierExternalId,
        }),
      );
      continue;
    }
    let productId: string | null = null;
    if (r.productCode) {
      productId = products.get(r.productCode) ?? null;
      if (!productId) {
        reject(codeIssue("productCode", "PRODUCT_CODE_UNKNOWN", caller.locale, { productCode: r.productCode }));
        continue;
      }
    }
    ready.push({ index, r, supplier, productId, hash: contentHash(r) });
  }

  const stored = await db.$transaction(async (tx) => {
    const results: RecordPushResult[] = [];
    if (ready.length === 0) return results;
    const existing = await existingBy(
      ready.map((x) => x.r.externalId),
      (ids) => tx.purchaseCheck.findMany({ where: { organizationId: orgId, externalId: { in: ids } } }),
    );
    const creates: Cell[][] = [];
    const audits: Cell[][] = [];
    const actor = { kind: "api_key", apiKeyId: caller.apiKeyId } as const;
    // Each changed receipt with problems and no hazard yet opens one; the batch's hazards are
    // opened together (numbered in batch order) before the receipts that link to them are written.
    const needingHazard = ready.filter(({ r, hash }) => {
      const prev = existing.get(r.externalId);
      return !(prev && prev.contentHash === hash) && !prev?.hazardId && purchaseProblems(r).length > 0;
    });
    const opened = await openHazards(
      tx,
      { organizationId: orgId, actor, now: caller.now, timeZone: org.timeZone },
      needingHazard.map(({ r, supplier, productId }) =>
        purchaseHazard({
          timeZone: org.timeZone,
          supplierName: supplier.name,
          productId,
          productName: r.productName,
          specModel: r.specModel,
          batchNo: r.batchNo,
          purchaseDate: r.purchaseDate,
          conclusion: r.conclusion,
          checkedBy: r.checkedBy,
          externalId: r.externalId,
          problems: purchaseProblems(r),
          now: caller.now,
        }),
      ),
    );
    const hazardOf = new Map(needingHazard.map((x, i) => [x.index, opened[i]]));
    for (const { index, r, supplier, productId, hash } of ready) {
      const prev = existing.get(r.externalId);
      if (prev && prev.contentHash === hash) {
        results.push({ index, externalId: r.externalId, status: "unchanged", id: prev.id });
        continue;
      }
      const problems = purchaseProblems(r);
      const hazard = hazardOf.get(index) ?? null;
      const columns = purchaseColumns(r, supplier.id, productId);
      const result: RecordPushResult = {
        index,
        externalId: r.externalId,
        status: prev ? "updated" : "created",
        id: prev?.id ?? randomUUID(),
        ...(hazard ? { hazardNo: hazard.hazardNo } : {}),
      };
      results.push(result);
      const id = result.id as string;
      if (prev) {
        await tx.purchaseCheck.update({
          where: { id: prev.id },
          data: {
            ...columns,
            ...(hazard ? { hazardId: hazard.id } : {}),
            contentHash: hash,
            source: "api",
            apiKeyId: caller.apiKeyId,
            updatedAt: caller.now,
          },
        });
        const { organizationId: _o, ...before } = prev;
        audits.push(
          auditRow(caller, "purchase_check.update", "purchase_check", id, { externalId: r.externalId, before }),
        );
        continue;
      }
      creates.push([
        id,
        orgId,
        r.externalId,
        ...PURCHASE_COLUMNS.slice(3, 25).map((c) => columns[c as keyof typeof columns]),
        hazard?.id ?? null,
        hash,
        "api",
        caller.apiKeyId,
        caller.now,
        caller.now,
      ]);
      audits.push(
        auditRow(caller, "purchase_check.create", "purchase_check", id, {
          externalId: r.externalId,
          conclusion: r.conclusion,
          problems,
        }),
      );
    }
    await insertChunked(tx, "PurchaseCheck", PURCHASE_COLUMNS, creates);
    await insertChunked(tx, "AuditEvent", AUDIT_COLUMNS, audits);
    await sealAuditChain(tx, orgId);
    return results;
  }, INGEST_TX_OPTIONS);
  return summarize([...stored, ...rejected]);
}

// ─── Sales (销售台账) ───

const SALE_COLUMNS = [
  "id",
  "organizationId",
  "externalId",
  "productId",
  "productName",
  "specModel",
  "batchNo",
  "quantity",
  "unit",
  "saleDate",
  "buyerName",
  "buyerContact",
  "buyerUscc",
  "destination",
  "invoiceNo",
  "recordedBy",
  "contentHash",
  "source",
  "apiKeyId",
  "createdAt",
  "updatedAt",
] as const;

function saleColumns(r: SaleUpsert, productId: string | null) {
  return {
    productId,
    productName: r.productName,
    specModel: r.specModel,
    batchNo: r.batchNo,
    quantity: r.quantity,
    unit: r.unit,
    saleDate: r.saleDate,
    buyerName: r.buyerName,
    buyerContact: r.buyerContact,
    buyerUscc: r.buyerUscc ?? null,
    destination: r.destination,
    invoiceNo: r.invoiceNo || null,
    recordedBy: r.recordedBy,
  };
}

export async function pushSales(db: Db, caller: IngestCaller, raw: readonly unknown[]): Promise<BatchPushResult> {
  const orgId = caller.organizationId;
  const { valid, rejected } = validate(SaleUpsertSchema, caller, raw);
  const products = await productsByCode(
    db,
    orgId,
    valid.flatMap((v) => (v.record.productCode ? [v.record.productCode] : [])),
  );
  const ready: { index: number; r: SaleUpsert; productId: string | null; hash: string }[] = [];
  for (const { index, record: r } of valid) {
    let productId: string | null = null;
    if (r.productCode) {
      productId = products.get(r.productCode) ?? null;
      if (!productId) {
        rejected.push({
          index,
          externalId: r.externalId,
          status: "rejected",
          issues: [codeIssue("productCode", "PRODUCT_CODE_UNKNOWN", caller.locale, { productCode: r.productCode })],
        });
        continue;
      }
    }
    ready.push({ index, r, productId, hash: contentHash(r) });
  }
  const stored = await db.$transaction(async (tx) => {
    const results: RecordPushResult[] = [];
    if (ready.length === 0) return results;
    const existing = await existingBy(
      ready.map((x) => x.r.externalId),
      (ids) => tx.saleRecord.findMany({ where: { organizationId: orgId, externalId: { in: ids } } }),
    );
    const creates: Cell[][] = [];
    const audits: Cell[][] = [];
    for (const { index, r, productId, hash } of ready) {
      const prev = existing.get(r.externalId);
      if (prev && prev.contentHash === hash) {
        results.push({ index, externalId: r.externalId, status: "unchanged", id: prev.id });
        continue;
      }
      const columns = saleColumns(r, productId);
      if (prev) {
        await tx.saleRecord.update({
          where: { id: prev.id },
          data: { ...columns, contentHash: hash, source: "api", apiKeyId: caller.apiKeyId, updatedAt: caller.now },
        });
        const { organizationId: _o, ...before } = prev;
        audits.push(auditRow(caller, "sale.update", "sale_record", prev.id, { externalId: r.externalId, before }));
        results.push({ index, externalId: r.externalId, status: "updated", id: prev.id });
        continue;
      }
      const id = randomUUID();
      creates.push([
        id,
        orgId,
        r.externalId,
        ...SALE_COLUMNS.slice(3, 16).map((c) => columns[c as keyof typeof columns]),
        hash,
        "api",
        caller.apiKeyId,
        caller.now,
        caller.now,
      ]);
      audits.push(auditRow(caller, "sale.create", "sale_record", id, { externalId: r.externalId, batchNo: r.batchNo }));
      results.push({ index, externalId: r.externalId, status: "created", id });
    }
    await insertChunked(tx, "SaleRecord", SALE_COLUMNS, creates);
    await insertChunked(tx, "AuditEvent", AUDIT_COLUMNS, audits);
    await sealAuditChain(tx, orgId);
    return results;
  }, INGEST_TX_OPTIONS);
  return summarize([...stored, ...rejected]);
}
