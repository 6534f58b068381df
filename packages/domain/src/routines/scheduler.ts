// The scheduler: every few minutes, for every active organisation, write the due and overdue
// reminders and run the route checks (licence, licence scope, CCC) on the organisation's local
// date. `schedulerTick` takes the clock as an argument so tests drive it with any instant;
// `startScheduler` runs it in a worker thread (scheduler-worker.ts) with the instant read from the
// server's clock.
import { Worker } from "node:worker_threads";
import type { Db } from "@anzhi/db";
import { checkRouteHazards } from "../certificates/route-checks.ts";
import { systemClock, type Clock } from "../clock.ts";
import { fieldCipherFor } from "../crypto/field-cipher.ts";
import { deliveryTick, type DeliveryConfig, type DeliveryTickResult } from "../notifications/deliveries.ts";
import { escalationTick } from "../notifications/escalation.ts";
import { webhookTick, type WebhookTickResult } from "../webhooks/outbox.ts";
import { remindOrganization } from "./reminders.ts";

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

export async function schedulerTick(db: Db, now: Date, delivery?: DeliveryConfig): Promise<TickResult> {
  const orgs = await db.organization.findMany({ where: { deactivatedAt: null }, select: { id: true } });
  const result: TickResult = {
    organizations: orgs.length,
    reminders: 0,
    certificateHazards: 0,
    escalations: 0,
    deliveries: null,
    webhooks: null,
    errors: [],
  };
  for (const org of orgs) {
    try {
      result.reminders += await remindOrganization(db, org.id, now);
      result.certificateHazards += (await checkRouteHazards(db, org.id, now)).opened.length;
    } catch (e) {
      result.errors.push({ organizationId: org.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  // Set-based over every organisation at once (no per-organisation queries).
  try {
    result.escalations = (await escalationTick(db, now)).created;
  } catch (e) {
    result.errors.push({ organizationId: "*escalation", message: e instanceof Error ? e.message : String(e) });
  }
  // Last, so this tick's reminders go out in the same tick.
  if (delivery) {
    try {
      result.deliveries = await deliveryTick(db, delivery, now);
    } catch (e) {
      result.errors.push({ organizationId: "*delivery", message: e instanceof Error ? e.message : String(e) });
    }
    try {
      result.webhooks = await webhookTick(db, delivery.cipher, now);
    } catch (e) {
      result.errors.push({ organizationId: "*webhooks", message: e instanceof Error ? e.message : String(e) });
    }
  }
  return result;
}

export interface SchedulerOptions {
  /** The database the worker thread opens its own connection to. */
  databaseUrl: string;
  /** E-mail and group-robot delivery of notifications (the outbox); without it nothing is sent. */
  delivery?: DeliverySettings;
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
    workerData: { databaseUrl: opts.databaseUrl, delivery: opts.delivery ?? null },
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
          `${r.certificateHazards} certificate hazards, ${r.escalations} escalations` +
          (r.deliveries ? `, ${r.deliveries.sent} delivered, ${r.deliveries.retrying} retrying` : "") +
          (r.webhooks ? `, ${r.webhooks.delivered} webhooks delivered, ${r.webhooks.retrying} retrying` : "") +
          ` in ${Math.round(msg.ms)} ms`,
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
