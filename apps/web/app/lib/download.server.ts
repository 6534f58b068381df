// Downloads (attachments, XLSX, CSV, the dossier) leave through resource routes as binary bodies —
// a stored file streamed from its storage as it is read, an export from memory — with the type and the RFC 6266/5987 disposition the procedure answered (Chinese names in
// `filename*`, an ASCII `filename` for old clients). Their own Content-Security-Policy forbids
// everything (and sandboxes the document), so a file opened in place can run nothing.
import type { Readable } from "node:stream";
import { createReadableStreamFromReadable } from "@remix-run/node";

export const DOWNLOAD_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

export type DownloadFile = { contentType: string; contentDisposition: string } & (
  { bytes: Uint8Array } | { body: Readable; size: number }
);

export function downloadResponse(file: DownloadFile, cacheControl = "no-store"): Response {
  const [body, size] =
    "bytes" in file
      ? [new Blob([file.bytes as Uint8Array<ArrayBuffer>]).stream(), file.bytes.byteLength]
      : [createReadableStreamFromReadable(file.body), file.size];
  return new Response(body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": file.contentDisposition,
      "content-length": String(size),
      "cache-control": cacheControl,
      "x-content-type-options": "nosniff",
      "content-security-policy": DOWNLOAD_CSP,
    },
  });
}
