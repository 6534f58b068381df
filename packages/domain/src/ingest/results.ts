// Batch results in request order with their counts.
import type { BatchPushResult, RecordPushResult } from "@anzhi/contracts";

export function summarize(results: RecordPushResult[]): BatchPushResult {
  const sorted = [...results].sort((a, b) => a.index - b.index);
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const r of sorted) counts[r.status] += 1;
  return { results: sorted, counts };
}
