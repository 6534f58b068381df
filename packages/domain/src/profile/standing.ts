// The organisation's standing under Orders 75/76: its size class for a year (from the previous
// year's figures — 上年度从业人员和营业收入, regulation.md §1.1), its 适用情形 computed from its
// products, whom the Orders then require to be appointed (contracts `staffingRequirement`, ADR 016)
// and who is missing from the appointment register. Figures are kept per year with history.
import {
  type SizeFiguresSchema,
  inScopeRoutes,
  sizeClassOf,
  staffingRequirement,
  type ScopeRoute,
  type OrgKind,
  type SalesChannel,
  type SizeClass,
} from "@anzhi/contracts";
import type { z } from "zod";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { appointmentsInForce, coversSite } from "../appointments/authority.ts";
import { routesOf } from "../certificates/route-checks.ts";
import { AppError, fieldError } from "../errors.ts";

type StandingDb = Pick<Tx, "organization" | "orgSizeFigure" | "product" | "roleAssignment" | "site">;

/** The scope routes one product falls under (its set: XK, CCC, mandatory standard — or none). */
export function productRoutes(p: { scopeRoutesJson: string }): ScopeRoute[] {
  return routesOf(p.scopeRoutesJson);
}

export interface SizeFigureRow {
  id: string;
  year: number;
  employeeCount: number;
  annualRevenueWanYuan: number;
  reason: string | null;
  recordedAt: Date;
  recordedByName: string | null;
  /** false for a row a later correction of the same year replaced. */
  current: boolean;
}

export interface Standing {
  /** The year the size class is for (the organisation's current year). */
  year: number;
  /** The figures used: the previous year's, else the latest earlier ones (`stale`), else none. */
  figures: { year: number; employeeCount: number; annualRevenueWanYuan: number } | null;
  stale: boolean;
  sizeClass: SizeClass;
  routes: ScopeRoute[];
  inScope: boolean;
  directorRequired: boolean;
  officerRequired: boolean;
  principalMayActAsDirector: boolean;
  directorAppointed: boolean;
  principalAppointed: boolean;
  officersAppointed: number;
  /** Active sites no officer in force covers. */
  sitesWithoutOfficer: Array<{ id: string; name: string }>;
  /** What the Orders require and the register lacks today. */
  missing: Array<"director" | "officer" | "principal">;
}

/** Size class for `year` from the latest figures of a year before it. */
export async function sizeClassFor(
  db: Pick<Tx, "organization" | "orgSizeFigure">,
  organizationId: string,
  year: number,
): Promise<Pick<Standing, "figures" | "stale" | "sizeClass">> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { kind: true, salesChannel: true, sizeClass: true },
  });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  const row = await db.orgSizeFigure.findFirst({
    where: { organizationId, year: { lt: year } },
    orderBy: [{ year: "desc" }, { recordedAt: "desc" }],
    select: { year: true, employeeCount: true, annualRevenueWanYuan: true },
  });
  if (!row) return { figures: null, stale: true, sizeClass: org.sizeClass as SizeClass };
  return {
    figures: row,
    stale: row.year !== year - 1,
    sizeClass: sizeClassOf(
      org.kind as OrgKind,
      (org.salesChannel as SalesChannel | null) ?? null,
      row.employeeCount,
      row.annualRevenueWanYuan,
    ),
  };
}

export async function orgStanding(db: StandingDb, organizationId: string, today: string): Promise<Standing> {
  const year = Number(today.slice(0, 4));
  const size = await sizeClassFor(db, organizationId, year);
  const products = await db.product.findMany({
    where: { organizationId, retiredAt: null },
    select: { scopeRoutesJson: true },
  });
  const routes = inScopeRoutes(size.sizeClass, products.flatMap(productRoutes));
  const rule = staffingRequirement(size.sizeClass, routes);
  const [directors, principals, officers, sites] = await Promise.all([
    appointmentsInForce(db, organizationId, "director", today),
    appointmentsInForce(db, organizationId, "principal", today),
    appointmentsInForce(db, organizationId, "officer", today),
    db.site.findMany({
      where: { organizationId, retiredAt: null },
      select: { id: true, name: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const sitesWithoutOfficer = sites.filter((s) => !officers.some((o) => coversSite(o, s.id)));
  const missing: Standing["missing"] = [];
  if (rule.inScope && principals.length === 0) missing.push("principal");
  if (rule.directorRequired && directors.length === 0) missing.push("director");
  if (rule.officerRequired && (officers.length === 0 || sitesWithoutOfficer.length > 0)) missing.push("officer");
  return {
    year,
    ...size,
    routes,
    ...rule,
    directorAppointed: directors.length > 0,
    principalAppointed: principals.length > 0,
    officersAppointed: officers.length,
    sitesWithoutOfficer,
    missing,
  };
}

export async function listSizeFigures(db: Pick<Db, "orgSizeFigure">, organizationId: string): Promise<SizeFigureRow[]> {
  const rows = await db.orgSizeFigure.findMany({
    where: { organizationId },
    orderBy: [{ year: "desc" }, { recordedAt: "desc" }],
    select: {
      id: true,
      year: true,
      employeeCount: true,
      annualRevenueWanYuan: true,
      reason: true,
      recordedAt: true,
      recordedBy: { select: { name: true } },
    },
  });
  const seen = new Set<number>();
  return rows.map(({ recordedBy, ...r }) => {
    const current = !seen.has(r.year);
    seen.add(r.year);
    return { ...r, recordedByName: recordedBy?.name ?? null, current };
  });
}

/**
 * Records one year's figures. A year already on file needs a reason; the earlier row stays. The
 * organisation's size class columns follow the latest year's figures (what sign-up gave).
 */
export async function recordSizeFigures(
  db: Db,
  organizationId: string,
  input: z.output<typeof SizeFiguresSchema>,
  actor: Actor & { kind: "user" },
  now: Date,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({
      where: { id: organizationId },
      select: { kind: true, salesChannel: true, timeZone: true },
    });
    if (!org) throw new AppError("ORG_NOT_FOUND");
    const existing = await tx.orgSizeFigure.count({ where: { organizationId, year: input.year } });
    if (existing > 0 && !input.reason) throw fieldError("VALIDATION_FAILED", "reason", "field.required");
    const row = await tx.orgSizeFigure.create({
      data: {
        organizationId,
        year: input.year,
        employeeCount: input.employeeCount,
        annualRevenueWanYuan: input.annualRevenueWanYuan,
        reason: input.reason || null,
        recordedByUserId: actor.userId,
        recordedAt: now,
      },
      select: { id: true },
    });
    const latest = await tx.orgSizeFigure.findFirst({
      where: { organizationId },
      orderBy: [{ year: "desc" }, { recordedAt: "desc" }],
      select: { employeeCount: true, annualRevenueWanYuan: true },
    });
    if (latest)
      await tx.organization.update({
        where: { id: organizationId },
        data: {
          employeeCount: latest.employeeCount,
          annualRevenueWanYuan: latest.annualRevenueWanYuan,
          sizeClass: sizeClassOf(
            org.kind as OrgKind,
            (org.salesChannel as SalesChannel | null) ?? null,
            latest.employeeCount,
            latest.annualRevenueWanYuan,
          ),
        },
      });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: existing > 0 ? "size_figures.correct" : "size_figures.record",
      entityType: "org_size_figure",
      entityId: row.id,
      data: { ...input },
      at: now,
    });
    return row;
  });
}
