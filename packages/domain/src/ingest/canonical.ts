// Canonical content hash of a pushed record: keys sorted at every level, undefined and null
// dropped, strings NFC-normalised (zod already trimmed them), instants as UTC ISO with
// milliseconds, so the same record sent by a different ERP build hashes the same.
import { createHash } from "node:crypto";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export function canonicalize(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    if (ISO_INSTANT.test(value)) {
      const t = Date.parse(value);
      if (!Number.isNaN(t)) return new Date(t).toISOString();
    }
    return value.normalize("NFC");
  }
  if (typeof value === "number") return Object.is(value, -0) ? 0 : value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => canonicalize(v) ?? null);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = canonicalize((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return value;
}

export function contentHash(value: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(canonicalize(value) ?? null))
    .digest("hex");
}
