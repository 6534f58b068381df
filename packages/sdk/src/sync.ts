// sync(): chunks a large array into batches, pushes `concurrency` batches at a time and reports
// progress. When a batch fails for good, sync() stops starting batches, lets those in flight
// finish and throws a SyncError carrying the report so far: counts and rejections of every batch
// that finished, and which records those were (`completed`). `sync(records, { resumeFrom:
// err.report })` then pushes only the rest and returns one report for the whole array. (A plain
// re-run is safe too — stored records come back `unchanged` — but starts again from record 0.)
import type { BatchPushResult, RecordPushResult } from "@anzhi/contracts";
import { AnzhiError, AnzhiValidationError } from "./errors";
import type { ReadOptions } from "./options";

export interface SyncProgress {
  /** Records processed so far (all results, rejected included). */
  done: number;
  total: number;
  counts: BatchPushResult["counts"];
}

/** Records `start` (inclusive) to `end` (exclusive) of the array given to sync(). */
export interface SyncRange {
  start: number;
  end: number;
}

export interface SyncReport {
  total: number;
  counts: BatchPushResult["counts"];
  /** Rejected records with their index in the array given to sync(). */
  rejected: RecordPushResult[];
  /**
   * Records whose batches the server answered, as sorted, merged index ranges (the whole array
   * when sync() returns). Plain JSON: it can be saved and passed as `resumeFrom` in a later run.
   */
  completed: SyncRange[];
}

/**
 * `signal`, `timeoutMs` and `maxRetries` apply to every batch request (an abort stops the sync
 * with a SyncError whose cause is an AnzhiAbortError). Each batch gets its own Idempotency-Key,
 * reused by that batch's retries.
 */
export interface SyncOptions extends ReadOptions {
  /** Records per request, 1–1,000 (default 500). */
  batchSize?: number;
  /** Requests in flight at once, 1–16 (default 4). */
  concurrency?: number;
  onProgress?: (progress: SyncProgress) => void;
  /**
   * The report of an earlier sync() of the same array that failed (`SyncError.report`): its
   * completed records are skipped, its counts and rejections carried into the new report.
   */
  resumeFrom?: SyncReport;
}

/** sync() stopped: `cause` is the error of the batch that failed, `report` what was stored before. */
export class SyncError extends AnzhiError {
  override name = "SyncError";
  readonly report: SyncReport;
  constructor(cause: unknown, report: SyncReport) {
    const done = report.completed.reduce((n, r) => n + r.end - r.start, 0);
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `sync stopped after ${done} of ${report.total} records: ${reason} (resume with { resumeFrom: error.report })`,
      {
        code: cause instanceof AnzhiError ? cause.code : "UNKNOWN",
        status: cause instanceof AnzhiError ? cause.status : undefined,
        requestId: cause instanceof AnzhiError ? cause.requestId : null,
        cause,
      },
    );
    this.report = report;
  }
}

function invalid(path: string, message: string, detail: string): AnzhiValidationError {
  return new AnzhiValidationError(message, { code: "VALIDATION_FAILED", issues: [{ path, message: detail }] });
}

/** Sorted ranges with overlaps and neighbours merged. */
function merge(ranges: readonly SyncRange[]): SyncRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: SyncRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Index ranges of `indices` (ascending) that are consecutive. */
function rangesOf(indices: readonly number[]): SyncRange[] {
  const out: SyncRange[] = [];
  for (const i of indices) {
    const last = out[out.length - 1];
    if (last && last.end === i) last.end = i + 1;
    else out.push({ start: i, end: i + 1 });
  }
  return out;
}

function checkResume(report: SyncReport, total: number): void {
  const ranges = Array.isArray(report.completed) ? report.completed : null;
  if (report.total !== total || !ranges) {
    throw invalid(
      "resumeFrom",
      "resumeFrom is the report of a sync() of another array",
      `report.total ${report.total}, records ${total}`,
    );
  }
  for (const r of ranges) {
    if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end > total || r.start >= r.end)
      throw invalid(
        "resumeFrom.completed",
        "resumeFrom.completed holds a range outside the records",
        JSON.stringify(r),
      );
  }
}

export async function syncRecords<In>(
  records: readonly In[],
  pushBatch: (batch: In[]) => Promise<BatchPushResult>,
  options: SyncOptions,
): Promise<SyncReport> {
  const batchSize = options.batchSize ?? 500;
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    throw invalid("batchSize", "batchSize must be an integer from 1 to 1000", "1–1000");
  }
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
    throw invalid("concurrency", "concurrency must be an integer from 1 to 16", "1–16");
  }
  const resume = options.resumeFrom;
  if (resume) checkResume(resume, records.length);
  const skip = merge(resume?.completed ?? []);

  // The records still to push, in order, cut into batches of at most batchSize.
  const pending: number[] = [];
  let r = 0;
  for (let i = 0; i < records.length; i++) {
    while (skip[r] && (skip[r]?.end ?? 0) <= i) r++;
    const range = skip[r];
    if (range && range.start <= i && i < range.end) continue;
    pending.push(i);
  }
  const batches: number[][] = [];
  for (let i = 0; i < pending.length; i += batchSize) batches.push(pending.slice(i, i + batchSize));

  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0, ...resume?.counts };
  const rejected: RecordPushResult[] = [...(resume?.rejected ?? [])];
  const completed: SyncRange[] = [...skip];
  let done = records.length - pending.length;
  let next = 0;
  let failed: { error: unknown } | null = null;
  async function worker(): Promise<void> {
    while (failed === null && next < batches.length) {
      const indices = batches[next++] ?? [];
      try {
        const result = await pushBatch(indices.map((i) => records[i] as In));
        for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += result.counts[key];
        for (const res of result.results)
          if (res.status === "rejected") rejected.push({ ...res, index: indices[res.index] ?? res.index });
        completed.push(...rangesOf(indices));
        done += result.results.length;
        options.onProgress?.({ done, total: records.length, counts: { ...counts } });
      } catch (error) {
        failed ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  rejected.sort((a, b) => a.index - b.index);
  const report: SyncReport = { total: records.length, counts, rejected, completed: merge(completed) };
  if (failed !== null) throw new SyncError((failed as { error: unknown }).error, report);
  return report;
}
