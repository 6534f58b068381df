// 强制性产品认证 (CCC) certificates of the enterprise profile, linked to the products they cover.
// The models covered are kept one by one (modelsJson) for the check that a certificate covers a
// product's model. Every write re-runs the route checks, so a product left without a valid
// certificate covering its model becomes a hazard (and such a certificate is its rectification).
import type { z } from "zod";
import {
  type CccEditSchema,
  type CccSaveSchema,
  type CccSave,
  type CertificateStatus,
  splitModels,
} from "@anzhi/contracts";
import { forOrganization, type Db, type Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { parseJsonArray } from "../profile/org-clock.ts";
import { requireProducts } from "../profile/products.ts";
import { checkRouteHazardsInTx } from "./route-checks.ts";

export interface CccView {
  id: string;
  certNo: string;
  productName: string;
  model: string;
  models: string[];
  holderName: string;
  manufacturerName: string;
  factoryName: string;
  issuer: string;
  issueDate: string;
  expiryDate: string;
  status: CertificateStatus;
  standards: string[];
  retiredAt: Date | null;
  productIds: string[];
}

const cccSelect = {
  id: true,
  certNo: true,
  productName: true,
  model: true,
  modelsJson: true,
  holderName: true,
  manufacturerName: true,
  factoryName: true,
  issuer: true,
  issueDate: true,
  expiryDate: true,
  status: true,
  standardsJson: true,
  retiredAt: true,
  products: { select: { productId: true } },
} as const;

type CccRow = Omit<CccView, "status" | "productIds" | "standards" | "models"> & {
  status: string;
  modelsJson: string;
  standardsJson: string;
  products: { productId: string }[];
};

function toView({ products, standardsJson, modelsJson, ...row }: CccRow): CccView {
  return {
    ...row,
    models: parseJsonArray(modelsJson),
    status: row.status as CertificateStatus,
    standards: parseJsonArray(standardsJson),
    productIds: products.map((p) => p.productId),
  };
}

export async function listCccCertificates(
  db: Db,
  organizationId: string,
  opts: { includeRetired?: boolean } = {},
): Promise<CccView[]> {
  const rows = await forOrganization(db, organizationId).cccCertificate.findMany({
    where: opts.includeRetired ? {} : { retiredAt: null },
    select: cccSelect,
    orderBy: [{ retiredAt: "asc" }, { expiryDate: "asc" }],
  });
  return rows.map(toView);
}

function columns(data: CccSave) {
  return {
    certNo: data.certNo,
    productName: data.productScope,
    model: data.modelSpec ?? "",
    modelsJson: JSON.stringify(data.models ?? splitModels(data.modelSpec)),
    holderName: data.holderName,
    manufacturerName: data.manufacturerName,
    factoryName: data.factoryName,
    issuer: data.issuer,
    issueDate: data.issueDate,
    expiryDate: data.expiryDate,
    status: data.status,
    standardsJson: JSON.stringify(data.standards ?? []),
    lastVerifiedAt: data.lastVerifiedAt ? new Date(data.lastVerifiedAt) : null,
  };
}

async function assertNumberFree(
  tx: Pick<Tx, "cccCertificate">,
  organizationId: string,
  certNo: string,
  exceptId?: string,
): Promise<void> {
  const clash = await tx.cccCertificate.findFirst({
    where: { organizationId, certNo, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", { issues: [{ path: "certNo", message: "CONFLICT" }] });
}

async function linkProducts(
  tx: Tx,
  organizationId: string,
  certificateId: string,
  productIds: readonly string[],
): Promise<void> {
  await requireProducts(tx, organizationId, productIds);
  await tx.cccCertificateProduct.deleteMany({
    where: { organizationId, certificateId, productId: { notIn: [...productIds] } },
  });
  const existing = new Set(
    (
      await tx.cccCertificateProduct.findMany({ where: { organizationId, certificateId }, select: { productId: true } })
    ).map((r) => r.productId),
  );
  const missing = productIds.filter((id) => !existing.has(id));
  if (missing.length > 0)
    await tx.cccCertificateProduct.createMany({
      data: missing.map((productId) => ({ organizationId, certificateId, productId })),
    });
}

async function afterWrite(tx: Tx, organizationId: string, actor: Actor, now: Date): Promise<void> {
  await checkRouteHazardsInTx(tx, organizationId, now, actor);
}

export async function createCccCertificate(
  db: Db,
  organizationId: string,
  data: z.output<typeof CccSaveSchema>,
  actor: Actor,
  now: Date,
): Promise<CccView> {
  const cols = columns(data);
  return db.$transaction(async (tx) => {
    await assertNumberFree(tx, organizationId, cols.certNo);
    const { id } = await tx.cccCertificate.create({ data: { organizationId, ...cols }, select: { id: true } });
    await linkProducts(tx, organizationId, id, data.productIds ?? []);
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "ccc.create",
      entityType: "ccc_certificate",
      entityId: id,
      data: { certNo: cols.certNo, status: cols.status, expiryDate: cols.expiryDate },
    });
    await afterWrite(tx, organizationId, actor, now);
    return toView(await tx.cccCertificate.findUniqueOrThrow({ where: { id }, select: cccSelect }));
  });
}

export async function updateCccCertificate(
  db: Db,
  organizationId: string,
  input: z.output<typeof CccEditSchema>,
  actor: Actor,
  now: Date,
): Promise<CccView> {
  const { id, ...data } = input;
  const cols = columns(data);
  return db.$transaction(async (tx) => {
    const before = await tx.cccCertificate.findFirst({ where: { id, organizationId }, select: cccSelect });
    if (!before) throw new AppError("RECORD_NOT_FOUND");
    await assertNumberFree(tx, organizationId, cols.certNo, id);
    await tx.cccCertificate.update({ where: { id }, data: cols });
    if (data.productIds) await linkProducts(tx, organizationId, id, data.productIds);
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "ccc.update",
      entityType: "ccc_certificate",
      entityId: id,
      data: { before: toView(before), after: cols },
    });
    await afterWrite(tx, organizationId, actor, now);
    return toView(await tx.cccCertificate.findUniqueOrThrow({ where: { id }, select: cccSelect }));
  });
}

export async function retireCccCertificate(
  db: Db,
  organizationId: string,
  id: string,
  actor: Actor,
  now: Date,
): Promise<CccView> {
  return db.$transaction(async (tx) => {
    const before = await tx.cccCertificate.findFirst({ where: { id, organizationId }, select: cccSelect });
    if (!before) throw new AppError("RECORD_NOT_FOUND");
    if (before.retiredAt) return toView(before);
    const row = await tx.cccCertificate.update({ where: { id }, data: { retiredAt: now }, select: cccSelect });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "ccc.retire",
      entityType: "ccc_certificate",
      entityId: id,
      data: { certNo: row.certNo },
    });
    await afterWrite(tx, organizationId, actor, now);
    return toView(row);
  });
}
