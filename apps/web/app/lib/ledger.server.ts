// Helpers for the hazard and proposal routes: evidence files posted with a form become stored
// attachments (checked by the server), and XLSX exports become downloads.
import type { MemberContext } from "./auth.server.ts";

/** Uploads every non-empty file of `field`; returns the attachment ids. Failures throw (shown by the form). */
export async function uploadFiles(caller: MemberContext["caller"], form: FormData, field: string): Promise<string[]> {
  const ids: string[] = [];
  for (const value of form.getAll(field)) {
    if (typeof value === "string" || value.size === 0) continue;
    const bytes = Buffer.from(await value.arrayBuffer());
    const stored = await caller.hazards.uploadEvidence({ fileName: value.name || "photo", base64: bytes.toString("base64") });
    ids.push(stored.id);
  }
  return ids;
}

export function xlsxResponse(file: { base64: string; contentDisposition: string }): Response {
  return new Response(Buffer.from(file.base64, "base64"), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": file.contentDisposition,
      "cache-control": "no-store",
    },
  });
}
