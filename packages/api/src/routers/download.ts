// What a download procedure answers: the file's bytes (never encoded as text) — an export built in
// memory, or a stored file as a stream from its storage — with the headers a resource route sends
// them with (apps/web/app/lib/download.server.ts). Only in-process callers use these procedures;
// the browser downloads through those routes.
import type { Readable } from "node:stream";
import { XLSX_MIME } from "@anzhi/domain/hazards/xlsx";

export interface Download {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  /** RFC 6266 with an ASCII `filename` fallback and the UTF-8 name as RFC 5987 `filename*`. */
  contentDisposition: string;
}

/** An XLSX/CSV export as the domain builds it (its own disposition; XLSX unless it names a type). */
export function exportDownload(file: {
  bytes: Uint8Array;
  fileName: string;
  contentDisposition: string;
  mime?: string;
}): Download {
  return {
    bytes: file.bytes,
    contentType: file.mime ?? XLSX_MIME,
    fileName: file.fileName,
    contentDisposition: file.contentDisposition,
  };
}

/** Types a browser may show in place: raster images only (a PDF or anything else runs a viewer). */
const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/webp", "image/gif"]);

/**
 * A stored attachment — as a stream (openAttachment) or as bytes (readAttachment) — saved
 * (`attachment`), or, when `inline` is asked for and it is a raster image, shown in the browser.
 * PDFs and every other type are always saved.
 */
export function attachmentDownload<F extends { bytes: Uint8Array } | { body: Readable; size: number }>(
  file: F & { fileName: string; mimeType: string },
  wanted: "inline" | "attachment",
): F & Omit<Download, "bytes"> {
  const disposition = wanted === "inline" && INLINE_TYPES.has(file.mimeType.toLowerCase()) ? "inline" : "attachment";
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return {
    ...file,
    contentType: file.mimeType,
    fileName: file.fileName,
    contentDisposition: `${disposition}; filename="${ascii}"; filename*=UTF-8''${rfc5987(file.fileName)}`,
  };
}

/** Percent-encodes all but RFC 5987's attr-chars (encodeURIComponent leaves ' ( ) * as they are). */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
