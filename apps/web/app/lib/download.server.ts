// Downloads (attachments, XLSX, CSV, the dossier) leave through resource routes as binary bodies
// with the type and the RFC 6266/5987 disposition the procedure answered (Chinese names in
// `filename*`, an ASCII `filename` for old clients).
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
    },
  });
}
