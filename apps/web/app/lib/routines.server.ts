// Helpers for the routine routes: photos posted with a form become stored attachments (checked by
// the server), XLSX downloads, and the organisation's "today" for defaults.
import type { MemberContext } from "./auth.server.ts";

/** Uploads every non-empty file of `field`; returns the attachment ids. */
export async function uploadPhotos(caller: MemberContext["caller"], form: FormData, field: string): Promise<string[]> {
  const ids: string[] = [];
  for (const value of form.getAll(field)) {
    if (typeof value === "string" || value.size === 0) continue;
    const bytes = Buffer.from(await value.arrayBuffer());
    const stored = await caller.routines.daily.uploadPhoto({ fileName: value.name || "photo", base64: bytes.toString("base64") });
    ids.push(stored.id);
  }
  return ids;
}

/** Text fields of a form, trimmed; empty strings become undefined. */
export function text(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  if (typeof v !== "string") return undefined;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** "2026-11-27 09:05" in the organisation's time zone. */
export function formatAt(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

export function xlsxDownload(file: { base64: string; contentDisposition: string }): Response {
  return new Response(Buffer.from(file.base64, "base64"), {
    headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "content-disposition": file.contentDisposition, "cache-control": "no-store" },
  });
}
