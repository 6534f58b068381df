// The in-process scheduler: every few minutes, for every active organisation, write the due and
// overdue reminders and run the route checks (licence, licence scope, CCC) on the organisation's local date.
// `schedulerTick` takes the clock as an argument so tests drive it with any instant; the
// interval loop only calls it with `now()`.
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
  db: Db;
  /** The clock asked on every tick (the real time in production, a movable one in tests). */
  now?: Clock;
  intervalMs?: number;
  log?: (line: string) => void;
}

/** Starts the loop (first tick right away); `stop()` ends it and waits for a running tick. */
export function startScheduler(opts: SchedulerOptions): { stop: () => Promise<void> } {
  const now = opts.now ?? systemClock;
  const log = opts.log ?? ((line: string) => console.log(line));
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = schedulerTick(opts.db, now())
      .then((r) => {
        if (r.reminders > 0 || r.certificateHazards > 0)
          log(`[scheduler] ${r.reminders} reminders, ${r.certificateHazards} certificate hazards`);
        for (const e of r.errors) log(`[scheduler] organisation ${e.organizationId}: ${e.message}`);
      })
      .catch((e: unknown) => log(`[scheduler] tick failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, opts.intervalMs ?? 5 * 60_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
