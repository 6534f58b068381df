// 生产许可证 of the enterprise profile, linked to the products they cover, with the structured scope
// (产品单元/型号规格) the 超范围 check reads. Retired, never deleted. Every write re-runs the route
// checks, so a product left without a valid licence, or outside every licence's scope, is a hazard.
import type { z } from "zod";
import {
  type LicenceEditSchema,
  type LicenceSaveSchema,
  parseLicenceNo,
  type CertificateStatus,
  type LicenceSave,
  type ScopeUnit,
} from "@anzhi/contracts";
import { forOrganization, type Db, type Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { requireProducts } from "../profile/products.ts";
import { checkRouteHazardsInTx, scopeUnitsOf } from "./route-checks.ts";

export interface LicenceView {
  id: string;
  licenceNo: string;
  productScope: string;
  scopeUnits: ScopeUnit[];
  holderName: string;
  issuer: string;
  issueDate: string;
  expiryDate: string;
  status: CertificateStatus;
  retiredAt: Date | null;
  productIds: string[];
}

const licenceSelect = {
  id: true,
  licenceNo: true,
  productScope: true,
  scopeJson: true,
  holderName: true,
  issuer: true,
  issueDate: true,
  expiryDate: true,
  status: true,
  retiredAt: true,
  products: { select: { productId: true } },
} as const;

type LicenceRow = Omit<LicenceView, "status" | "productIds" | "scopeUnits"> & {
  status: string;
  scopeJson: string;
  products: { productId: string }[];
};

function toView({ products, scopeJson, ...row }: LicenceRow): LicenceView {
  return {
    ...row,
    status: row.status as CertificateStatus,
    scopeUnits: scopeUnitsOf(scopeJson),
    productIds: products.map((p) => p.productId),
  };
}

export async function listLicences(
  db: Db,
  organizationId: string,
  opts: { includeRetired?: boolean } = {},
): Promise<LicenceView[]> {
  const rows = await forOrganization(db, organizationId).productionLicence.findMany({
    where: opts.includeRetired ? {} : { retiredAt: null },
    select: licenceSelect,
    orderBy: [{ retiredAt: "asc" }, { expiryDate: "asc" }],
  });
  return rows.map(toView);
}

function columns(data: LicenceSave) {
  const parsed = parseLicenceNo(data.licenceNo);
  if (!parsed)
    throw new AppError("LICENCE_NO_INVALID", { issues: [{ path: "licenceNo", message: "licence_no.format" }] });
  return {
    licenceNo: parsed.normalized,
    province: parsed.province,
    categoryNo: parsed.categoryNo,
    productNo: parsed.productNo,
    serialNo: parsed.serialNo,
    productScope: data.productScope,
    scopeJson: JSON.stringify(data.scopeUnits ?? [{ unit: data.productScope, models: [] }]),
    holderName: data.holderName,
    issuer: data.issuer,
    issueDate: data.issueDate,
    expiryDate: data.expiryDate,
    status: data.status,
    lastVerifiedAt: data.lastVerifiedAt ? new Date(data.lastVerifiedAt) : null,
  };
}

async function assertNumberFree(
  tx: Pick<Tx, "productionLicence">,
  organizationId: string,
  licenceNo: string,
  exceptId?: string,
): Promise<void> {
  const clash = await tx.productionLicence.findFirst({
    where: { organizationId, licenceNo, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", { issues: [{ path: "licenceNo", message: "CONFLICT" }] });
}

async function linkProducts(
  tx: Tx,
  organizationId: string,
  licenceId: string,
  productIds: readonly string[],
): Promise<void> {
  await requireProducts(tx, organizationId, productIds);
  await tx.licenceProduct.deleteMany({ where: { organizationId, licenceId, productId: { notIn: [...productIds] } } });
  const existing = new Set(
    (await tx.licenceProduct.findMany({ where: { organizationId, licenceId }, select: { productId: true } })).map(
      (r) => r.productId,
    ),
  );
  const missing = productIds.filter((id) => !existing.has(id));
  if (missing.length > 0)
    await tx.licenceProduct.createMany({
      data: missing.map((productId) => ({ organizationId, licenceId, productId })),
    });
}

export async function createLicence(
  db: Db,
  organizationId: string,
  data: z.output<typeof LicenceSaveSchema>,
  actor: Actor,
  now: Date,
): Promise<LicenceView> {
  const cols = columns(data);
  return db.$transaction(async (tx) => {
    await assertNumberFree(tx, organizationId, cols.licenceNo);
    const { id } = await tx.productionLicence.create({ data: { organizationId, ...cols }, select: { id: true } });
    await linkProducts(tx, organizationId, id, data.productIds ?? []);
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "licence.create",
      entityType: "production_licence",
      entityId: id,
      data: { licenceNo: cols.licenceNo, expiryDate: cols.expiryDate },
    });
    await checkRouteHazardsInTx(tx, organizationId, now, actor);
    return toView(await tx.productionLicence.findUniqueOrThrow({ where: { id }, select: licenceSelect }));
  });
}

export async function updateLicence(
  db: Db,
  organizationId: string,
  input: z.output<typeof LicenceEditSchema>,
  actor: Actor,
  now: Date,
): Promise<LicenceView> {
  const { id, ...data } = input;
  const cols = columns(data);
  return db.$transaction(async (tx) => {
    const before = await tx.productionLicence.findFirst({ where: { id, organizationId }, select: licenceSelect });
    if (!before) throw new AppError("RECORD_NOT_FOUND");
    await assertNumberFree(tx, organizationId, cols.licenceNo, id);
    await tx.productionLicence.update({ where: { id }, data: cols });
    if (data.productIds) await linkProducts(tx, organizationId, id, data.productIds);
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "licence.update",
      entityType: "production_licence",
      entityId: id,
      data: {
        before: toView(before),
        after: { ...cols, productIds: data.productIds ?? before.products.map((p) => p.productId) },
      },
    });
    await checkRouteHazardsInTx(tx, organizationId, now, actor);
    return toView(await tx.productionLicence.findUniqueOrThrow({ where: { id }, select: licenceSelect }));
  });
}

export async function retireLicence(
  db: Db,
  organizationId: string,
  id: string,
  actor: Actor,
  now: Date,
): Promise<LicenceView> {
  return db.$transaction(async (tx) => {
    const before = await tx.productionLicence.findFirst({ where: { id, organizationId }, select: licenceSelect });
    if (!before) throw new AppError("RECORD_NOT_FOUND");
    if (before.retiredAt) return toView(before);
    const row = await tx.productionLicence.update({ where: { id }, data: { retiredAt: now }, select: licenceSelect });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "licence.retire",
      entityType: "production_licence",
      entityId: id,
      data: { licenceNo: row.licenceNo },
    });
    await checkRouteHazardsInTx(tx, organizationId, now, actor);
    return toView(row);
  });
}
