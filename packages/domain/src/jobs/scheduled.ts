// The product's named jobs (docs/decisions/030). On SQLite the scheduler runs them one after the
// other in its worker thread every five minutes (schedulerTick, the order as before: reminders
// first so their deliveries go out in the same tick); on PostgreSQL each is a pg-boss job that runs
// once per period across the nodes.
import type { Db } from "@anzhi/db";
import { checkRouteHazards } from "../certificates/route-checks.ts";
import { deliveryTick, type DeliveryConfig } from "../notifications/deliveries.ts";
import { escalationTick } from "../notifications/escalation.ts";
import { remindOrganization } from "../routines/reminders.ts";
import type { TickResult } from "../routines/scheduler.ts";
import { webhookTick } from "../webhooks/outbox.ts";
import type { ScheduledJob } from "./runner.ts";

export interface SchedulerContext {
  db: Db;
  /** E-mail, group-robot and webhook delivery; without it those two jobs do nothing. */
  delivery?: DeliveryConfig | undefined;
}

export type TickPart = Partial<Omit<TickResult, "errors">> & Pick<TickResult, "errors">;

interface Step {
  name: "routine-reminders" | "escalation" | "notification-deliveries" | "webhook-deliveries";
  /** The label a failure of the whole step is recorded under in TickResult.errors. */
  label: string;
  run: (ctx: SchedulerContext, now: Date) => Promise<TickPart>;
}

export const SCHEDULER_STEPS: readonly Step[] = [
  {
    // Due/overdue reminders and the route checks (licence, licence scope, CCC) on each active
    // organisation's local date; one organisation's failure does not stop the others.
    name: "routine-reminders",
    label: "*reminders",
    run: async ({ db }, now) => {
      const orgs = await db.organization.findMany({ where: { deactivatedAt: null }, select: { id: true } });
      const part = {
        organizations: orgs.length,
        reminders: 0,
        certificateHazards: 0,
        errors: [] as TickResult["errors"],
      };
      for (const org of orgs) {
        try {
          part.reminders += await remindOrganization(db, org.id, now);
          part.certificateHazards += (await checkRouteHazards(db, org.id, now)).opened.length;
        } catch (e) {
          part.errors.push({ organizationId: org.id, message: e instanceof Error ? e.message : String(e) });
        }
        // Let other work on this thread (the worker's messages, pg-boss's polling) in between.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return part;
    },
  },
  {
    // Set-based over every organisation at once (no per-organisation queries).
    name: "escalation",
    label: "*escalation",
    run: async ({ db }, now) => ({ escalations: (await escalationTick(db, now)).created, errors: [] }),
  },
  {
    name: "notification-deliveries",
    label: "*delivery",
    run: async ({ db, delivery }, now) =>
      delivery ? { deliveries: await deliveryTick(db, delivery, now), errors: [] } : { errors: [] },
  },
  {
    name: "webhook-deliveries",
    label: "*webhooks",
    run: async ({ db, delivery }, now) =>
      delivery ? { webhooks: await webhookTick(db, delivery.cipher, now), errors: [] } : { errors: [] },
  },
];

/** One log line for a tick or a part of one. */
export function describeTick(r: TickPart): string {
  const parts: string[] = [];
  if (r.organizations !== undefined)
    parts.push(
      `${r.organizations} organisations, ${r.reminders ?? 0} reminders, ${r.certificateHazards ?? 0} certificate hazards`,
    );
  if (r.escalations !== undefined) parts.push(`${r.escalations} escalations`);
  if (r.deliveries) parts.push(`${r.deliveries.sent} delivered, ${r.deliveries.retrying} retrying`);
  if (r.webhooks) parts.push(`${r.webhooks.delivered} webhooks delivered, ${r.webhooks.retrying} retrying`);
  for (const e of r.errors) parts.push(`organisation ${e.organizationId}: ${e.message}`);
  return parts.join(", ") || "nothing to do";
}

/** The steps as pg-boss jobs, one run per `everySeconds` across every node. */
export function scheduledJobs(everySeconds: number): Array<ScheduledJob<SchedulerContext>> {
  return SCHEDULER_STEPS.map((step) => ({
    name: step.name,
    everySeconds,
    // A tick over a thousand organisations takes tens of seconds; a run still active after three
    // periods belonged to a node that died.
    expireSeconds: everySeconds * 3,
    run: async (ctx, now) => describeTick(await step.run(ctx, now)),
  }));
}
