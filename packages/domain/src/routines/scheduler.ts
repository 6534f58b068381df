// The scheduler: every few minutes, for every active organisation, write the due and overdue
// reminders and run the route checks (licence, licence scope, CCC) on the organisation's local
// date. `schedulerTick` takes the clock as an argument so tests drive it with any instant;
// `startScheduler` runs it in a worker thread (scheduler-worker.ts) with the instant read from the
// server's clock.
import { Worker } from "node:worker_threads";
import { isPostgresUrl, type Db } from "@anzhi/db";
import { systemClock, type Clock } from "../clock.ts";
import { fieldCipherFor } from "../crypto/field-cipher.ts";
import { SCHEDULER_STEPS, describeTick } from "../jobs/scheduled.ts";
import type { JobRunner, JobsStatus } from "../jobs/runner.ts";
import type { DeliveryConfig, DeliveryTickResult } from "../notifications/deliveries.ts";
import type { WebhookTickResult } from "../webhooks/outbox.ts";

export interface TickResult {
  organizations: number;
  reminders: number;
  certificateHazards: number;
  /** Escalation reminders (overdue hazards, certificates, vetoes, list versions, training). */
  escalations: number;
  /** The outbox step; null when the tick was run without a delivery configuration. */
  deliveries: DeliveryTickResult | null;
  /** The webhook outbox step (docs/decisions/027); null without a delivery configuration. */
  webhooks: WebhookTickResult | null;
  errors: Array<{ organizationId: string; message: string }>;
}

/** What the scheduler's thread needs to deliver notifications (from the server's environment). */
export interface DeliverySettings {
  smtpUrl?: string | undefined;
  publicUrl?: string | undefined;
  encryptionKey?: string | undefined;
  dataDir: string;
}

export function deliveryConfig(s: DeliverySettings): DeliveryConfig {
  const host = s.publicUrl ? new URL(s.publicUrl).hostname : "localhost";
  return {
    smtpUrl: s.smtpUrl,
    publicUrl: s.publicUrl,
    mailFrom: `"安质 Anzhi" <no-reply@${host}>`,
    cipher: fieldCipherFor({ envKey: s.encryptionKey, dataDir: s.dataDir }),
  };
}

/** Every named job once, in order (the SQLite scheduler's tick; tests call it with any instant). */
export async function schedulerTick(db: Db, now: Date, delivery?: DeliveryConfig): Promise<TickResult> {
  const result: TickResult = {
    organizations: 0,
    reminders: 0,
    certificateHazards: 0,
    escalations: 0,
    deliveries: null,
    webhooks: null,
    errors: [],
  };
  for (const step of SCHEDULER_STEPS) {
    try {
      const { errors, ...part } = await step.run({ db, delivery }, now);
      Object.assign(result, part);
      result.errors.push(...errors);
    } catch (e) {
      result.errors.push({ organizationId: step.label, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return result;
}

export interface SchedulerOptions {
  /** The database the worker thread opens its own connection to. */
  databaseUrl: string;
  /** E-mail and group-robot delivery of notifications (the outbox); without it nothing is sent. */
  delivery?: DeliverySettings;
  /** The clock asked on every tick (the real time in production, a movable one in tests). On
   * PostgreSQL the worker's pg-boss runner reads the real time itself. */
  now?: Clock;
  intervalMs?: number;
  log?: (line: string) => void;
}

/** What the worker thread is given (scheduler-worker.ts). */
export interface WorkerSettings {
  databaseUrl: string;
  delivery: DeliverySettings | null;
  runner: "in-process" | "pg-boss";
  everySeconds: number;
}

type WorkerReply =
  | { ready: true }
  | { ok: true; result: TickResult; ms: number }
  | { ok: false; message: string }
  | { log: string; status: JobsStatus }
  | { stopped: true };

/**
 * Starts the scheduled jobs in a worker thread with its own database connection, so no job holds
 * the thread that answers requests. On SQLite the server's thread only reads the clock and posts
 * the instant (first tick right away, then every `intervalMs`), and the worker runs every job in
 * order. On PostgreSQL the worker runs the pg-boss runner (jobs/pg-boss.ts), which runs each job
 * once per period across all nodes. `stop()` waits for a running tick or job and ends the thread.
 */
export function startScheduler(opts: SchedulerOptions): JobRunner {
  const now = opts.now ?? systemClock;
  const log = opts.log ?? ((line: string) => console.log(line));
  const intervalMs = opts.intervalMs ?? 5 * 60_000;
  const runner = isPostgresUrl(opts.databaseUrl) ? "pg-boss" : "in-process";
  const settings: WorkerSettings = {
    databaseUrl: opts.databaseUrl,
    delivery: opts.delivery ?? null,
    runner,
    everySeconds: Math.max(1, Math.round(intervalMs / 1000)),
  };
  const worker = new Worker(new URL("./scheduler-worker-boot.mjs", import.meta.url), { workerData: settings });
  let status: JobsStatus = { runner, state: "starting", lastRunAt: null, lastError: null };
  let ready = false;
  let running: { done: () => void; finished: Promise<void> } | null = null;
  let stopped = false;
  let at = "";
  const run = () => {
    if (!ready || running || stopped || runner !== "in-process") return;
    let done = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    running = { done, finished };
    at = now().toISOString();
    worker.postMessage({ at });
  };
  let workerStopped = () => {};
  const workerStoppedP = new Promise<void>((resolve) => (workerStopped = resolve));
  worker.on("message", (msg: WorkerReply) => {
    if ("ready" in msg) {
      ready = true;
      run();
      return;
    }
    if ("stopped" in msg) {
      workerStopped();
      return;
    }
    if ("log" in msg) {
      status = msg.status;
      log(msg.log);
      return;
    }
    if (msg.ok) {
      const r = msg.result;
      log(`[scheduler] tick: ${describeTick({ ...r, errors: [] })} in ${Math.round(msg.ms)} ms`);
      for (const e of r.errors) log(`[scheduler] organisation ${e.organizationId}: ${e.message}`);
      const first = r.errors[0];
      status = {
        runner,
        state: first ? "failing" : "ok",
        lastRunAt: at,
        lastError: first ? `${first.organizationId}: ${first.message}` : null,
      };
    } else {
      log(`[scheduler] tick failed: ${msg.message}`);
      status = { ...status, state: "failing", lastError: msg.message };
    }
    running?.done();
    running = null;
  });
  worker.on("error", (e) => {
    status = { ...status, state: "failing", lastError: e.message };
    log(`[scheduler] worker failed: ${e.message}`);
  });
  worker.unref();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    status: () => status,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running?.finished;
      if (runner === "pg-boss" && ready) {
        // pg-boss stops gracefully: running jobs finish, the job connections close.
        worker.postMessage({ stop: true });
        await Promise.race([workerStoppedP, new Promise((resolve) => setTimeout(resolve, 35_000).unref())]);
      }
      await worker.terminate();
    },
  };
}
