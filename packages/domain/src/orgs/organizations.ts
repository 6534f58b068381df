// Organisations (企业主体): creation with identifier checks and size class, and the listing the
// ops CLI prints.
import {
  OrganisationCreateSchema,
  localDate,
  sizeClassOf,
  type OrganisationCreate,
  type OrganisationCreateInput,
} from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError, parseInput } from "../errors.ts";
import { signUpActivationDate } from "../periods/duty.ts";

export interface OrganizationSummary {
  id: string;
  slug: string;
  name: string;
  kind: string;
  uscc: string;
  createdAt: Date;
}

export async function listOrganizations(db: Db): Promise<OrganizationSummary[]> {
  return db.organization.findMany({
    select: { id: true, slug: true, name: true, kind: true, uscc: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}

const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/;

/** Default slug: derived from the USCC, which is unique and stable. */
export function defaultSlug(uscc: string): string {
  return `org-${uscc.slice(8, 17).toLowerCase()}`;
}

export async function createOrganization(
  db: Db,
  input: OrganisationCreateInput | unknown,
  opts: { slug?: string; actor: Actor; now: Date },
): Promise<OrganizationSummary> {
  const data = parseInput(OrganisationCreateSchema, input);
  const slug = opts.slug ?? defaultSlug(data.uscc);
  if (!SLUG_RE.test(slug)) {
    throw new AppError("VALIDATION_FAILED", {
      message: `slug "${slug}" must be 3–40 lower-case letters, digits or hyphens`,
      issues: [{ path: "slug", message: "field.invalid" }],
    });
  }
  return db.$transaction((tx) => insertOrganization(tx, data, { slug, actor: opts.actor, now: opts.now }));
}

/** Inserts a validated organisation inside the caller's transaction (sign-up uses it too). */
export async function insertOrganization(
  tx: Tx,
  data: OrganisationCreate,
  opts: { slug: string; actor: Actor; now: Date },
): Promise<OrganizationSummary> {
  const slug = opts.slug;
  if (await tx.organization.findUnique({ where: { uscc: data.uscc }, select: { id: true } })) {
    throw new AppError("ORG_USCC_TAKEN", {
      message: `an organisation with USCC ${data.uscc} exists`,
      issues: [{ path: "uscc", message: "ORG_USCC_TAKEN" }],
    });
  }
  if (await tx.organization.findUnique({ where: { slug }, select: { id: true } })) {
    throw new AppError("CONFLICT", {
      message: `slug "${slug}" is taken`,
      issues: [{ path: "slug", message: "CONFLICT" }],
    });
  }
  const org = await tx.organization.create({
    data: {
      slug,
      name: data.name,
      uscc: data.uscc,
      kind: data.kind,
      regionCode: data.regionCode,
      address: data.address,
      timeZone: data.timeZone,
      employeeCount: data.employeeCount,
      annualRevenueWanYuan: data.annualRevenueWanYuan,
      salesChannel: data.salesChannel ?? null,
      legalRepresentative: data.legalRepresentative ?? null,
      sizeClass: sizeClassOf(data.kind, data.salesChannel, data.employeeCount, data.annualRevenueWanYuan),
      // 启用日期: nothing is due before the sign-up day (periods/duty.ts); settable earlier later.
      activatedOn: signUpActivationDate(opts.now, data.timeZone),
    },
    select: { id: true, slug: true, name: true, kind: true, uscc: true, createdAt: true },
  });
  // The figures asked at sign-up are the previous year's (上年度); they start the yearly history.
  await tx.orgSizeFigure.create({
    data: {
      organizationId: org.id,
      year: Number(localDate(opts.now, data.timeZone).slice(0, 4)) - 1,
      employeeCount: data.employeeCount,
      annualRevenueWanYuan: data.annualRevenueWanYuan,
      recordedAt: opts.now,
    },
  });
  await recordAudit(tx, {
    organizationId: org.id,
    actor: opts.actor,
    action: "organization.create",
    entityType: "organization",
    entityId: org.id,
    data: { slug, uscc: org.uscc, activatedOn: signUpActivationDate(opts.now, data.timeZone) },
  });
  return org;
}
