// Entitlements, computed in one place: from the plans (contracts/billing/plans.ts), the Stripe
// mirror, the offline grants and the instant, what an organisation's plan is and what it may add.
// The statutory routine is never gated here — only growth (sites, members, the ERP API's rate).
import {
  DUNNING_DAYS,
  PLANS,
  PaidPlan,
  Plan as ApiRateTier,
  RESTRICTED_LIMITS,
  TRIAL_DAYS,
  localDate,
  type BillingPlan,
  type BillingSource,
  type DunningStage,
  type PlanLimits,
} from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { billingSettings } from "./settings.ts";

const DAY_MS = 86_400_000;
/** Stripe statuses in good standing. */
const GOOD = new Set(["active", "trialing"]);

export interface BillingSnapshot {
  /** Billing on (STRIPE_SECRET_KEY set). */
  enabled: boolean;
  orgCreatedAt: Date;
  timeZone: string;
  /** Organization.plan: the API rate tier when billing is off. */
  offRateTier: string;
  subscription: {
    status: string;
    plan: string | null;
    quantity: number | null;
    currentPeriodEnd: Date | null;
    pastDueSince: Date | null;
  } | null;
  /** The offline grant reaching furthest (validUntil is the last covered local day). */
  grant: { plan: string; sites: number; validUntil: string; reference: string } | null;
}

export interface Standing {
  source: BillingSource;
  /** null: billing off, or nothing covers the organisation (trial over, nothing paid). */
  plan: BillingPlan | null;
  /** Stripe status, `offline`, `trialing`, `expired` or `off`. */
  status: string;
  /** Sites paid for (Stripe quantity or the grant's), null when not counted. */
  sites: number | null;
  /** End of what is paid (the subscription period, the grant's last day, the trial's end). */
  periodEnd: Date | null;
  trialEndsAt: Date;
  dunning: DunningStage;
  /** When `restricted` began or begins, for the admins' banner. */
  restrictedFrom: Date | null;
  limits: PlanLimits;
}

const UNLIMITED = (rate: string): PlanLimits => ({
  sites: null,
  members: null,
  apiRate: ApiRateTier.catch("free").parse(rate),
  storageMb: Number.POSITIVE_INFINITY,
});

/** The end (exclusive) of a local day YYYY-MM-DD in `timeZone`, as an instant. */
function endOfLocalDay(day: string, timeZone: string): Date {
  // Local midnight of the next day: the first instant whose local date is past `day`.
  const guess = new Date(`${day}T00:00:00Z`).getTime() + DAY_MS;
  for (let t = guess - 14 * 3_600_000; t <= guess + 14 * 3_600_000; t += 900_000)
    if (localDate(new Date(t), timeZone) > day) return new Date(t);
  return new Date(guess);
}

/** The pure rule: a snapshot and an instant in, the standing out. */
export function standingOf(s: BillingSnapshot, now: Date): Standing {
  const trialEndsAt = new Date(s.orgCreatedAt.getTime() + TRIAL_DAYS * DAY_MS);
  const base = { trialEndsAt, restrictedFrom: null, dunning: "none" as DunningStage };
  if (!s.enabled)
    return {
      ...base,
      source: "off",
      plan: null,
      status: "off",
      sites: null,
      periodEnd: null,
      limits: UNLIMITED(s.offRateTier),
    };

  const sub = s.subscription;
  const subPlan = sub ? PaidPlan.safeParse(sub.plan) : null;
  if (sub && subPlan?.success && GOOD.has(sub.status)) {
    return {
      ...base,
      source: "stripe",
      plan: subPlan.data,
      status: sub.status,
      sites: sub.quantity,
      periodEnd: sub.currentPeriodEnd,
      limits: PLANS[subPlan.data].limits,
    };
  }
  const grantPlan = s.grant ? PaidPlan.safeParse(s.grant.plan) : null;
  if (s.grant && grantPlan?.success && s.grant.validUntil >= localDate(now, s.timeZone)) {
    const limits = PLANS[grantPlan.data].limits;
    return {
      ...base,
      source: "offline",
      plan: grantPlan.data,
      status: "offline",
      sites: s.grant.sites,
      periodEnd: endOfLocalDay(s.grant.validUntil, s.timeZone),
      // What was paid for by transfer is what may be used: more sites take another transfer.
      limits: { ...limits, sites: grantPlan.data === "professional" ? s.grant.sites : limits.sites },
    };
  }
  if (sub && subPlan?.success && sub.status === "past_due") {
    const since = sub.pastDueSince ?? now;
    const days = (now.getTime() - since.getTime()) / DAY_MS;
    const restrictedFrom = new Date(since.getTime() + DUNNING_DAYS.grace * DAY_MS);
    const dunning: DunningStage =
      days < DUNNING_DAYS.notice ? "notice" : days < DUNNING_DAYS.grace ? "grace" : "restricted";
    return {
      ...base,
      source: "stripe",
      plan: subPlan.data,
      status: sub.status,
      sites: sub.quantity,
      periodEnd: sub.currentPeriodEnd,
      dunning,
      restrictedFrom,
      limits: dunning === "restricted" ? RESTRICTED_LIMITS : PLANS[subPlan.data].limits,
    };
  }
  if (now.getTime() < trialEndsAt.getTime()) {
    return {
      ...base,
      source: "trial",
      plan: "trial",
      status: "trialing",
      sites: null,
      periodEnd: trialEndsAt,
      limits: PLANS.trial.limits,
    };
  }
  // Trial over and nothing paid (or the subscription ended, unpaid): the duties go on, growth stops.
  return {
    ...base,
    source: sub ? "stripe" : "trial",
    plan: null,
    status: sub ? sub.status : "expired",
    sites: null,
    periodEnd: null,
    dunning: "restricted",
    restrictedFrom: sub?.pastDueSince
      ? new Date(sub.pastDueSince.getTime() + DUNNING_DAYS.grace * DAY_MS)
      : trialEndsAt,
    limits: RESTRICTED_LIMITS,
  };
}

type Reader = Pick<Tx, "organization">;

export async function readSnapshot(db: Reader, organizationId: string, enabled = billingSettings() !== null) {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: {
      createdAt: true,
      timeZone: true,
      plan: true,
      billingAccount: {
        select: { subscriptionStatus: true, plan: true, quantity: true, currentPeriodEnd: true, pastDueSince: true },
      },
      billingGrants: {
        select: { plan: true, sites: true, validUntil: true, reference: true },
        orderBy: [{ validUntil: "desc" }, { grantedAt: "desc" }],
        take: 1,
      },
    },
  });
  const acct = org.billingAccount;
  const snapshot: BillingSnapshot = {
    enabled,
    orgCreatedAt: org.createdAt,
    timeZone: org.timeZone,
    offRateTier: org.plan,
    subscription: acct?.subscriptionStatus
      ? {
          status: acct.subscriptionStatus,
          plan: acct.plan,
          quantity: acct.quantity,
          currentPeriodEnd: acct.currentPeriodEnd,
          pastDueSince: acct.pastDueSince,
        }
      : null,
    grant: org.billingGrants[0] ?? null,
  };
  return snapshot;
}

export async function readStanding(db: Reader, organizationId: string, now: Date): Promise<Standing> {
  return standingOf(await readSnapshot(db, organizationId), now);
}

export type Growth = "sites" | "members";

/**
 * Refuses adding one more site or member past the plan (PLAN_LIMIT_REACHED, 402). Billing off or an
 * unlimited plan: nothing to count. Call it inside the transaction that adds.
 */
export async function assertCanGrow(
  tx: Pick<Tx, "organization" | "site" | "membership">,
  organizationId: string,
  what: Growth,
  now: Date,
): Promise<void> {
  if (billingSettings() === null) return;
  const standing = await readStanding(tx, organizationId, now);
  const limit = standing.limits[what];
  if (limit === null) return;
  const used =
    what === "sites"
      ? await tx.site.count({ where: { organizationId, retiredAt: null } })
      : await tx.membership.count({ where: { organizationId, status: "active" } });
  if (used >= limit)
    throw new AppError("PLAN_LIMIT_REACHED", {
      message: `The plan allows ${limit} ${what}`,
      details: { limit, what },
    });
}

/** The ERP API rate tier of an organisation (its Organization.plan while billing is off). */
export async function apiRateTier(db: Db | Reader, organizationId: string, now: Date): Promise<ApiRateTier> {
  return (await readStanding(db, organizationId, now)).limits.apiRate;
}
