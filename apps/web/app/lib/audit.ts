// The audit trail page's filter as its URL carries it: /app/audit and its XLSX export read the same
// query (the procedure's schema checks the values).
export const AUDIT_FILTER_KEYS = ["actorUserId", "entityType", "entityId", "from", "to"] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];

export function auditFilterOf(params: URLSearchParams): Record<string, string> {
  const filter: Record<string, string> = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const v = params.get(key)?.trim();
    if (v) filter[key] = v;
  }
  return filter;
}
