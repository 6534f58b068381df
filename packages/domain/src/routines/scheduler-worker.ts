// The scheduler's thread: it opens its own connection to the database and runs one tick per message
// from the server's thread, so a tick over a thousand organisations never holds the thread that
// answers requests (SQLite in WAL mode lets the server read meanwhile; writes wait their turn).
import { parentPort, workerData } from "node:worker_threads";
import { openDb } from "@anzhi/db";
import { deliveryConfig, schedulerTick, type DeliverySettings } from "./scheduler.ts";

export interface TickRequest {
  at: string;
}

const port = parentPort;
if (!port) throw new Error("scheduler-worker.ts runs as a worker thread (see startScheduler)");
const { databaseUrl, delivery } = workerData as { databaseUrl: string; delivery: DeliverySettings | null };
const db = await openDb(databaseUrl);
const config = delivery ? deliveryConfig(delivery) : undefined;
port.on("message", (msg: TickRequest) => {
  const started = performance.now();
  schedulerTick(db, new Date(msg.at), config).then(
    (result) => port.postMessage({ ok: true, result, ms: performance.now() - started }),
    (e: unknown) => port.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) }),
  );
});
port.postMessage({ ready: true });
