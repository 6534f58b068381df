#!/usr/bin/env node
// Nightly ERP → Anzhi sync. Run it from cron / Windows Task Scheduler after the ERP export:
//
//   ANZHI_API_KEY=anz_… ANZHI_URL=https://anzhi.example.com node sync.mjs ./export
//
// It pushes suppliers first (inspections refer to them), then incoming and outgoing inspection
// records, 500 per request and 4 requests at a time. Every push is idempotent: re-running after
// a crash or a network failure stores nothing twice (unchanged records come back `unchanged`,
// changed ones become a new revision). Rejected records are written to rejected-<date>.jsonl with
// the field and the reason, and the exit code is 2 so the scheduler flags the run. If a sync
// stops (network down for longer than the retries, key revoked), what was done is saved to
// resume-<resource>.json and the next run of the same export continues from there.
import { createReadStream, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { Anzhi, AnzhiAuthError, AnzhiError, SyncError } from "@anzhi/sdk";
import * as map from "./map.mjs";

const dir = process.argv[2] ?? path.join(import.meta.dirname, "sample");
const apiKey = process.env.ANZHI_API_KEY;
const baseUrl = process.env.ANZHI_URL ?? "http://localhost:3000";

async function readJsonLines(file) {
  const rows = [];
  try {
    const input = createReadStream(file, "utf8");
    for await (const line of createInterface({ input, crlfDelay: Infinity }))
      if (line.trim()) rows.push(JSON.parse(line));
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  return rows;
}

function logProgress(label) {
  return ({ done, total, counts }) =>
    console.log(
      `${label}: ${done}/${total} (created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}, rejected ${counts.rejected})`,
    );
}

async function main() {
  if (!apiKey) throw new Error("set ANZHI_API_KEY (create one under 设置 → API 密钥, or `pnpm anzhi api-key create`)");
  const anzhi = new Anzhi({ apiKey, baseUrl, maxRetries: 5, timeoutMs: 120_000 });
  const rejected = [];
  // The incoming records this run pushed, to read their failures back at the end.
  const pushedIncoming = [];
  const steps = [
    ["suppliers", "suppliers.jsonl", map.supplier],
    ["inspections.incoming", "incoming.jsonl", map.incoming],
    ["inspections.outgoing", "outgoing.jsonl", map.outgoing],
  ];
  for (const [resource, file, toRecord] of steps) {
    const rows = await readJsonLines(path.join(dir, file));
    if (rows.length === 0) continue;
    const records = rows.map(toRecord);
    if (resource === "inspections.incoming") pushedIncoming.push(...records);
    const resumeFile = path.join(dir, `resume-${resource}.json`);
    const resumeFrom = existsSync(resumeFile) ? JSON.parse(readFileSync(resumeFile, "utf8")) : undefined;
    let report;
    try {
      report = await anzhi.sync(records, {
        resource,
        batchSize: 500,
        concurrency: 4,
        onProgress: logProgress(resource),
        ...(resumeFrom?.total === records.length ? { resumeFrom } : {}),
      });
    } catch (error) {
      if (error instanceof SyncError) {
        writeFileSync(resumeFile, JSON.stringify(error.report));
        console.error(`${resource}: stopped; progress saved to ${resumeFile}, the next run continues from there`);
      }
      throw error;
    }
    rmSync(resumeFile, { force: true });
    for (const r of report.rejected) rejected.push({ resource, externalId: r.externalId, issues: r.issues });
  }
  if (rejected.length > 0) {
    const out = path.join(dir, `rejected-${new Date().toISOString().slice(0, 10)}.jsonl`);
    writeFileSync(out, rejected.map((r) => JSON.stringify(r)).join("\n") + "\n");
    for (const r of rejected)
      console.error(
        `rejected ${r.resource} ${r.externalId}: ${r.issues?.map((i) => `${i.path} — ${i.message}`).join("; ")}`,
      );
    console.error(`${rejected.length} record(s) rejected; details in ${out}`);
    process.exitCode = 2;
  }
  // Read back what Anzhi now holds for this export's failures (each opened a hazard in the ledger):
  // from the export's earliest inspection date, not a window relative to today, so an export of
  // older records (a re-run, a catch-up after downtime) is read back too.
  const sent = new Set(pushedIncoming.map((r) => r.externalId));
  const from = earliestDate(pushedIncoming);
  if (from === null) return;
  for await (const rec of anzhi.inspections.incoming.list({ result: "fail", from })) {
    if (!sent.has(rec.externalId)) continue;
    console.log(
      `不合格 ${rec.externalId} ${rec.itemName} 批次 ${rec.batchNo} → 隐患 ${rec.hazardNos.join(", ") || "—"}`,
    );
  }
}

/** The earliest local date (YYYY-MM-DD, China time as written by the ERP) among the records, or null. */
function earliestDate(records) {
  let min = null;
  for (const r of records) {
    for (const d of [r.receiptDate, r.inspectedAt?.slice(0, 10)])
      if (typeof d === "string" && (min === null || d < min)) min = d;
  }
  return min;
}

main().catch((failure) => {
  const error = failure instanceof SyncError ? failure.cause : failure;
  if (error instanceof AnzhiAuthError)
    console.error(`API key refused (${error.code}); check ANZHI_API_KEY and its scopes`);
  else if (error instanceof AnzhiError)
    console.error(`${error.name} ${error.code}: ${error.message} (request ${error.requestId ?? "—"})`);
  else console.error(error);
  process.exitCode = 1;
});
