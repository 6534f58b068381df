// The files service. Evidence files (photos, scans) come with the record they belong to and are
// stored inside that record's transaction (transactionWithFiles): checked by size and by their
// first bytes (not the name or the claimed type), stored content-addressed under the key
// uploads/<org>/<xx>/<sha256> of the FileStorage (./storage.ts: the data folder or an S3 bucket)
// and never deleted once committed. A file is attached to a record through AttachmentLink;
// linkAttachments links files the organisation already has.
import { createHash } from "node:crypto";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import type { Readable } from "node:stream";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, type FileUpload } from "@anzhi/contracts/uploads";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError, fieldError } from "../errors.ts";
import { storageAt, type FileLocation, type FileStorage } from "./storage.ts";

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
 * Runs `work` in one transaction with a FileStore: every file it stores is written to the storage
 * (`files`: a FileStorage, or the data folder's path) before the commit and removed again when the
 * transaction fails, so a refused record leaves neither an Attachment row nor a file behind. A file
 * some committed row refers to (another transaction stored the same bytes meanwhile) is kept.
 */
export async function transactionWithFiles<T>(
  db: Db,
  files: FileLocation,
  work: (tx: Tx, files: FileStore) => Promise<T>,
): Promise<T> {
  const storage = storageAt(files);
  const written: string[] = [];
  try {
    return await db.$transaction((tx) => work(tx, fileStore(tx, storage, written)));
  } catch (error) {
    for (const storageKey of written) {
      if ((await db.attachment.count({ where: { storageKey } })) === 0) await storage.delete(storageKey);
    }
    throw error;
  }
}

function fileStore(tx: Tx, storage: FileStorage, written: string[]): FileStore {
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
    if ((await storage.head(storageKey)) === null) {
      await storage.put(storageKey, bytes, { contentType: mimeType });
      written.push(storageKey);
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

export interface OpenedAttachment {
  fileName: string;
  mimeType: string;
  size: number;
  /** The bytes as they are read from the storage (for a download: never held whole). */
  body: Readable;
}

/**
 * An organisation's file as a stream, for download. RECORD_NOT_FOUND when the organisation has no
 * such file; FILE_CONTENT_MISSING (404) when its row exists but the storage lost the bytes.
 */
export async function openAttachment(
  db: Db,
  organizationId: string,
  files: FileLocation,
  id: string,
): Promise<OpenedAttachment> {
  const row = await db.attachment.findFirst({
    where: { id, organizationId },
    select: { storageKey: true, fileName: true, mimeType: true },
  });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  const object = await storageAt(files).get(row.storageKey);
  if (!object) throw new AppError("FILE_CONTENT_MISSING");
  return { fileName: row.fileName, mimeType: row.mimeType, size: object.size, body: object.body };
}

/** The bytes of an organisation's file, whole (to process them; downloads stream: openAttachment). */
export async function readAttachment(
  db: Db,
  organizationId: string,
  files: FileLocation,
  id: string,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const file = await openAttachment(db, organizationId, files, id);
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: await buffer(file.body) };
}
