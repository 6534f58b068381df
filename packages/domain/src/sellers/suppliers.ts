// The seller's supplier register (供货者档案, Order 76 / templates.md §0.1): name, 统一社会信用代码,
// contact and the qualification documents (XK licence, CCC certificate, business licence) with
// their numbers and validity. ERPs push suppliers too (ingest/suppliers.ts, keyed by externalId);
// both land in the same table. Documents are never deleted: a document left out of an update is
// retired. A document may carry its scan (PDF/JPG/PNG), stored with transactionWithFiles in the
// supplier's transaction and linked to the document (entity supplier_document, purpose evidence).
import { normalizeDocumentNumber, type SupplierRegisterCreate } from "@anzhi/contracts";
import type { SupplierCreateWithFiles, SupplierUpdateWithFiles } from "@anzhi/contracts/uploads";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError, fieldError } from "../errors.ts";
import { linkAttachments, transactionWithFiles, type AttachmentType, type FileStore } from "../files/attachments.ts";
import type { FileLocation } from "../files/storage.ts";

interface Who {
  organizationId: string;
  userId: string;
  now: Date;
  dataDir: FileLocation;
}

const DOC_TYPES: readonly AttachmentType[] = ["application/pdf", "image/jpeg", "image/png"];

export interface SupplierDocumentRow {
  id: string;
  kind: string;
  number: string;
  productScope: string | null;
  validUntil: string | null;
  /** validUntil is before the organisation's today. */
  expired: boolean;
  /** Scans of the document (newest last). */
  files: { id: string; fileName: string }[];
}

export interface SupplierRegisterRow {
  id: string;
  externalId: string | null;
  name: string;
  uscc: string | null;
  legacyRegNo: string | null;
  type: string;
  contactName: string | null;
  contactPhone: string | null;
  address: string | null;
  retired: boolean;
  documents: SupplierDocumentRow[];
  purchaseCount: number;
}

const documentSelect = { id: true, kind: true, number: true, productScope: true, validUntil: true } as const;

async function assertUsccFree(tx: Tx, organizationId: string, uscc: string, exceptId?: string) {
  const clash = await tx.supplier.findFirst({
    where: { organizationId, uscc, retiredAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw fieldError("CONFLICT", "uscc", "field.duplicate");
}

async function writeDocuments(
  tx: Tx,
  organizationId: string,
  supplierId: string,
  documents: SupplierRegisterCreate["documents"],
  now: Date,
): Promise<Map<string, string>> {
  const current = await tx.supplierDocument.findMany({
    where: { organizationId, supplierId, retiredAt: null },
    select: documentSelect,
  });
  const keyOf = (d: { kind: string; number: string }) => `${d.kind}\n${d.number}`;
  const wanted = new Map(
    documents.map((d) => {
      const doc = { ...d, number: normalizeDocumentNumber(d.kind, d.number) };
      return [keyOf(doc), doc] as const;
    }),
  );
  const ids = new Map<string, string>();
  for (const c of current) {
    const next = wanted.get(keyOf(c));
    if (next) ids.set(keyOf(c), c.id);
    if (!next) {
      await tx.supplierDocument.update({ where: { id: c.id }, data: { retiredAt: now, updatedAt: now } });
      continue;
    }
    wanted.delete(keyOf(c));
    if (next.productScope !== (c.productScope ?? undefined) || next.validUntil !== (c.validUntil ?? undefined)) {
      await tx.supplierDocument.update({
        where: { id: c.id },
        data: { productScope: next.productScope || null, validUntil: next.validUntil ?? null, updatedAt: now },
      });
    }
  }
  for (const d of wanted.values()) {
    const row = await tx.supplierDocument.create({
      data: {
        organizationId,
        supplierId,
        kind: d.kind,
        number: d.number,
        productScope: d.productScope || null,
        validUntil: d.validUntil ?? null,
        createdAt: now,
        updatedAt: now,
      },
      select: { id: true },
    });
    ids.set(keyOf(d), row.id);
  }
  return ids;
}

/** Stores each document's scan and links it to its document row. */
async function attachDocumentFiles(
  tx: Tx,
  files: FileStore,
  who: Who,
  documents: SupplierCreateWithFiles["documents"],
  ids: Map<string, string>,
): Promise<number> {
  let stored = 0;
  for (const [index, d] of documents.entries()) {
    if (!d.file) continue;
    const entityId = ids.get(`${d.kind}\n${normalizeDocumentNumber(d.kind, d.number)}`);
    if (!entityId) continue;
    const file = await files.store({
      organizationId: who.organizationId,
      file: d.file,
      actor: { kind: "user", userId: who.userId },
      path: `documents.${index}.file`,
      types: DOC_TYPES,
    });
    await linkAttachments(tx, {
      organizationId: who.organizationId,
      attachmentIds: [file.id],
      entityType: "supplier_document",
      entityId,
      purpose: "evidence",
      userId: who.userId,
    });
    stored += 1;
  }
  return stored;
}

function columnsOf(s: SupplierRegisterCreate) {
  return {
    name: s.name,
    uscc: s.uscc,
    legacyRegNo: s.legacyRegNo || null,
    type: s.type,
    contactName: s.contactName || null,
    contactPhone: s.contactPhone,
    address: s.address || null,
  };
}

export async function createSupplier(db: Db, who: Who, s: SupplierCreateWithFiles): Promise<{ id: string }> {
  return transactionWithFiles(db, who.dataDir, async (tx, files) => {
    await assertUsccFree(tx, who.organizationId, s.uscc);
    const row = await tx.supplier.create({
      data: { organizationId: who.organizationId, ...columnsOf(s), createdAt: who.now, updatedAt: who.now },
      select: { id: true },
    });
    const ids = await writeDocuments(tx, who.organizationId, row.id, s.documents, who.now);
    const stored = await attachDocumentFiles(tx, files, who, s.documents, ids);
    await recordAudit(tx, {
      organizationId: who.organizationId,
      actor: { kind: "user", userId: who.userId },
      action: "supplier.create",
      entityType: "supplier",
      entityId: row.id,
      data: { name: s.name, uscc: s.uscc, documents: s.documents.length, files: stored },
      at: who.now,
    });
    return row;
  });
}

export async function updateSupplier(db: Db, who: Who, s: SupplierUpdateWithFiles): Promise<{ id: string }> {
  return transactionWithFiles(db, who.dataDir, async (tx, files) => {
    const existing = await tx.supplier.findFirst({
      where: { id: s.id, organizationId: who.organizationId },
      select: { id: true, name: true, uscc: true },
    });
    if (!existing) throw new AppError("SUPPLIER_NOT_FOUND");
    await assertUsccFree(tx, who.organizationId, s.uscc, s.id);
    await tx.supplier.update({ where: { id: s.id }, data: { ...columnsOf(s), updatedAt: who.now } });
    const ids = await writeDocuments(tx, who.organizationId, s.id, s.documents, who.now);
    const stored = await attachDocumentFiles(tx, files, who, s.documents, ids);
    await recordAudit(tx, {
      organizationId: who.organizationId,
      actor: { kind: "user", userId: who.userId },
      action: "supplier.update",
      entityType: "supplier",
      entityId: s.id,
      data: { before: { name: existing.name, uscc: existing.uscc }, name: s.name, uscc: s.uscc, files: stored },
      at: who.now,
    });
    return { id: s.id };
  });
}

/** The register with each supplier's current documents, newest-named first by name order. */
export async function listSupplierRegister(
  db: Db,
  organizationId: string,
  today: string,
): Promise<SupplierRegisterRow[]> {
  const rows = await db.supplier.findMany({
    where: { organizationId },
    orderBy: [{ retiredAt: "asc" }, { name: "asc" }],
    select: {
      id: true,
      externalId: true,
      name: true,
      uscc: true,
      legacyRegNo: true,
      type: true,
      contactName: true,
      contactPhone: true,
      address: true,
      retiredAt: true,
      documents: { where: { retiredAt: null }, select: documentSelect, orderBy: { createdAt: "asc" } },
      _count: { select: { purchaseChecks: true } },
    },
  });
  const links = await db.attachmentLink.findMany({
    where: {
      organizationId,
      entityType: "supplier_document",
      entityId: { in: rows.flatMap((r) => r.documents.map((d) => d.id)) },
      removedAt: null,
    },
    orderBy: { createdAt: "asc" },
    select: { entityId: true, attachment: { select: { id: true, fileName: true } } },
  });
  const filesOf = (documentId: string) => links.filter((l) => l.entityId === documentId).map((l) => l.attachment);
  return rows.map((r) => ({
    id: r.id,
    externalId: r.externalId,
    name: r.name,
    uscc: r.uscc,
    legacyRegNo: r.legacyRegNo,
    type: r.type,
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    address: r.address,
    retired: r.retiredAt !== null,
    documents: r.documents.map((d) => ({
      ...d,
      expired: d.validUntil !== null && d.validUntil < today,
      files: filesOf(d.id),
    })),
    purchaseCount: r._count.purchaseChecks,
  }));
}
