// The scheduler's thread: it opens its own connection to the database, so a tick over a thousand
// organisations never holds the thread that answers requests (SQLite in WAL mode lets the server
// read meanwhile; writes wait their turn). On SQLite it runs one tick per message from the server's
// thread; on PostgreSQL it runs the pg-boss runner, which takes each job's runs from the queue.
import { parentPort, workerData } from "node:worker_threads";
import { openDb } from "@anzhi/db";
import { startPgBossRunner } from "../jobs/pg-boss.ts";
import { scheduledJobs } from "../jobs/scheduled.ts";
import { deliveryConfig, schedulerTick, type WorkerSettings } from "./scheduler.ts";

export type WorkerRequest = { at: string } | { stop: true };

const port = parentPort;
if (!port) throw new Error("scheduler-worker.ts runs as a worker thread (see startScheduler)");
const settings = workerData as WorkerSettings;
const db = await openDb(settings.databaseUrl);
const config = settings.delivery ? deliveryConfig(settings.delivery) : undefined;

if (settings.runner === "pg-boss") {
  const runner = await startPgBossRunner({
    connectionString: settings.databaseUrl,
    jobs: scheduledJobs(settings.everySeconds),
    context: { db, delivery: config },
    log: (line, status) => port.postMessage({ log: line, status }),
  });
  port.on("message", (msg: WorkerRequest) => {
    if ("stop" in msg) void runner.stop().then(() => port.postMessage({ stopped: true }));
  });
} else {
  port.on("message", (msg: WorkerRequest) => {
    if (!("at" in msg)) return;
    const started = performance.now();
    schedulerTick(db, new Date(msg.at), config).then(
      (result) => port.postMessage({ ok: true, result, ms: performance.now() - started }),
      (e: unknown) => port.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) }),
    );
  });
}
port.postMessage({ ready: true });
