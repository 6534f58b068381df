// Evidence files (photos, scans): checked by size and by their first bytes (not the name or the
// claimed type), stored content-addressed under <data>/uploads/<org>/ and never deleted. A file
// is attached to a record through AttachmentLink, written inside the record's transaction.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError, fieldError } from "../errors.ts";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ALLOWED_ATTACHMENT_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic", "application/pdf"] as const;
export type AttachmentType = (typeof ALLOWED_ATTACHMENT_TYPES)[number];

const HEIF_BRANDS: ReadonlySet<string> = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

/** The type the bytes really are, or null when not one we accept. */
export function sniffType(bytes: Uint8Array): AttachmentType | null {
  const at = (i: number): number => bytes[i] ?? -1;
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return "image/jpeg";
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return "image/png";
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  if (bytes.length >= 5 && ascii(0, 5) === "%PDF-") return "application/pdf";
  // HEIC/HEIF (iPhone camera): an ISO-BMFF "ftyp" box with a HEIF brand.
  if (bytes.length >= 12 && ascii(4, 8) === "ftyp" && HEIF_BRANDS.has(ascii(8, 12))) return "image/heic";
  return null;
}

export interface StoreAttachmentInput {
  organizationId: string;
  dataDir: string;
  fileName: string;
  bytes: Uint8Array;
  actor: Actor;
  /** Field path reported on a refused file, e.g. "evidence.0". */
  path?: string;
}

export interface StoredAttachment {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

export async function storeAttachment(db: Db, input: StoreAttachmentInput): Promise<StoredAttachment> {
  const field = input.path ?? "file";
  if (input.bytes.length === 0) throw fieldError("VALIDATION_FAILED", field, "field.required");
  if (input.bytes.length > MAX_ATTACHMENT_BYTES) {
    throw fieldError("VALIDATION_FAILED", field, "file.too_large", { maximum: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
  }
  const mimeType = sniffType(input.bytes);
  if (mimeType === null) throw fieldError("VALIDATION_FAILED", field, "file.type_not_allowed");
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const storageKey = path.posix.join("uploads", input.organizationId, sha256.slice(0, 2), sha256);
  const absolute = path.join(input.dataDir, storageKey);
  if (!existsSync(absolute)) {
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, input.bytes, { flag: "wx" });
  }
  const fileName = path.basename(input.fileName).slice(0, 200) || "file";
  return db.$transaction(async (tx) => {
    const existing = await tx.attachment.findUnique({ where: { storageKey }, select: { id: true, fileName: true, mimeType: true, size: true } });
    if (existing) return existing;
    const row = await tx.attachment.create({
      data: {
        organizationId: input.organizationId,
        storageKey,
        fileName,
        mimeType,
        size: input.bytes.length,
        sha256,
        uploadedByUserId: input.actor.kind === "user" ? input.actor.userId : null,
      },
      select: { id: true, fileName: true, mimeType: true, size: true },
    });
    await recordAudit(tx, { organizationId: input.organizationId, actor: input.actor, action: "attachment.upload", entityType: "attachment", entityId: row.id, data: { sha256, mimeType, size: row.size } });
    return row;
  });
}

/** Links files (which must belong to the organisation) to a record, inside the caller's transaction. */
export async function linkAttachments(
  tx: Tx,
  input: { organizationId: string; attachmentIds: readonly string[]; entityType: string; entityId: string; purpose: string; userId: string | null; path?: string },
): Promise<void> {
  if (input.attachmentIds.length === 0) return;
  const found = await tx.attachment.findMany({ where: { organizationId: input.organizationId, id: { in: [...input.attachmentIds] } }, select: { id: true } });
  const known = new Set(found.map((f) => f.id));
  const missing = input.attachmentIds.findIndex((id) => !known.has(id));
  if (missing >= 0) throw fieldError("VALIDATION_FAILED", `${input.path ?? "evidenceFileIds"}.${missing}`, "file.unknown");
  await tx.attachmentLink.createMany({
    data: input.attachmentIds.map((attachmentId) => ({
      organizationId: input.organizationId,
      attachmentId,
      entityType: input.entityType,
      entityId: input.entityId,
      purpose: input.purpose,
      createdByUserId: input.userId,
    })),
  });
}

export interface LinkedAttachment extends StoredAttachment {
  purpose: string | null;
  linkedAt: Date;
}

export async function listLinkedAttachments(db: Pick<Tx, "attachmentLink">, organizationId: string, entityType: string, entityId: string): Promise<LinkedAttachment[]> {
  const links = await db.attachmentLink.findMany({
    where: { organizationId, entityType, entityId, removedAt: null },
    orderBy: { createdAt: "asc" },
    select: { purpose: true, createdAt: true, attachment: { select: { id: true, fileName: true, mimeType: true, size: true } } },
  });
  return links.map((l) => ({ ...l.attachment, purpose: l.purpose, linkedAt: l.createdAt }));
}

/** The bytes of an organisation's file, for download. */
export async function readAttachment(db: Db, organizationId: string, dataDir: string, id: string): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const row = await db.attachment.findFirst({ where: { id, organizationId }, select: { storageKey: true, fileName: true, mimeType: true } });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  return { fileName: row.fileName, mimeType: row.mimeType, bytes: readFileSync(path.join(dataDir, row.storageKey)) };
}
