// Sites (厂区/车间/门店/仓库/网店) of the enterprise profile. Sites are retired, never deleted:
// daily records, hazards and inspections keep pointing at them.
import type { z } from "zod";
import { type SiteEditSchema, type SiteSaveSchema, type SiteType } from "@anzhi/contracts";
import { forOrganization, type Db, type Tx } from "@anzhi/db";
import { assertCanGrow } from "../billing/entitlements.ts";
import { syncSiteQuantity } from "../billing/stripe-sync.ts";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";

export interface SiteView {
  id: string;
  name: string;
  type: SiteType;
  address: string;
  regionCode: string | null;
  retiredAt: Date | null;
}

const siteSelect = { id: true, name: true, type: true, address: true, regionCode: true, retiredAt: true } as const;

function toView(row: {
  id: string;
  name: string;
  type: string;
  address: string;
  regionCode: string | null;
  retiredAt: Date | null;
}): SiteView {
  return { ...row, type: row.type as SiteType };
}

/** The site change stands when Stripe cannot be reached; the next change sets the quantity. */
function quantityLater(error: unknown): void {
  console.error("[billing] subscription quantity not updated:", error instanceof Error ? error.message : error);
}

export async function listSites(
  db: Db,
  organizationId: string,
  opts: { includeRetired?: boolean } = {},
): Promise<SiteView[]> {
  const rows = await forOrganization(db, organizationId).site.findMany({
    where: opts.includeRetired ? {} : { retiredAt: null },
    select: siteSelect,
    orderBy: [{ retiredAt: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(toView);
}

/** The site if it belongs to the organisation and is in use; else a field error on `path`. */
export async function requireActiveSite(
  tx: Pick<Tx, "site">,
  organizationId: string,
  siteId: string,
  path = "siteId",
): Promise<{ id: string }> {
  const site = await tx.site.findFirst({
    where: { id: siteId, organizationId, retiredAt: null },
    select: { id: true },
  });
  if (!site) throw new AppError("SITE_NOT_FOUND", { issues: [{ path, message: "SITE_NOT_FOUND" }] });
  return site;
}

export async function createSite(
  db: Db,
  organizationId: string,
  data: z.output<typeof SiteSaveSchema>,
  actor: Actor,
  now: Date,
): Promise<SiteView> {
  const created = await db.$transaction(async (tx) => {
    await assertCanGrow(tx, organizationId, "sites", now);
    const site = await tx.site.create({
      data: {
        organizationId,
        name: data.name,
        type: data.type,
        address: data.address,
        regionCode: data.regionCode ?? null,
      },
      select: siteSelect,
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "site.create",
      entityType: "site",
      entityId: site.id,
      data: { name: site.name, type: site.type },
    });
    return toView(site);
  });
  await syncSiteQuantity(db, organizationId, now).catch(quantityLater);
  return created;
}

export async function updateSite(
  db: Db,
  organizationId: string,
  input: z.output<typeof SiteEditSchema>,
  actor: Actor,
): Promise<SiteView> {
  const { id, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.site.findFirst({ where: { id, organizationId }, select: siteSelect });
    if (!before) throw new AppError("SITE_NOT_FOUND");
    const site = await tx.site.update({
      where: { id },
      data: { name: data.name, type: data.type, address: data.address, regionCode: data.regionCode ?? null },
      select: siteSelect,
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "site.update",
      entityType: "site",
      entityId: id,
      data: { before, after: site },
    });
    return toView(site);
  });
}

export async function retireSite(
  db: Db,
  organizationId: string,
  id: string,
  actor: Actor,
  now: Date,
): Promise<SiteView> {
  const retired = await db.$transaction(async (tx) => {
    const before = await tx.site.findFirst({ where: { id, organizationId }, select: siteSelect });
    if (!before) throw new AppError("SITE_NOT_FOUND");
    if (before.retiredAt) return toView(before);
    const site = await tx.site.update({ where: { id }, data: { retiredAt: now }, select: siteSelect });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "site.retire",
      entityType: "site",
      entityId: id,
      data: { name: site.name },
    });
    return toView(site);
  });
  // A professional subscription pays for the sites in use (prorated either way).
  await syncSiteQuantity(db, organizationId, now).catch(quantityLater);
  return retired;
}
