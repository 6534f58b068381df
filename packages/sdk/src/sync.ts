// sync(): chunks a large array into batches, pushes `concurrency` batches at a time and reports
// progress. Re-running a sync after a failure is safe: stored records come back `unchanged`.
import type { BatchPushResult, RecordPushResult } from "@anzhi/contracts";
import { AnzhiValidationError } from "./errors";

export interface SyncProgress {
  /** Records processed so far (all results, rejected included). */
  done: number;
  total: number;
  counts: BatchPushResult["counts"];
}

export interface SyncOptions {
  /** Records per request, 1–1,000 (default 500). */
  batchSize?: number;
  /** Requests in flight at once, 1–16 (default 4). */
  concurrency?: number;
  onProgress?: (progress: SyncProgress) => void;
}

export interface SyncReport {
  total: number;
  counts: BatchPushResult["counts"];
  /** Rejected records with their index in the array given to sync(). */
  rejected: RecordPushResult[];
}

export async function syncRecords<In>(
  records: readonly In[],
  pushBatch: (batch: In[]) => Promise<BatchPushResult>,
  options: SyncOptions,
): Promise<SyncReport> {
  const batchSize = options.batchSize ?? 500;
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    throw new AnzhiValidationError("batchSize must be an integer from 1 to 1000", {
      code: "VALIDATION_FAILED",
      issues: [{ path: "batchSize", message: "1–1000" }],
    });
  }
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
    throw new AnzhiValidationError("concurrency must be an integer from 1 to 16", {
      code: "VALIDATION_FAILED",
      issues: [{ path: "concurrency", message: "1–16" }],
    });
  }
  const starts: number[] = [];
  for (let i = 0; i < records.length; i += batchSize) starts.push(i);
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const rejected: RecordPushResult[] = [];
  let done = 0;
  let next = 0;
  let failed: unknown = null;
  async function worker(): Promise<void> {
    while (failed === null && next < starts.length) {
      const start = starts[next++] ?? 0;
      try {
        const result = await pushBatch(records.slice(start, start + batchSize));
        for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += result.counts[key];
        for (const r of result.results) if (r.status === "rejected") rejected.push({ ...r, index: start + r.index });
        done += result.results.length;
        options.onProgress?.({ done, total: records.length, counts: { ...counts } });
      } catch (error) {
        failed ??= error;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, starts.length) }, worker));
  if (failed !== null) throw failed;
  rejected.sort((a, b) => a.index - b.index);
  return { total: records.length, counts, rejected };
}
