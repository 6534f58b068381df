// The PostgreSQL job runner: pg-boss 10 (a job queue in the database's own tables). Every node runs
// the same runner; each job is a `singleton` queue and each period's run is a job with
// `singletonSeconds` = the job's period, so the database's unique index admits one job per job and
// period however many nodes offer it, and one node fetches it (SKIP LOCKED). A node killed mid-run
// leaves its job active until `expireSeconds`; pg-boss's maintenance then hands it to another node
// as a retry (same job id), which is why job bodies are idempotent.
import PgBoss from "pg-boss";
import { systemClock, type Clock } from "../clock.ts";
import type { JobRunner, JobsStatus, ScheduledJob } from "./runner.ts";

export interface PgBossRunnerOptions<C> {
  connectionString: string;
  jobs: ReadonlyArray<ScheduledJob<C>>;
  context: C;
  now?: Clock;
  /** Each run's line, with the runner's status after it (the worker forwards both). */
  log?: (line: string, status: JobsStatus) => void;
  /** pg-boss's own schema (default `pgboss`). */
  schema?: string;
  /** How often each node looks for work and offers the current period's runs (default 5 s). */
  pollSeconds?: number;
  /** How often expired runs are handed on (default 60 s; tests shorten it). */
  maintenanceSeconds?: number;
}

export async function startPgBossRunner<C>(opts: PgBossRunnerOptions<C>): Promise<JobRunner> {
  const now = opts.now ?? systemClock;
  const pollSeconds = opts.pollSeconds ?? 5;
  const status: JobsStatus = { runner: "pg-boss", state: "starting", lastRunAt: null, lastError: null };
  const log = (line: string) => (opts.log ?? ((l: string) => console.log(l)))(line, { ...status });
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    schema: opts.schema ?? "pgboss",
    application_name: "anzhi-jobs",
    max: 4,
    // Our periods are offered by every node (below), not by pg-boss's cron.
    schedule: false,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 60,
  });
  boss.on("error", (e: Error) => {
    status.state = "failing";
    status.lastError = e.message;
    log(`[jobs] pg-boss: ${e.message}`);
  });
  await boss.start();
  for (const job of opts.jobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      policy: "singleton",
      expireInSeconds: job.expireSeconds,
      retryLimit: 3,
      retryDelay: 0,
    });
    await boss.work(job.name, { pollingIntervalSeconds: pollSeconds }, async ([run]) => {
      if (!run) return;
      const started = performance.now();
      try {
        const line = await job.run(opts.context, now(), run.id);
        status.state = "ok";
        status.lastRunAt = now().toISOString();
        status.lastError = null;
        log(`[jobs] ${job.name}: ${line} in ${Math.round(performance.now() - started)} ms`);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        status.state = "failing";
        status.lastError = `${job.name}: ${message}`;
        log(`[jobs] ${job.name} failed: ${message}`);
        throw e; // pg-boss records the failure and retries the run
      }
    });
  }
  // Offer this period's run of every job; a second offer of the same period (from this node or
  // another) is refused by the unique index and returns null. Offered twice a period, so a run
  // lands in every period whatever the phase of the nodes' timers.
  const offer = async () => {
    for (const job of opts.jobs) {
      try {
        await boss.send(job.name, {}, { singletonSeconds: job.everySeconds, expireInSeconds: job.expireSeconds });
      } catch (e) {
        status.state = "failing";
        status.lastError = `${job.name}: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
  };
  await offer();
  if (status.state === "starting") status.state = "ok";
  const shortest = Math.min(...opts.jobs.map((j) => j.everySeconds));
  const timer = setInterval(() => void offer(), Math.max(1, shortest / 2) * 1000);
  timer.unref();
  return {
    status: () => ({ ...status }),
    stop: async () => {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
