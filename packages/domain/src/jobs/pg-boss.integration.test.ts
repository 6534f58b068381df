// Two job runners (two child processes, as two web nodes) on one PostgreSQL: each period's run of
// each job happens once, not once per node — also when the node running a job is SIGKILLed
// mid-run, whose run is then finished by the other node under the same run id.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgBinDir, startThrowawayPgServer, type PgServer } from "@anzhi/db/pg-server";

const SCHEMA = "pgboss_test";
const hasPg = pgBinDir() !== null;
let server: PgServer;
let client: pg.Client;

beforeAll(async () => {
  if (!hasPg) return;
  server = await startThrowawayPgServer("anzhi-jobs-pg-");
  client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await client.query(`DROP TABLE IF EXISTS job_log`);
  await client.query(
    `CREATE TABLE job_log (job text NOT NULL, run_id uuid NOT NULL, node text NOT NULL, phase text NOT NULL, at timestamptz NOT NULL DEFAULT now())`,
  );
}, 60_000);

afterAll(async () => {
  await client?.end();
  server?.stop();
});

interface Node {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startNode(name: string): Promise<Node> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "testing/pg-node.ts"), server.url, SCHEMA, name],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const wait = setInterval(() => {
      if (out.includes(`${name} ready`)) {
        clearInterval(wait);
        resolve({ child, output: () => out, exited });
      } else if (child.exitCode !== null) {
        clearInterval(wait);
        reject(new Error(`${name} exited: ${out}`));
      }
    }, 50);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    const v = await probe();
    if (v !== undefined) return v;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(!hasPg)("pg-boss runner on two nodes", () => {
  it("runs each job once per period across nodes, and finishes a killed node's run elsewhere", async () => {
    const a = await startNode("A");
    const b = await startNode("B");
    // Wait for a run of the slow job to start, then kill the node running it mid-run.
    const victim = await until("a slow run to start", async () => {
      const r = await client.query<{ node: string; run_id: string }>(
        `SELECT node, run_id FROM job_log WHERE job = 'slow' AND phase = 'started' ORDER BY at LIMIT 1`,
      );
      return r.rows[0];
    });
    const [killed, survivor] = victim.node === "A" ? [a, b] : [b, a];
    killed.child.kill("SIGKILL");
    await killed.exited;
    // The other node picks the run up once it expires (3 s) and finishes it under the same id.
    await until(
      "the killed run to be finished by the survivor",
      async () => {
        const r = await client.query(`SELECT 1 FROM job_log WHERE run_id = $1 AND phase = 'finished'`, [victim.run_id]);
        return r.rowCount ? true : undefined;
      },
      30_000,
    );
    await sleep(3000);
    survivor.child.kill("SIGTERM");
    expect(await survivor.exited).toBe(0);

    const finished = await client.query<{ job: string; run_id: string; n: number; nodes: string }>(
      `SELECT job, run_id, count(*)::int AS n, string_agg(node, ',') AS nodes FROM job_log WHERE phase = 'finished' GROUP BY job, run_id`,
    );
    // Every run finished exactly once, and the killed one on the survivor.
    expect(finished.rows.every((r) => r.n === 1)).toBe(true);
    expect(finished.rows.find((r) => r.run_id === victim.run_id)?.nodes).toBe(survivor === a ? "A" : "B");
    // Several periods of each job ran, and never two runs in one period (pg-boss's own record).
    const byJob = (job: string) => finished.rows.filter((r) => r.job === job).length;
    expect(byJob("quick")).toBeGreaterThanOrEqual(3);
    expect(byJob("slow")).toBeGreaterThanOrEqual(2);
    const periods = await client.query<{ name: string; n: number }>(
      `SELECT name, count(*)::int AS n FROM ${SCHEMA}.job WHERE name IN ('quick', 'slow') AND state = 'completed'
       GROUP BY name, singleton_on HAVING count(*) > 1`,
    );
    expect(periods.rows).toEqual([]);
    // Both nodes took part (the work is shared, not pinned to one node).
    const nodes = await client.query<{ node: string }>(`SELECT DISTINCT node FROM job_log ORDER BY node`);
    expect(nodes.rows.map((r) => r.node)).toEqual(["A", "B"]);
    // The survivor's run of the killed job is a retry of the same pg-boss job.
    const victimJob = await client.query<{ retry_count: number; state: string }>(
      `SELECT retry_count, state FROM ${SCHEMA}.job WHERE id = $1`,
      [victim.run_id],
    );
    expect(victimJob.rows[0]).toMatchObject({ state: "completed" });
    expect(victimJob.rows[0]?.retry_count).toBeGreaterThanOrEqual(1);
  }, 90_000);
});
