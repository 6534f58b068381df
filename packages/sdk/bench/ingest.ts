// `pnpm bench:ingest` — ERP ingest throughput. Starts the real server (v1 handler over a fresh
// SQLite file, in its own process), pushes 100,000 incoming inspection records with 5 test lines
// each through the SDK's sync() (batch 500, concurrency 4), then inserts the same rows straight
// into a fresh SQLite file with better-sqlite3 in 500-row transactions. Prints records/s for both
// and, as the last line, `ingest ratio: 0.NN` (SDK ÷ direct). Target: ≥ 0.4 on 2 cores.
//
// `pnpm bench:ingest -- --db postgres` does the same on PostgreSQL: it starts a throwaway server
// from Debian's binaries (@anzhi/db/pg-server: a temporary folder, a free port, fsync off), runs
// the v1 server on a database of its own there, and inserts the same rows straight into another
// database of the same server with `pg`: one multi-row INSERT per table per 500-record
// transaction, the fastest plain SQL a hand-written importer would use. Both sides share the
// server and its settings, so the ratio compares the product's path with raw SQL, not two setups.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { migrateDatabase } from "@anzhi/db";
import { startThrowawayPgServer } from "@anzhi/db/pg-server";
import { createTestDb } from "@anzhi/db/testing";
import { Anzhi, type IncomingInspectionInput } from "../src/index";

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { db: { type: "string", default: "sqlite" } },
});
if (args.db !== "sqlite" && args.db !== "postgres") throw new Error(`--db must be sqlite or postgres, not ${args.db}`);
const POSTGRES = args.db === "postgres";

const TOTAL = Number(process.env.BENCH_RECORDS ?? 100_000);
const BATCH = 500;
const CONCURRENCY = 4;

function makeRecords(n: number): IncomingInspectionInput[] {
  return Array.from({ length: n }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, "0");
    return {
      externalId: `BENCH-IN-${String(i).padStart(7, "0")}`,
      materialName: "三元锂离子电芯",
      specModel: "INR21700-50E 3.6V 5000mAh",
      batchNo: `CE2611${day}-${i % 7}`,
      supplierExternalId: "V-0042",
      quantity: 4000 + (i % 40) * 100,
      unit: "只",
      receiptDate: `2026-11-${day}`,
      inspectedAt: `2026-11-${day}T09:${String(i % 60).padStart(2, "0")}:00+08:00`,
      result: "pass",
      inspector: i % 2 ? "王芳（IQC）" : "刘洋（IQC）",
      standardNo: "GB 43854-2024；Q/HR 012-2024",
      sampleSize: "GB/T 2828.1 一般检验水平Ⅱ",
      lines: [
        { item: "外观", requirement: "无破损、漏液、变形", measured: "符合", result: "pass" },
        {
          item: "开路电压（OCV）",
          requirement: "3.55–3.65 V",
          measured: (3.58 + (i % 50) / 1000).toFixed(3),
          unit: "V",
          result: "pass",
        },
        {
          item: "交流内阻",
          requirement: "≤15 mΩ",
          measured: (11.2 + (i % 27) / 10).toFixed(1),
          unit: "mΩ",
          result: "pass",
        },
        { item: "容量", requirement: "≥4900 mAh", measured: String(4960 + (i % 100)), unit: "mAh", result: "pass" },
        {
          item: "直径",
          requirement: "21.10±0.10 mm",
          measured: (21.04 + (i % 11) / 100).toFixed(2),
          unit: "mm",
          result: "pass",
        },
      ],
    };
  });
}

/** `databaseServer`: a PostgreSQL server URL for the bench server's database (SQLite otherwise). */
async function startServer(
  databaseServer: string | null,
): Promise<{ url: string; key: string; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF] : []),
      "--import",
      "tsx",
      path.join(import.meta.dirname, "server.ts"),
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, ANZHI_TEST_DATABASE: databaseServer ?? "" },
    },
  );
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const { url, key } = JSON.parse(first) as { url: string; key: string };
  return {
    url,
    key,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function viaSdk(records: IncomingInspectionInput[], databaseServer: string | null): Promise<number> {
  const server = await startServer(databaseServer);
  try {
    const anzhi = new Anzhi({ apiKey: server.key, baseUrl: server.url, timeoutMs: 300_000 });
    let lastPrinted = 0;
    const started = performance.now();
    const report = await anzhi.sync(records, {
      batchSize: BATCH,
      concurrency: CONCURRENCY,
      onProgress: ({ done, total }) => {
        if (done - lastPrinted >= total / 10) {
          lastPrinted = done;
          process.stderr.write(`  sdk: ${done}/${total}\n`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    if (report.counts.created !== records.length)
      throw new Error(`expected ${records.length} created, got ${JSON.stringify(report.counts)}`);
    return records.length / seconds;
  } finally {
    await server.stop();
  }
}

function direct(records: IncomingInspectionInput[]): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), "anzhi-bench-direct-"));
  const file = path.join(dir, "direct.db");
  try {
    migrateDatabase(file);
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    const orgId = randomUUID();
    db.prepare(
      `INSERT INTO "Organization" (id, slug, kind, name, uscc, regionCode, address, employeeCount, annualRevenueWanYuan, sizeClass, updatedAt) VALUES (?, 'direct', 'producer', 'direct', '91320411MA00000000', '320411', '常州', 100, 1000, 'small', ?)`,
    ).run(orgId, new Date().toISOString());
    const insertRecord = db.prepare(
      `INSERT INTO "InspectionRecord" (id, organizationId, kind, externalId, revision, itemName, specModel, batchNo, quantity, unit, inspectedAt, inspectionDate, result, inspector, standardNo, sampleSize, contentHash, source, createdAt, updatedAt)
       VALUES (?, ?, 'incoming', ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'api', ?, ?)`,
    );
    const insertLine = db.prepare(
      `INSERT INTO "InspectionLine" (id, organizationId, recordId, revision, seq, item, requirement, measured, unit, result) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
    );
    const insertChunk = db.transaction((chunk: IncomingInspectionInput[]) => {
      const now = new Date().toISOString().replace("Z", "+00:00");
      for (const r of chunk) {
        const id = randomUUID();
        const inspectedAt = new Date(r.inspectedAt).toISOString().replace("Z", "+00:00");
        insertRecord.run(
          id,
          orgId,
          r.externalId,
          r.materialName,
          r.specModel,
          r.batchNo,
          r.quantity,
          r.unit,
          inspectedAt,
          r.receiptDate,
          r.result,
          r.inspector,
          r.standardNo,
          r.sampleSize ?? null,
          "",
          now,
          now,
        );
        (r.lines ?? []).forEach((l, i) =>
          insertLine.run(
            randomUUID(),
            orgId,
            id,
            i + 1,
            l.item,
            l.requirement ?? "",
            l.measured ?? "",
            l.unit ?? null,
            l.result,
          ),
        );
      }
    });
    const started = performance.now();
    for (let i = 0; i < records.length; i += BATCH) insertChunk(records.slice(i, i + BATCH));
    const seconds = (performance.now() - started) / 1000;
    db.close();
    return records.length / seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A multi-row INSERT of `rows` (all of one width) into `table`: `$1…$n` placeholders. */
function insertSql(table: string, columns: readonly string[], rowCount: number): string {
  const width = columns.length;
  const tuples = Array.from(
    { length: rowCount },
    (_, r) => `(${columns.map((_, c) => `$${r * width + c + 1}`).join(", ")})`,
  );
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`;
}

const RECORD_COLUMNS = [
  "id",
  "organizationId",
  "kind",
  "externalId",
  "revision",
  "itemName",
  "specModel",
  "batchNo",
  "quantity",
  "unit",
  "inspectedAt",
  "inspectionDate",
  "result",
  "inspector",
  "standardNo",
  "sampleSize",
  "contentHash",
  "source",
  "createdAt",
  "updatedAt",
] as const;
const LINE_COLUMNS = [
  "id",
  "organizationId",
  "recordId",
  "revision",
  "seq",
  "item",
  "requirement",
  "measured",
  "unit",
  "result",
] as const;

async function directPostgres(records: IncomingInspectionInput[]): Promise<number> {
  const target = await createTestDb("anzhi-bench-direct-");
  await target.db.$disconnect();
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const orgId = randomUUID();
    await client.query(
      `INSERT INTO "Organization" (id, slug, kind, name, uscc, "regionCode", address, "employeeCount", "annualRevenueWanYuan", "sizeClass", "updatedAt") VALUES ($1, 'direct', 'producer', 'direct', '91320411MA00000000', '320411', '常州', 100, 1000, 'small', $2)`,
      [orgId, new Date()],
    );
    const started = performance.now();
    for (let i = 0; i < records.length; i += BATCH) {
      const chunk = records.slice(i, i + BATCH);
      const now = new Date();
      const recordValues: unknown[] = [];
      const lineValues: unknown[] = [];
      for (const r of chunk) {
        const id = randomUUID();
        recordValues.push(
          id,
          orgId,
          "incoming",
          r.externalId,
          1,
          r.materialName,
          r.specModel,
          r.batchNo,
          r.quantity,
          r.unit,
          new Date(r.inspectedAt),
          r.receiptDate,
          r.result,
          r.inspector,
          r.standardNo,
          r.sampleSize ?? null,
          "",
          "api",
          now,
          now,
        );
        (r.lines ?? []).forEach((l, seq) =>
          lineValues.push(
            randomUUID(),
            orgId,
            id,
            1,
            seq + 1,
            l.item,
            l.requirement ?? "",
            l.measured ?? "",
            l.unit ?? null,
            l.result,
          ),
        );
      }
      await client.query("BEGIN");
      await client.query(insertSql("InspectionRecord", RECORD_COLUMNS, chunk.length), recordValues);
      await client.query(
        insertSql("InspectionLine", LINE_COLUMNS, lineValues.length / LINE_COLUMNS.length),
        lineValues,
      );
      await client.query("COMMIT");
    }
    return records.length / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
    await target.cleanup();
  }
}

const records = makeRecords(TOTAL);
console.log(
  `ingest benchmark (${POSTGRES ? "PostgreSQL" : "SQLite"}): ${TOTAL} incoming inspection records × 5 lines, batch ${BATCH}, concurrency ${CONCURRENCY}, ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
if (POSTGRES) {
  const server = await startThrowawayPgServer("anzhi-bench-pg-");
  try {
    // The direct path's createTestDb and the bench server both take their database from this server.
    process.env.ANZHI_TEST_DATABASE = server.url;
    const sdkRate = await viaSdk(records, server.url);
    console.log(`sdk sync (HTTP → v1 → PostgreSQL): ${Math.round(sdkRate)} records/s`);
    const directRate = await directPostgres(records);
    console.log(`direct pg multi-row inserts:      ${Math.round(directRate)} records/s`);
    console.log(`ingest ratio: ${(sdkRate / directRate).toFixed(2)}`);
  } finally {
    server.stop();
  }
} else {
  const sdkRate = await viaSdk(records, null);
  console.log(`sdk sync (HTTP → v1 → SQLite): ${Math.round(sdkRate)} records/s`);
  const directRate = direct(records);
  console.log(`direct better-sqlite3 inserts:  ${Math.round(directRate)} records/s`);
  console.log(`ingest ratio: ${(sdkRate / directRate).toFixed(2)}`);
}
