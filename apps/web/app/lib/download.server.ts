// Downloads (attachments, XLSX, CSV, the dossier) leave through resource routes as binary bodies
// with the type and the RFC 6266/5987 disposition the procedure answered (Chinese names in
// `filename*`, an ASCII `filename` for old clients). Their own Content-Security-Policy forbids
// everything (and sandboxes the document), so a file opened in place can run nothing.
export const DOWNLOAD_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

export interface DownloadFile {
  bytes: Uint8Array;
  contentType: string;
  contentDisposition: string;
}

export function downloadResponse(file: DownloadFile, cacheControl = "no-store"): Response {
  return new Response(new Blob([file.bytes as Uint8Array<ArrayBuffer>]).stream(), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": file.contentDisposition,
      "content-length": String(file.bytes.byteLength),
      "cache-control": cacheControl,
      "x-content-type-options": "nosniff",
      "content-security-policy": DOWNLOAD_CSP,
    },
  });
}
