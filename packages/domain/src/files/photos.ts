// Photo evidence (docs/decisions/035): for every photo stored with a record, when the server
// received it and — when the file or the phone tells — when and where it was taken, and a small
// thumbnail to show it by. The EXIF block is read from the stored bytes on the server; a photo the
// phone resized (and so stripped of EXIF) carries what the phone read from the original instead,
// marked as the device's word. A photo taken long before the record it is attached to is flagged.
import exifr from "exifr";
import sharp from "sharp";
import { localInstant } from "@anzhi/contracts";
import type { FileUpload, PhotoMeta } from "@anzhi/contracts/uploads";
import type { Db, Tx } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { sniffType, type LinkedAttachment } from "./attachments.ts";

/** A photo captured more than this long before the server received it with its record is flagged. */
export const PHOTO_TAKEN_LONG_BEFORE_HOURS = 24;

/**
 * Whether the capture time lies more than PHOTO_TAKEN_LONG_BEFORE_HOURS before `receivedAt`, the
 * server's receipt of the photo with the record it proves (the moment of the check).
 */
export function takenLongBefore(capturedAt: Date | null, receivedAt: Date): boolean {
  if (capturedAt === null) return false;
  return receivedAt.getTime() - capturedAt.getTime() > PHOTO_TAKEN_LONG_BEFORE_HOURS * 3_600_000;
}

/** The long side of a thumbnail, in pixels. */
export const THUMBNAIL_PX = 320;

/** What was read from one photo before its record's transaction (decoding takes no database lock). */
export interface PreparedPhoto {
  capturedAt: { local: string; offset: string | null } | { instant: Date } | null;
  latitude: number | null;
  longitude: number | null;
  source: "file" | "device" | null;
  thumbnail: Uint8Array | null;
}

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const OFFSET = /^[+-]\d{2}:\d{2}$/;

interface ExifRead {
  DateTimeOriginal?: unknown;
  OffsetTimeOriginal?: unknown;
  latitude?: unknown;
  longitude?: unknown;
}

const finite = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The capture time and position the file's own EXIF block claims (nothing when it has none or is unreadable). */
export async function readExif(
  bytes: Uint8Array,
): Promise<Pick<PreparedPhoto, "capturedAt" | "latitude" | "longitude">> {
  let read: ExifRead | undefined;
  try {
    read = (await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      pick: [
        "DateTimeOriginal",
        "OffsetTimeOriginal",
        "GPSLatitude",
        "GPSLatitudeRef",
        "GPSLongitude",
        "GPSLongitudeRef",
      ],
      reviveValues: false,
    })) as ExifRead | undefined;
  } catch {
    read = undefined;
  }
  const date = typeof read?.DateTimeOriginal === "string" ? EXIF_DATE.exec(read.DateTimeOriginal.trim()) : null;
  const offset =
    typeof read?.OffsetTimeOriginal === "string" && OFFSET.test(read.OffsetTimeOriginal)
      ? read.OffsetTimeOriginal
      : null;
  const latitude = finite(read?.latitude);
  const longitude = finite(read?.longitude);
  const located = latitude !== null && longitude !== null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  return {
    capturedAt: date ? { local: `${date[1]}-${date[2]}-${date[3]} ${date[4]}:${date[5]}:${date[6]}`, offset } : null,
    latitude: located ? latitude : null,
    longitude: located ? longitude : null,
  };
}

/** A JPEG of at most THUMBNAIL_PX on its long side, turned upright; null when the image cannot be decoded. */
export async function makeThumbnail(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    const out = await sharp(bytes)
      .rotate()
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 72 })
      .toBuffer();
    return new Uint8Array(out);
  } catch {
    return null;
  }
}

/**
 * Reads each uploaded file that is an image (others answer null, in place): its EXIF, else what
 * the phone declared for it, and its thumbnail.
 */
export async function preparePhotos(
  files: readonly FileUpload[] | undefined,
  declared: readonly PhotoMeta[] | undefined,
): Promise<Array<PreparedPhoto | null>> {
  return Promise.all(
    (files ?? []).map(async (file, i): Promise<PreparedPhoto | null> => {
      if (!sniffType(file.bytes)?.startsWith("image/")) return null;
      const [exif, thumbnail] = await Promise.all([readExif(file.bytes), makeThumbnail(file.bytes)]);
      if (exif.capturedAt !== null || exif.latitude !== null) return { ...exif, source: "file", thumbnail };
      const device = declared?.[i];
      const instant = device?.capturedAt ? new Date(device.capturedAt) : null;
      const located = device?.latitude != null && device.longitude != null;
      if (instant === null && !located) return { ...exif, source: null, thumbnail };
      return {
        capturedAt: instant ? { instant } : null,
        latitude: located ? device.latitude : null,
        longitude: located ? device.longitude : null,
        source: "device",
        thumbnail,
      };
    }),
  );
}

function captureInstant(captured: PreparedPhoto["capturedAt"], timeZone: string): Date | null {
  if (captured === null) return null;
  if ("instant" in captured) return captured.instant;
  const at = captured.offset
    ? new Date(`${captured.local.replace(" ", "T")}${captured.offset}`)
    : localInstant(captured.local, timeZone);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * Records the evidence of the photos just stored (`attachmentIds` in the order of `prepared`),
 * inside their record's transaction. A file the organisation already had keeps its first receipt.
 */
export async function recordPhotoEvidence(
  tx: Pick<Tx, "photoEvidence">,
  input: {
    organizationId: string;
    timeZone: string;
    attachmentIds: readonly string[];
    prepared: ReadonlyArray<PreparedPhoto | null>;
    now: Date;
  },
): Promise<void> {
  const seen = new Set<string>();
  for (const [i, attachmentId] of input.attachmentIds.entries()) {
    const photo = input.prepared[i];
    if (!photo || seen.has(attachmentId)) continue;
    seen.add(attachmentId);
    const existing = await tx.photoEvidence.findUnique({ where: { attachmentId }, select: { attachmentId: true } });
    if (existing) continue;
    await tx.photoEvidence.create({
      data: {
        attachmentId,
        organizationId: input.organizationId,
        receivedAt: input.now,
        capturedAt: captureInstant(photo.capturedAt, input.timeZone),
        latitude: photo.latitude,
        longitude: photo.longitude,
        metaSource: photo.source,
        thumbnail: photo.thumbnail ? Buffer.from(photo.thumbnail) : null,
      },
    });
  }
}

/** What a photo's stamp says, shown on the image view and in print. */
export interface PhotoStamp {
  receivedAt: Date;
  capturedAt: Date | null;
  latitude: number | null;
  longitude: number | null;
  source: "file" | "device" | null;
  hasThumbnail: boolean;
  /** Captured more than PHOTO_TAKEN_LONG_BEFORE_HOURS before the server received it with its record. */
  takenLongBefore: boolean;
}

export type StampedAttachment = LinkedAttachment & { stamp: PhotoStamp | null };

/** The attachments with the stamp of each one that is a photo with recorded evidence. */
export async function stampAttachments(
  db: Pick<Tx, "photoEvidence">,
  organizationId: string,
  attachments: readonly LinkedAttachment[],
): Promise<StampedAttachment[]> {
  if (attachments.length === 0) return [];
  const rows = await db.photoEvidence.findMany({
    where: { organizationId, attachmentId: { in: attachments.map((a) => a.id) } },
    select: {
      attachmentId: true,
      receivedAt: true,
      capturedAt: true,
      latitude: true,
      longitude: true,
      metaSource: true,
      thumbnail: true,
    },
  });
  const byId = new Map(rows.map((r) => [r.attachmentId, r]));
  return attachments.map((a) => {
    const r = byId.get(a.id);
    if (!r) return { ...a, stamp: null };
    return {
      ...a,
      stamp: {
        receivedAt: r.receivedAt,
        capturedAt: r.capturedAt,
        latitude: r.latitude,
        longitude: r.longitude,
        source: r.metaSource === "file" || r.metaSource === "device" ? r.metaSource : null,
        hasThumbnail: r.thumbnail !== null,
        takenLongBefore: takenLongBefore(r.capturedAt, r.receivedAt),
      },
    };
  });
}

/** The thumbnail of an organisation's photo. */
export async function readThumbnail(
  db: Pick<Db, "photoEvidence">,
  organizationId: string,
  attachmentId: string,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const row = await db.photoEvidence.findFirst({
    where: { attachmentId, organizationId },
    select: { thumbnail: true },
  });
  if (!row?.thumbnail) throw new AppError("RECORD_NOT_FOUND");
  return { fileName: `${attachmentId}-thumbnail.jpg`, mimeType: "image/jpeg", bytes: Buffer.from(row.thumbnail) };
}
