// "Selling or producing a CCC product without a valid certificate is flagged as a hazard": every
// active product whose scope route is CCC needs a linked, non-retired certificate with status
// valid whose validity covers today (the organisation's local date). Otherwise a hazard is opened
// in the ledger — at most one open (not yet closed) certificate hazard per product, so the daily
// scheduler and every certificate/product write can run the check again and again.
import { addDays, localDate } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import type { Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { openHazard } from "../hazards/open-hazard.ts";

export interface CertificateHazardResult {
  checked: number;
  opened: { hazardId: string; hazardNo: string; productId: string }[];
}

const DUE_IN_DAYS = 7;

export async function checkCertificateHazardsInTx(
  tx: Tx,
  organizationId: string,
  now: Date,
  actor: Actor,
): Promise<CertificateHazardResult> {
  const org = await tx.organization.findUnique({ where: { id: organizationId }, select: { timeZone: true } });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  const today = localDate(now, org.timeZone);
  const products = await tx.product.findMany({
    where: { organizationId, scopeRoute: "ccc", retiredAt: null },
    select: {
      id: true,
      name: true,
      model: true,
      siteId: true,
      cccCertificates: {
        select: { certificate: { select: { status: true, issueDate: true, expiryDate: true, retiredAt: true } } },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  const opened: CertificateHazardResult["opened"] = [];
  for (const product of products) {
    const covered = product.cccCertificates.some(
      ({ certificate: c }) =>
        c.retiredAt === null && c.status === "valid" && c.issueDate <= today && today <= c.expiryDate,
    );
    if (covered) continue;
    const already = await tx.hazard.findFirst({
      where: { organizationId, productId: product.id, source: "certificate", status: { not: "closed" } },
      select: { id: true },
    });
    if (already) continue;
    const label = product.model ? `${product.name}（${product.model}）` : product.name;
    const hazard = await openHazard(tx, {
      organizationId,
      source: "certificate",
      title: `CCC产品无有效认证证书：${label}`,
      description: `产品“${label}”属于强制性产品认证（CCC）目录，截至${today}没有关联的有效CCC证书（无证书、证书已过期、暂停、撤销或注销）。未获有效认证前不得生产、销售或进口，请立即核查并办理认证或停止生产销售。`,
      severity: "significant",
      dueDate: addDays(today, DUE_IN_DAYS),
      stage: "management",
      productId: product.id,
      siteId: product.siteId,
      containment: "暂停该产品的生产、出厂和销售，直至取得有效CCC证书",
      actor,
      now,
      timeZone: org.timeZone,
    });
    opened.push({ hazardId: hazard.id, hazardNo: hazard.hazardNo, productId: product.id });
  }
  return { checked: products.length, opened };
}

/** For the daily scheduler: runs the check for one organisation on its local date at `now`. */
export async function checkCertificateHazards(
  db: Db,
  organizationId: string,
  now: Date,
): Promise<CertificateHazardResult> {
  return db.$transaction((tx) => checkCertificateHazardsInTx(tx, organizationId, now, { kind: "system" }));
}
