// The files service. Evidence files (photos, scans) come with the record they belong to and are
// stored inside that record's transaction (transactionWithFiles): checked by size and by their
// first bytes (not the name or the claimed type), stored content-addressed under
// <data>/uploads/<org>/ and never deleted once committed. A file is attached to a record through
// AttachmentLink; linkAttachments links files the organisation already has.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, type FileUpload } from "@anzhi/contracts/uploads";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError, fieldError } from "../errors.ts";

export const ALLOWED_ATTACHMENT_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "application/pdf",
] as const;
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

export interface StoredAttachment {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

/** Stores uploaded files inside the transaction of the record they belong to. */
export interface FileStore {
  /**
   * Checks one file (size, and type by its first bytes), writes it and records it; an identical
   * file of the organisation is reused. A refusal names `path` and the reason.
   */
  store(input: {
    organizationId: string;
    file: FileUpload;
    actor: Actor;
    path: string;
    types?: readonly AttachmentType[];
  }): Promise<StoredAttachment>;
  /** Stores `files` and links each to the record; returns their attachment ids in order. */
  attach(input: {
    organizationId: string;
    files: readonly FileUpload[] | undefined;
    entityType: string;
    entityId: string;
    purpose: string;
    actor: Actor;
    path: string;
  }): Promise<string[]>;
}

/**
 * Runs `work` in one transaction with a FileStore: every file it stores is written to disk before
 * the commit and removed again when the transaction fails, so a refused record leaves neither an
 * Attachment row nor a file behind. (SQLite runs one write transaction at a time, so no other
 * transaction can come to rely on a file between its writing and its removal.)
 */
export async function transactionWithFiles<T>(
  db: Db,
  dataDir: string,
  work: (tx: Tx, files: FileStore) => Promise<T>,
): Promise<T> {
  const written: string[] = [];
  try {
    return await db.$transaction((tx) => work(tx, fileStore(tx, dataDir, written)));
  } catch (error) {
    for (const file of written) removeWritten(dataDir, file);
    throw error;
  }
}

function fileStore(tx: Tx, dataDir: string, written: string[]): FileStore {
  const store: FileStore["store"] = async ({ organizationId, file, actor, path: field, types }) => {
    const bytes = file.bytes;
    if (bytes.length === 0) throw fieldError("VALIDATION_FAILED", field, "field.required");
    if (bytes.length > MAX_UPLOAD_BYTES)
      throw fieldError("VALIDATION_FAILED", field, "file.too_large", { maximum: MAX_UPLOAD_MB });
    const mimeType = sniffType(bytes);
    if (mimeType === null || (types && !types.includes(mimeType)))
      throw fieldError("VALIDATION_FAILED", field, "file.type_not_allowed");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const storageKey = path.posix.join("uploads", organizationId, sha256.slice(0, 2), sha256);
    const select = { id: true, fileName: true, mimeType: true, size: true } as const;
    const existing = await tx.attachment.findUnique({ where: { storageKey }, select });
    const absolute = path.join(dataDir, storageKey);
    if (!existsSync(absolute)) {
      mkdirSync(path.dirname(absolute), { recursive: true });
      // Written whole under a temporary name first, so the content address never holds half a file.
      const temporary = `${absolute}.${randomUUID()}.part`;
      writeFileSync(temporary, bytes, { flag: "wx" });
      renameSync(temporary, absolute);
      written.push(absolute);
    }
    if (existing) return existing;
    const row = await tx.attachment.create({
      data: {
        organizationId,
        storageKey,
        fileName: path.basename(file.fileName.replaceAll("\\", "/")).slice(0, 200) || "file",
        mimeType,
        size: bytes.length,
        sha256,
        uploadedByUserId: actor.kind === "user" ? actor.userId : null,
      },
      select,
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "attachment.upload",
      entityType: "attachment",
      entityId: row.id,
      data: { sha256, mimeType, size: row.size },
    });
    return row;
  };
  return {
    store,
    async attach({ organizationId, files, entityType, entityId, purpose, actor, path: field }) {
      const ids: string[] = [];
      for (const file of files ?? []) ids.push((await store({ organizationId, file, actor, path: field })).id);
      const distinct = [...new Set(ids)];
      if (distinct.length > 0) {
        await tx.attachmentLink.createMany({
          data: distinct.map((attachmentId) => ({
            organizationId,
            attachmentId,
            entityType,
            entityId,
            purpose,
            createdByUserId: actor.kind === "user" ? actor.userId : null,
          })),
        });
      }
      return ids;
    },
  };
}

/** Removes a file written by a failed transaction, and the folders it left empty. */
function removeWritten(dataDir: string, file: string): void {
  rmSync(file, { force: true });
  const uploads = path.join(dataDir, "uploads");
  for (let dir = path.dirname(file); dir.startsWith(uploads) && dir !== uploads; dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty: another file lives there
    }
  }
}

/** Links files (which must belong to the organisation) to a record, inside the caller's transaction. */
export async function linkAttachments(
  tx: Tx,
  input: {
    organizationId: string;
    attachmentIds: readonly string[];
    entityType: string;
    entityId: string;
    purpose: string;
    userId: string | null;
    path?: string;
  },
): Promise<void> {
  if (input.attachmentIds.length === 0) return;
  const found = await tx.attachment.findMany({
    where: { organizationId: input.organizationId, id: { in: [...input.attachmentIds] } },
    select: { id: true },
  });
  const known = new Set(found.map((f) => f.id));
  const missing = input.attachmentIds.findIndex((id) => !known.has(id));
  if (missing >= 0)
    throw fieldError("VALIDATION_FAILED", `${input.path ?? "evidenceFileIds"}.${missing}`, "file.unknown");
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

export async function listLinkedAttachments(
  db: Pick<Tx, "attachmentLink">,
  organizationId: string,
  entityType: string,
  entityId: string,
): Promise<LinkedAttachment[]> {
  const links = await db.attachmentLink.findMany({
    where: { organizationId, entityType, entityId, removedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      purpose: true,
      createdAt: true,
      attachment: { select: { id: true, fileName: true, mimeType: true, size: true } },
    },
  });
  return links.map((l) => ({ ...l.attachment, purpose: l.purpose, linkedAt: l.createdAt }));
}

/** The bytes of an organisation's file, for download. */
export async function readAttachment(
  db: Db,
  organizationId: string,
  dataDir: string,
  id: string,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const row = await db.attachment.findFirst({
    where: { id, organizationId },
    select: { storageKey: true, fileName: true, mimeType: true },
  });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  return { fileName: row.fileName, mimeType: row.mimeType, bytes: readFileSync(path.join(dataDir, row.storageKey)) };
}
