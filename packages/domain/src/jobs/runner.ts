// One interface for the scheduled work (docs/decisions/030): named jobs, each run once per period,
// and a runner that runs them — on SQLite the in-process scheduler (routines/scheduler.ts, in its
// worker thread; one process owns the file), on PostgreSQL pg-boss (pg-boss.ts), which hands each
// period's run of each job to exactly one of the nodes sharing the database.

/** A named job: what it does and how often it runs. `run` is idempotent (its writes carry dedupe
 * keys or claims), because a run cut short by a killed node is run again elsewhere. */
export interface ScheduledJob<C> {
  name: string;
  /** One run per period of this many seconds, across every node. */
  everySeconds: number;
  /** A run still active after this long is presumed dead (its node killed) and run again. */
  expireSeconds: number;
  /** Does the work at `now`; returns the line the runner logs. `runId` names this run in logs. */
  run: (ctx: C, now: Date, runId: string) => Promise<string>;
}

export interface JobsStatus {
  runner: "in-process" | "pg-boss" | "off";
  /** `starting` until the first run (or, for pg-boss, the queue connection) is up. */
  state: "starting" | "ok" | "failing";
  lastRunAt: string | null;
  lastError: string | null;
}

export interface JobRunner {
  status: () => JobsStatus;
  /** Stops taking runs, waits for the running ones (up to a timeout) and closes its connections. */
  stop: () => Promise<void>;
}

export const JOBS_OFF: JobsStatus = { runner: "off", state: "ok", lastRunAt: null, lastError: null };
