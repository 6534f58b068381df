// `pnpm bench:scale` — what one tenant's pages cost as the installation grows (issue "performance at
// scale"). Builds two installations in the product's own tables, a small one (10 organisations) and a
// large one (default 200 organisations and 200,000 inspection records; `--orgs 1000 --records 1000000`
// for the big run), each with about a year of daily records, then measures the same paths of the same
// organisation on both in this one run and prints one ratio line per path (large ÷ small, p50).
//
// The installations start from the demo seed: its producer organisation is the template, extended to a
// year of daily runs and to the per-organisation record count, and then copied organisation by
// organisation (every table with an organizationId, plus its members' users; ids, foreign keys and
// unique values get a per-copy suffix, found from SQLite's own foreign-key and index lists, so the copy
// follows the schema as it changes). The demo organisation itself stays in both installations
// unchanged, and every path is measured as that organisation's people (and as the demo regulator,
// whom every copy has granted access), so the only difference between the two runs is the others.
//
// Paths are measured over HTTP against the production server (`apps/web/server.ts`, in its own
// process, scheduler off); then the server is started with its scheduler and `/healthz` is probed
// while the first tick runs (what any request waits for while a tick runs).
//
//   pnpm bench:scale                      # 10 vs 200 organisations, 200 k records
//   pnpm bench:scale -- --orgs 1000 --records 1000000 --keep   # keeps the installations' directory
//   pnpm bench:scale -- --reuse /tmp/anzhi-bench-scale-XXXX        # measures kept installations again
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { ApiKeyCreateSchema } from "@anzhi/contracts";
import { migrateDatabase, openDb } from "@anzhi/db";
import { createApiKey as createKey, defaultKeyOwner } from "../src/api-keys/api-keys.ts";
import { fieldCipherFor } from "../src/crypto/field-cipher.ts";
import { DEMO_PASSWORD, DEMO_SLUGS, seedDemo } from "../src/seed/index.ts";
import { makeUscc } from "../src/seed/util.ts";

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    orgs: { type: "string", default: "200" },
    records: { type: "string", default: "200000" },
    "small-orgs": { type: "string", default: "10" },
    samples: { type: "string", default: "20" },
    keep: { type: "boolean", default: false },
    reuse: { type: "string" },
  },
});
const LARGE_ORGS = Number(args.orgs);
const SMALL_ORGS = Number(args["small-orgs"]);
const RECORDS_PER_ORG = Math.max(1, Math.round(Number(args.records) / LARGE_ORGS));
const SAMPLES = Number(args.samples);
const YEAR_COPIES = 5; // the seed holds ~9 weeks of routines; 5 shifted copies make about a year
const SHIFT_DAYS = 63; // 9 weeks: a shifted copy keeps its weekdays

const root = path.resolve(import.meta.dirname, "../../..");
const webDir = path.join(root, "apps/web");
const work = args.reuse ? path.resolve(args.reuse) : mkdtempSync(path.join(os.tmpdir(), "anzhi-bench-scale-"));
// The instant the installations are built around and measured at (the seed is relative to it).
const NOW = new Date(process.env.BENCH_NOW ?? "2026-11-30T02:00:00Z");

type Row = Record<string, unknown>;

function log(line: string): void {
  console.log(`[bench:scale] ${line}`);
}

// ───────────────────────────── building the installations ─────────────────────────────

async function buildTemplate(): Promise<string> {
  const file = path.join(work, "template.db");
  migrateDatabase(file);
  const db = await openDb(`file:${file}`);
  const cipher = fieldCipherFor({ envKey: undefined, dataDir: work });
  await seedDemo(db, { now: NOW, encrypt: cipher.encrypt });
  await db.$disconnect();
  return file;
}

interface Schema {
  tables: string[];
  columns: Map<string, string[]>;
  /** column → referenced table, per table */
  foreignKeys: Map<string, Map<string, string>>;
  /** unique indexes' column lists, per table */
  uniques: Map<string, string[][]>;
}

function readSchema(sqlite: Database.Database): Schema {
  const tables = (
    sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
      )
      .all() as Array<{ name: string }>
  ).map((t) => t.name);
  const columns = new Map<string, string[]>();
  const foreignKeys = new Map<string, Map<string, string>>();
  const uniques = new Map<string, string[][]>();
  for (const t of tables) {
    columns.set(
      t,
      (sqlite.prepare(`PRAGMA table_info("${t}")`).all() as Array<{ name: string }>).map((c) => c.name),
    );
    foreignKeys.set(
      t,
      new Map(
        (sqlite.prepare(`PRAGMA foreign_key_list("${t}")`).all() as Array<{ from: string; table: string }>).map((f) => [
          f.from,
          f.table,
        ]),
      ),
    );
    const indexes = sqlite.prepare(`PRAGMA index_list("${t}")`).all() as Array<{
      name: string;
      unique: number;
      origin: string;
    }>;
    uniques.set(
      t,
      indexes
        .filter((i) => i.unique === 1 && i.origin !== "pk")
        .map((i) =>
          (sqlite.prepare(`PRAGMA index_info("${i.name}")`).all() as Array<{ name: string }>).map((c) => c.name),
        ),
    );
  }
  return { tables, columns, foreignKeys, uniques };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function insertRows(sqlite: Database.Database, table: string, cols: string[], rows: Row[]): number {
  if (rows.length === 0) return 0;
  const stmt = sqlite.prepare(
    `INSERT OR IGNORE INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
  );
  let n = 0;
  for (const r of rows) n += stmt.run(...cols.map((c) => r[c] as never)).changes;
  return n;
}

function shiftDate(value: unknown, days: number): unknown {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) + value.slice(10);
}

function shiftInstant(value: unknown, days: number): unknown {
  if (typeof value === "number") return value + days * 86_400_000;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return new Date(Date.parse(value) + days * 86_400_000).toISOString();
  }
  return value;
}

/**
 * Grows the template organisation to a year of daily runs (copies shifted back by whole weeks) and to
 * `records` inspection records (copies of its records with suffixed external ids and shifted dates).
 */
function growTemplate(sqlite: Database.Database, schema: Schema, orgId: string, records: number): void {
  const cols = (t: string) => schema.columns.get(t) ?? [];
  const runs = sqlite.prepare(`SELECT * FROM "DailyCheckRun" WHERE "organizationId" = ?`).all(orgId) as Row[];
  const entries = sqlite.prepare(`SELECT * FROM "DailyCheckEntry" WHERE "organizationId" = ?`).all(orgId) as Row[];
  const entriesByRun = groupBy(entries, (e) => String(e.runId));
  const instantCols = ["signedAt", "submittedAt", "reviewedAt", "reportedAt", "createdAt", "updatedAt"];
  sqlite.transaction(() => {
    for (let copy = 1; copy <= YEAR_COPIES; copy++) {
      const days = -SHIFT_DAYS * copy;
      const newRuns: Row[] = [];
      const newEntries: Row[] = [];
      for (const run of runs) {
        const id = `${String(run.id)}_y${copy}`;
        const r: Row = { ...run, id, checkDate: shiftDate(run.checkDate, days) };
        for (const c of instantCols) if (c in r) r[c] = shiftInstant(r[c], days);
        newRuns.push(r);
        for (const e of entriesByRun.get(String(run.id)) ?? []) {
          newEntries.push({
            ...e,
            id: `${String(e.id)}_y${copy}`,
            runId: id,
            hazardId: null,
            createdAt: shiftInstant(e.createdAt, days),
            updatedAt: shiftInstant(e.updatedAt, days),
          });
        }
      }
      insertRows(sqlite, "DailyCheckRun", cols("DailyCheckRun"), newRuns);
      insertRows(sqlite, "DailyCheckEntry", cols("DailyCheckEntry"), newEntries);
    }
  })();

  const inspections = sqlite.prepare(`SELECT * FROM "InspectionRecord" WHERE "organizationId" = ?`).all(orgId) as Row[];
  const lines = sqlite.prepare(`SELECT * FROM "InspectionLine" WHERE "organizationId" = ?`).all(orgId) as Row[];
  const linesByRecord = groupBy(lines, (l) => String(l.recordId));
  const newRecords: Row[] = [];
  const newLines: Row[] = [];
  for (let copy = 1; inspections.length > 0 && inspections.length + newRecords.length < records; copy++) {
    const days = -7 * copy;
    for (const rec of inspections) {
      if (inspections.length + newRecords.length >= records) break;
      const id = `${String(rec.id)}_r${copy}`;
      const r: Row = { ...rec, id, externalId: rec.externalId === null ? null : `${String(rec.externalId)}-R${copy}` };
      for (const c of cols("InspectionRecord")) {
        if (/Date$/.test(c)) r[c] = shiftDate(r[c], days);
        else if (/At$/.test(c)) r[c] = shiftInstant(r[c], days);
      }
      newRecords.push(r);
      for (const l of linesByRecord.get(String(rec.id)) ?? [])
        newLines.push({ ...l, id: `${String(l.id)}_r${copy}`, recordId: id });
    }
  }
  sqlite.transaction(() => {
    insertRows(sqlite, "InspectionRecord", cols("InspectionRecord"), newRecords);
    insertRows(sqlite, "InspectionLine", cols("InspectionLine"), newLines);
  })();
}

const usccsUsed = new Set<string>();
/** A valid 统一社会信用代码 no other copy has (makeUscc may bump a body into its neighbour's). */
function freshUscc(k: number): string {
  for (let attempt = 0; ; attempt++) {
    const code = makeUscc("320411", String(10_000_000 + k * 7 + attempt * 100_003).slice(-8));
    if (!usccsUsed.has(code)) {
      usccsUsed.add(code);
      return code;
    }
  }
}

/** Copies one organisation `copies` times (see the header); returns the number of rows written. */
function cloneOrganization(sqlite: Database.Database, schema: Schema, orgId: string, copies: number): number {
  const orgTables = schema.tables.filter((t) => (schema.columns.get(t) ?? []).includes("organizationId"));
  const memberIds = new Set(
    (
      sqlite.prepare(`SELECT "userId" FROM "Membership" WHERE "organizationId" = ?`).all(orgId) as Array<{
        userId: string;
      }>
    ).map((m) => m.userId),
  );
  // Template rows and their ids, per table (sessions and idempotency records are not copied).
  const skip = new Set(["Session", "IdempotencyKey", "LoginAttempt"]);
  const rows = new Map<string, Row[]>();
  for (const t of orgTables) {
    if (skip.has(t)) continue;
    rows.set(t, sqlite.prepare(`SELECT * FROM "${t}" WHERE "organizationId" = ?`).all(orgId) as Row[]);
  }
  rows.set("Organization", sqlite.prepare(`SELECT * FROM "Organization" WHERE "id" = ?`).all(orgId) as Row[]);
  rows.set(
    "User",
    (sqlite.prepare(`SELECT * FROM "User"`).all() as Row[]).filter((u) => memberIds.has(String(u.id))),
  );
  const ids = new Map<string, Set<string>>();
  for (const [t, rs] of rows) ids.set(t, new Set(rs.map((r) => String(r.id))));

  let written = 0;
  for (let k = 1; k <= copies; k++) {
    const suffix = `_c${k}`;
    sqlite.transaction(() => {
      for (const [table, templateRows] of rows) {
        const cols = schema.columns.get(table) ?? [];
        const fks = schema.foreignKeys.get(table) ?? new Map<string, string>();
        const remapped = new Set(["id", ...[...fks].filter(([, ref]) => ids.has(ref)).map(([c]) => c)]);
        // Unique indexes none of whose columns is remapped get a suffixed first text column.
        const bump = (schema.uniques.get(table) ?? []).filter((u) => !u.some((c) => remapped.has(c))).map((u) => u[0]);
        const out = templateRows.map((r) => {
          const n: Row = { ...r };
          if (ids.get(table)?.has(String(r.id))) n.id = `${String(r.id)}${suffix}`;
          for (const [col, ref] of fks) {
            const v = r[col];
            if (typeof v === "string" && ids.get(ref)?.has(v)) n[col] = `${v}${suffix}`;
          }
          for (const col of bump) {
            const v = n[col as string];
            if (typeof v !== "string") continue;
            if (col === "email") n[col] = v.replace("@", `${suffix}@`);
            else if (col === "uscc") n[col] = freshUscc(k);
            else n[col as string] = `${v}${suffix}`;
          }
          return n;
        });
        written += insertRows(sqlite, table, cols, out);
      }
    })();
  }
  return written;
}

async function buildInstallation(template: string, name: string, orgs: number): Promise<string> {
  const file = path.join(work, `${name}.db`);
  copyFileSync(template, file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = OFF");
  const schema = readSchema(sqlite);
  const org = sqlite.prepare(`SELECT id FROM "Organization" WHERE slug = ?`).get(DEMO_SLUGS.battery) as { id: string };
  const started = performance.now();
  growTemplate(sqlite, schema, org.id, RECORDS_PER_ORG);
  const others = (sqlite.prepare(`SELECT COUNT(*) AS n FROM "Organization"`).get() as { n: number }).n;
  const written = cloneOrganization(sqlite, schema, org.id, Math.max(0, orgs - others));
  sqlite.pragma("foreign_keys = ON");
  const broken = sqlite.prepare(`PRAGMA foreign_key_check`).all() as Array<{ table: string; parent: string }>;
  if (broken.length > 0) {
    const where = [...groupBy(broken, (b) => `${b.table} → ${b.parent}`)].map(([k, v]) => `${k}: ${v.length}`);
    throw new Error(`${name}: dangling foreign keys after copying (${where.join("; ")})`);
  }
  sqlite.exec("ANALYZE");
  const count = (t: string) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n;
  log(
    `${name}: ${count("Organization")} organisations, ${count("InspectionRecord")} inspection records, ` +
      `${count("DailyCheckRun")} daily runs, ${count("DailyCheckEntry")} entries, ${count("Hazard")} hazards ` +
      `(${written} rows copied in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  sqlite.close();
  return file;
}

// ───────────────────────────── measuring ─────────────────────────────

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

interface Server {
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

const loopDelayProbe = path.join(import.meta.dirname, "loop-delay.mjs");

async function startServer(file: string, opts: { scheduler?: boolean } = {}): Promise<Server> {
  const port = await freePort();
  const preload = opts.scheduler ? ["--import", loopDelayProbe] : [];
  const child: ChildProcess = spawn(process.execPath, [...preload, "--import", "tsx", "server.ts"], {
    cwd: webDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      ANZHI_DATA_DIR: path.dirname(file),
      DATABASE_URL: `file:${file}`,
      ANZHI_SEED_DEMO: "false",
      ANZHI_SCHEDULER: opts.scheduler ? "on" : "off",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 600) throw new Error("server did not become healthy in 150 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function signIn(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: baseUrl },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, redirectTo: "/app" }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("anzhi_session="));
  if (!cookie) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return cookie.split(";")[0] ?? "";
}

async function createApiKey(file: string): Promise<string> {
  const db = await openDb(`file:${file}`);
  try {
    const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_SLUGS.battery } });
    const owner = await defaultKeyOwner(db, org.id);
    if (!owner) throw new Error("demo organisation has no admin");
    const input = ApiKeyCreateSchema.parse({ name: "bench", scopes: ["records:read", "records:write"] });
    const created = await createKey(db, org.id, owner, input);
    return created.secret;
  } finally {
    await db.$disconnect();
  }
}

interface Timing {
  p50: number;
  p95: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function timeOne(url: string, headers: Record<string, string>): Promise<number> {
  for (;;) {
    const started = performance.now();
    const res = await fetch(url, { headers, redirect: "manual" });
    await res.arrayBuffer();
    // The v1 key's rate limit (per plan): wait as told and time the request again — the bench
    // measures a request's latency, not how fast one key may call.
    if (res.status === 429) {
      await new Promise((r) => setTimeout(r, Number(res.headers.get("retry-after-ms") ?? "1000")));
      continue;
    }
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    return performance.now() - started;
  }
}

async function measure(url: string, headers: Record<string, string>, concurrency = 1): Promise<Timing> {
  for (let i = 0; i < 3; i++) await timeOne(url, headers);
  const times: number[] = [];
  const total = concurrency === 1 ? SAMPLES : concurrency * 4;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) times.push(await timeOne(url, headers));
    }),
  );
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

interface Path {
  name: string;
  url: string;
  /** api-trpc: a second key, so the REST and tRPC timings each have a key's full rate limit. */
  as: "director" | "regulator" | "api" | "api-trpc";
  concurrency?: number;
}

const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString().slice(0, 10);
const PATHS: Path[] = [
  { name: "v1 inspections list, first page", url: "/api/v1/inspections/incoming?limit=100", as: "api" },
  {
    name: "v1 same list over tRPC",
    url: `/api/v1/trpc/inspections.incoming.list?input=${encodeURIComponent(JSON.stringify({ limit: 100 }))}`,
    as: "api-trpc",
  },
  { name: "/app director dashboard", url: "/app", as: "director" },
  { name: "/app dashboard, 50 connections", url: "/app", as: "director", concurrency: 50 },
  { name: "/app/daily, 14 days", url: `/app/daily?from=${daysAgo(13)}&to=${daysAgo(0)}`, as: "director" },
  { name: "/app/hazards", url: "/app/hazards", as: "director" },
  { name: "/regulator enterprise list", url: "/regulator", as: "regulator" },
];

async function measureInstallation(file: string): Promise<Map<string, Timing>> {
  const apiKey = await createApiKey(file);
  const trpcKey = await createApiKey(file);
  const server = await startServer(file);
  const out = new Map<string, Timing>();
  try {
    const director = await signIn(server.baseUrl, `director@${DEMO_SLUGS.battery}.anzhi.local`);
    const regulator = await signIn(server.baseUrl, "inspector@xinbei-amr.anzhi.local");
    const headers = {
      director: { cookie: director },
      regulator: { cookie: regulator },
      api: { authorization: `Bearer ${apiKey}` },
      "api-trpc": { authorization: `Bearer ${trpcKey}` },
    };
    for (const p of PATHS) out.set(p.name, await measure(`${server.baseUrl}${p.url}`, headers[p.as], p.concurrency));
  } catch (error) {
    // An answer that is not 200 is a defect to find, not a number: say what the server logged.
    throw new Error(`${String(error)}\n[bench:scale] the server's last output:\n${server.output().slice(-8000)}`, {
      cause: error,
    });
  } finally {
    await server.stop();
  }
  return out;
}

interface Tick {
  tickMs: number;
  slowestHealthMs: number;
  probes: number;
  /** The main thread's largest event-loop delay while the tick ran (loop-delay.mjs). */
  maxLoopDelayMs: number;
}

/**
 * Starts the server with its scheduler on and probes `/healthz` one request after another from the
 * moment it listens until the first tick reports (`[scheduler] tick: … in N ms`): the tick's time,
 * the slowest health answer meanwhile (what any request waits while a tick runs) and the main
 * thread's largest event-loop delay over the same window (startup before listening not counted:
 * the first 100 ms window printed after the server first answered began before it, during startup,
 * so it is left out; the probe runs in the main thread only, see loop-delay.mjs).
 */
async function measureTick(file: string): Promise<Tick> {
  const server = await startServer(file, { scheduler: true });
  const listening = server.output().length;
  try {
    let slowest = 0;
    let probes = 0;
    for (;;) {
      const out = server.output();
      const tick = /\[scheduler\] tick: .* in (\d+) ms/.exec(out);
      if (tick) {
        const delays = [...out.slice(listening, tick.index).matchAll(/\[bench:loop-delay\] max ([\d.]+) ms/g)];
        const maxLoopDelayMs = Math.max(0, ...delays.slice(1).map((d) => Number(d[1])));
        return { tickMs: Number(tick[1]), slowestHealthMs: slowest, probes, maxLoopDelayMs };
      }
      const started = performance.now();
      await (await fetch(`${server.baseUrl}/healthz`)).arrayBuffer();
      slowest = Math.max(slowest, performance.now() - started);
      probes++;
    }
  } finally {
    await server.stop();
  }
}

// ───────────────────────────── main ─────────────────────────────

if (!existsSync(path.join(webDir, "build/server/index.js"))) {
  console.error("apps/web is not built: run `pnpm --filter @anzhi/web build` first");
  process.exit(1);
}
try {
  let small = path.join(work, "small.db");
  let large = path.join(work, "large.db");
  if (args.reuse) {
    if (!existsSync(small) || !existsSync(large)) throw new Error(`${work} holds no kept installations`);
    log(`measuring the kept installations in ${work} again (the --orgs it was built with is not re-read)`);
  } else {
    log(`building: ${SMALL_ORGS} vs ${LARGE_ORGS} organisations, ${RECORDS_PER_ORG} inspection records each`);
    const template = await buildTemplate();
    small = await buildInstallation(template, "small", SMALL_ORGS);
    large = await buildInstallation(template, "large", LARGE_ORGS);
  }
  log(
    `load average at the start of measuring: ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(", ")}`,
  );

  const s = await measureInstallation(small);
  const l = await measureInstallation(large);
  const ts = await measureTick(small);
  const tl = await measureTick(large);

  const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
  console.log("");
  console.log(
    `${"path".padEnd(36)}${`${SMALL_ORGS} orgs p50`.padStart(14)}${`${LARGE_ORGS} orgs p50`.padStart(15)}${"p95".padStart(11)}`,
  );
  for (const p of PATHS) {
    const a = s.get(p.name);
    const b = l.get(p.name);
    if (!a || !b) continue;
    console.log(`${p.name.padEnd(36)}${ms(a.p50).padStart(14)}${ms(b.p50).padStart(15)}${ms(b.p95).padStart(11)}`);
  }
  console.log(
    `${"scheduler tick (worker thread)".padEnd(36)}${ms(ts.tickMs).padStart(14)}${ms(tl.tickMs).padStart(15)}` +
      `   slowest /healthz during the tick: ${ts.slowestHealthMs.toFixed(1)} ms / ${tl.slowestHealthMs.toFixed(1)} ms ` +
      `(${tl.probes} probes; target ≤ 50 ms)`,
  );
  console.log(
    `${"main thread event-loop delay, max".padEnd(36)}${ms(ts.maxLoopDelayMs).padStart(14)}${ms(tl.maxLoopDelayMs).padStart(15)}` +
      `   during the tick, next to the /healthz probe (target ≤ 50 ms)`,
  );
  const crowd = l.get("/app dashboard, 50 connections");
  if (crowd)
    console.log(`dashboard p95 at 50 connections, ${LARGE_ORGS} orgs: ${crowd.p95.toFixed(1)} ms (target ≤ 50 ms)`);
  console.log("");
  for (const p of PATHS) {
    const a = s.get(p.name);
    const b = l.get(p.name);
    if (a && b) console.log(`ratio ${p.name}: ${(b.p50 / a.p50).toFixed(2)}`);
  }
  console.log(`ratio scheduler tick: ${(tl.tickMs / ts.tickMs).toFixed(2)}`);
  // Not a size ratio: the REST transport's cost over the tRPC one for the same call (target ≤ 1.10).
  const rest = l.get("v1 inspections list, first page");
  const trpc = l.get("v1 same list over tRPC");
  if (rest && trpc)
    console.log(`ratio REST ÷ tRPC, v1 list at ${LARGE_ORGS} orgs: ${(rest.p50 / trpc.p50).toFixed(2)}`);
  log(
    `load average at the end: ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(", ")}`,
  );
} finally {
  if (args.keep || args.reuse) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
