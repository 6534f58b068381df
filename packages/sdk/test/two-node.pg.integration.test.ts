// Two web nodes on one PostgreSQL (issue 16): an SDK sync() of 20,000 incoming inspections whose
// requests go to the two nodes in turn (as a round-robin proxy sends them), one node SIGKILLed
// halfway and restarted while the sync goes on. Afterwards every acknowledged record is stored
// once, every unqualified one opened one hazard, and each scheduled job ran once per period
// although both nodes run the pg-boss runner. Runs under `pnpm test:pg` (skipped on SQLite);
// ANZHI_TWO_NODE_RECORDS sets the count (20,000 in CI).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testPostgresUrl, type TestDb } from "@anzhi/db/testing";
import { createIngestFixture, type IngestFixture } from "@anzhi/api/v1/testing";
import { Anzhi, type IncomingInspectionInput } from "../src/index";
import { incoming } from "./fixtures";

const RECORDS = Number(process.env.ANZHI_TWO_NODE_RECORDS ?? 20_000);
/** The scheduler's period on both nodes: short, so the test sees several periods. */
const PERIOD_SECONDS = 4;
const JOBS = ["routine-reminders", "escalation", "notification-deliveries", "webhook-deliveries"];
const NODE_SCRIPT = path.join(import.meta.dirname, "two-node/node.ts");

interface WebNode {
  name: string;
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

let t: TestDb;
let org: IngestFixture;
let dataDir: string;
const encryptionKey = randomBytes(32).toString("base64");
const nodes: WebNode[] = [];

function startNode(name: string, port: number): Promise<WebNode> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", NODE_SCRIPT, t.url, String(port), String(PERIOD_SECONDS), dataDir, name],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ANZHI_ENCRYPTION_KEY: encryptionKey } },
  );
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const wait = setInterval(() => {
      const ready = new RegExp(`^${name} ready (\\S+)$`, "m").exec(out);
      if (ready?.[1]) {
        clearInterval(wait);
        const node = { name, url: ready[1], child, output: () => out, exited };
        nodes.push(node);
        resolve(node);
      } else if (child.exitCode !== null) {
        clearInterval(wait);
        reject(new Error(`${name} exited: ${out}`));
      }
    }, 50);
  });
}

const portOf = (url: string) => Number(new URL(url).port);

beforeAll(async () => {
  if (!testPostgresUrl()) return;
  t = await createTestDb("anzhi-two-node-");
  org = await createIngestFixture(t.db, { slug: "two-node" });
  dataDir = mkdtempSync(path.join(os.tmpdir(), "anzhi-two-node-"));
});

afterAll(async () => {
  for (const n of nodes) if (n.child.exitCode === null) n.child.kill("SIGKILL");
  await Promise.all(nodes.map((n) => n.exited));
  await t?.cleanup();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Every 7th record unqualified (one failing line), the rest qualified. */
function records(): IncomingInspectionInput[] {
  return Array.from({ length: RECORDS }, (_, i) => {
    const id = `TN-${String(i).padStart(6, "0")}`;
    if (i % 7 !== 3) return incoming(id);
    const base = incoming(id);
    return {
      ...base,
      result: "fail",
      nonConformityHandling: "return",
      lines: (base.lines ?? []).map((l, j) => (j === 2 ? { ...l, measured: "17.9", result: "fail" } : l)),
    };
  });
}

describe.skipIf(!testPostgresUrl())("two web nodes on one PostgreSQL", () => {
  it("stores a 20,000-record sync once across a SIGKILLed node, and runs each job once per period", async () => {
    const started = performance.now();
    let a = await startNode("A", 0);
    const b = await startNode("B", 0);
    const aPort = portOf(a.url);
    // The client's fetch sends each attempt to the next node, a retry included: a request the
    // killed node refused or dropped is retried (same Idempotency-Key) on the other node.
    let turn = 0;
    /** Attempts that got no answer (the killed node's connections, its port while it was down). */
    let dropped = 0;
    const roundRobin: typeof fetch = (input, init) => {
      const target = new URL(input instanceof Request ? input.url : String(input));
      const node = turn++ % 2 === 0 ? aPort : portOf(b.url);
      target.port = String(node);
      return fetch(target, init).catch((e: unknown) => {
        dropped += 1;
        throw e;
      });
    };
    const anzhi = new Anzhi({
      apiKey: await org.key(["records:read", "records:write"]),
      baseUrl: a.url,
      fetch: roundRobin,
      maxRetries: 8,
    });
    const data = records();
    let killed: Promise<void> | null = null;
    const report = await anzhi.sync(data, {
      batchSize: 500,
      concurrency: 4,
      onProgress: ({ done }) => {
        if (killed || done < RECORDS / 2) return;
        // Halfway: SIGKILL node A with batches in flight, restart it on its port a moment later.
        killed = (async () => {
          a.child.kill("SIGKILL");
          await a.exited;
          await new Promise((r) => setTimeout(r, 1000));
          a = await startNode("A", aPort);
        })();
      },
    });
    expect(killed).not.toBeNull();
    await killed;
    // The kill hit the sync: some attempts got no answer and were retried.
    expect(dropped).toBeGreaterThan(0);
    const syncSeconds = Math.round((performance.now() - started) / 1000);

    // Every record acknowledged, none rejected.
    expect(report.rejected).toEqual([]);
    expect(report.completed).toEqual([{ start: 0, end: RECORDS }]);
    expect(report.counts.created + report.counts.unchanged).toBe(RECORDS);
    // Stored exactly once: one row per external id, each at revision 1 (a retry answered
    // `unchanged`, it wrote no revision), with its five lines.
    const where = { organizationId: org.organizationId };
    expect(await t.db.inspectionRecord.count({ where })).toBe(RECORDS);
    const ids = await t.db.inspectionRecord.findMany({ where, select: { externalId: true, revision: true } });
    expect(new Set(ids.map((r) => r.externalId)).size).toBe(RECORDS);
    expect(ids.every((r) => r.revision === 1)).toBe(true);
    expect(await t.db.inspectionRecordRevision.count({ where })).toBe(0);
    expect(await t.db.inspectionLine.count({ where })).toBe(RECORDS * 5);
    // One hazard per unqualified record, none for a qualified one, hazard numbers unique.
    const failed = data.filter((r) => r.result === "fail").length;
    const hazards = await t.db.hazard.findMany({
      where: { organizationId: org.organizationId, source: "erp_inspection" },
      select: { inspectionRecordId: true, hazardNo: true },
    });
    expect(hazards).toHaveLength(failed);
    expect(new Set(hazards.map((h) => h.inspectionRecordId)).size).toBe(failed);
    expect(new Set(hazards.map((h) => h.hazardNo)).size).toBe(failed);

    // Let the restarted node take part in a few periods, then stop both gracefully.
    await new Promise((r) => setTimeout(r, PERIOD_SECONDS * 2500));
    for (const n of [a, b]) n.child.kill("SIGTERM");
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    // pg-boss's job table is the ledger of the runs: every job ran in several periods, and no
    // period of any job was run twice (both nodes offered every period).
    const runs = await t.db.$queryRawUnsafe<Array<{ name: string; period: Date; n: number }>>(
      `SELECT name, singleton_on AS period, count(*)::int AS n FROM pgboss.job
       WHERE name = ANY($1) AND state = 'completed' GROUP BY name, singleton_on`,
      JOBS,
    );
    expect(runs.filter((r) => r.n > 1)).toEqual([]);
    for (const job of JOBS) expect(runs.filter((r) => r.name === job).length).toBeGreaterThanOrEqual(2);
    const failedRuns = await t.db.$queryRawUnsafe<Array<{ name: string; output: unknown }>>(
      `SELECT name, output FROM pgboss.job WHERE name = ANY($1) AND state = 'failed'`,
      JOBS,
    );
    expect(failedRuns).toEqual([]);
    console.log(
      `[two-node] ${RECORDS} records through two nodes, one killed (${dropped} attempts unanswered, retried), in ${syncSeconds} s`,
    );
  }, 900_000);
});
