// The scheduler: every few minutes, for every active organisation, write the due and overdue
// reminders and run the route checks (licence, licence scope, CCC) on the organisation's local
// date. `schedulerTick` takes the clock as an argument so tests drive it with any instant;
// `startScheduler` runs it in a worker thread (scheduler-worker.ts) with the instant read from the
// server's clock.
import { Worker } from "node:worker_threads";
import type { Db } from "@anzhi/db";
import { checkRouteHazards } from "../certificates/route-checks.ts";
import { systemClock, type Clock } from "../clock.ts";
import { remindOrganization } from "./reminders.ts";

export interface TickResult {
  organizations: number;
  reminders: number;
  certificateHazards: number;
  errors: Array<{ organizationId: string; message: string }>;
}

export async function schedulerTick(db: Db, now: Date): Promise<TickResult> {
  const orgs = await db.organization.findMany({ where: { deactivatedAt: null }, select: { id: true } });
  const result: TickResult = { organizations: orgs.length, reminders: 0, certificateHazards: 0, errors: [] };
  for (const org of orgs) {
    try {
      result.reminders += await remindOrganization(db, org.id, now);
      result.certificateHazards += (await checkRouteHazards(db, org.id, now)).opened.length;
    } catch (e) {
      result.errors.push({ organizationId: org.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return result;
}

export interface SchedulerOptions {
  /** The database the worker thread opens its own connection to. */
  databaseUrl: string;
  /** The clock asked on every tick (the real time in production, a movable one in tests). */
  now?: Clock;
  intervalMs?: number;
  log?: (line: string) => void;
}

type WorkerReply = { ready: true } | { ok: true; result: TickResult; ms: number } | { ok: false; message: string };

/**
 * Starts the loop in a worker thread (first tick right away): the server's thread only reads the
 * clock and posts the instant; the tick's queries run on the worker's own connection. `stop()` ends
 * the loop, waits for a running tick and ends the thread.
 */
export function startScheduler(opts: SchedulerOptions): { stop: () => Promise<void> } {
  const now = opts.now ?? systemClock;
  const log = opts.log ?? ((line: string) => console.log(line));
  const worker = new Worker(new URL("./scheduler-worker-boot.mjs", import.meta.url), {
    workerData: { databaseUrl: opts.databaseUrl },
  });
  let ready = false;
  let running: { done: () => void; finished: Promise<void> } | null = null;
  let stopped = false;
  const run = () => {
    if (!ready || running || stopped) return;
    let done = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    running = { done, finished };
    worker.postMessage({ at: now().toISOString() });
  };
  worker.on("message", (msg: WorkerReply) => {
    if ("ready" in msg) {
      ready = true;
      run();
      return;
    }
    if (msg.ok) {
      const r = msg.result;
      log(
        `[scheduler] tick: ${r.organizations} organisations, ${r.reminders} reminders, ` +
          `${r.certificateHazards} certificate hazards in ${Math.round(msg.ms)} ms`,
      );
      for (const e of r.errors) log(`[scheduler] organisation ${e.organizationId}: ${e.message}`);
    } else log(`[scheduler] tick failed: ${msg.message}`);
    running?.done();
    running = null;
  });
  worker.on("error", (e) => log(`[scheduler] worker failed: ${e.message}`));
  worker.unref();
  const timer = setInterval(run, opts.intervalMs ?? 5 * 60_000);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running?.finished;
      await worker.terminate();
    },
  };
}
