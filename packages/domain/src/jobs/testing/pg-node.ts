// One "node" for the two-node job test (pg-boss.integration.test.ts), run as a child process so the
// test can SIGKILL it mid-run: a pg-boss runner with two jobs whose runs log `started`/`finished`
// rows (with the run's id) into `job_log`. SIGTERM stops it gracefully.
//   node --import tsx pg-node.ts <postgresql url> <pg-boss schema> <node name>
import pg from "pg";
import { startPgBossRunner } from "../pg-boss.ts";
import type { ScheduledJob } from "../runner.ts";

const [url, schema, node] = process.argv.slice(2);
if (!url || !schema || !node) throw new Error("usage: pg-node.ts <url> <schema> <node>");
const pool = new pg.Pool({ connectionString: url, max: 2 });
const logRow = (job: string, runId: string, phase: string) =>
  pool.query(`INSERT INTO job_log (job, run_id, node, phase) VALUES ($1, $2, $3, $4)`, [job, runId, node, phase]);

const work =
  (name: string, ms: number): ScheduledJob<null>["run"] =>
  async (_ctx, _now, runId) => {
    await logRow(name, runId, "started");
    await new Promise((r) => setTimeout(r, ms));
    await logRow(name, runId, "finished");
    return `run ${runId}`;
  };

const jobs: Array<ScheduledJob<null>> = [
  { name: "quick", everySeconds: 2, expireSeconds: 4, run: work("quick", 100) },
  { name: "slow", everySeconds: 3, expireSeconds: 3, run: work("slow", 1500) },
];
const runner = await startPgBossRunner({
  connectionString: url,
  schema,
  jobs,
  context: null,
  pollSeconds: 0.5,
  maintenanceSeconds: 1,
  log: (line) => console.log(`${node} ${line}`),
});
console.log(`${node} ready`);
process.on("SIGTERM", () => {
  void runner
    .stop()
    .then(() => pool.end())
    .then(() => process.exit(0));
});
