// The second rail: a payment received by bank transfer (对公转账), recorded by the operator
// (`pnpm anzhi billing grant`), audited in the organisation's trail and shown to its admins.
import type { z } from "zod";
import type { BillingGrantSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { readStanding, type Standing } from "./entitlements.ts";

export async function orgBySlug(db: Db, slug: string) {
  const org = await db.organization.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!org) throw new AppError("ORG_NOT_FOUND", { message: `No organisation with slug ${slug}` });
  return org;
}

export async function grantOffline(
  db: Db,
  organizationId: string,
  input: z.output<typeof BillingGrantSchema>,
  now: Date,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const grant = await tx.billingGrant.create({
      data: {
        organizationId,
        plan: input.plan,
        sites: input.plan === "basic" ? 1 : input.sites,
        validUntil: input.until,
        reference: input.reference,
        grantedAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId,
      actor: { kind: "system" },
      action: "billing.grant",
      entityType: "billing_grant",
      entityId: grant.id,
      data: { plan: input.plan, sites: input.sites, until: input.until, reference: input.reference },
      at: now,
    });
    return grant;
  });
}

export interface GrantView {
  id: string;
  plan: string;
  sites: number;
  validUntil: string;
  reference: string;
  grantedAt: Date;
}

export async function listGrants(db: Db, organizationId: string): Promise<GrantView[]> {
  return db.billingGrant.findMany({
    where: { organizationId },
    orderBy: { grantedAt: "desc" },
    select: { id: true, plan: true, sites: true, validUntil: true, reference: true, grantedAt: true },
  });
}

export async function billingStatus(
  db: Db,
  slug: string,
  now: Date,
): Promise<{ org: { slug: string; name: string }; standing: Standing; activeSites: number }> {
  const org = await orgBySlug(db, slug);
  const [standing, activeSites] = await Promise.all([
    readStanding(db, org.id, now),
    db.site.count({ where: { organizationId: org.id, retiredAt: null } }),
  ]);
  return { org, standing, activeSites };
}
