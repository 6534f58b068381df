// Web entry of the seller's records: a delivery checked on receipt (进货查验记录, the signed-in
// member is the one who checked) and a wholesale sale (销售台账). A check with a missing or
// invalid document cannot be "accepted" (the schema refuses it) and opens a hazard.
import { purchaseProblems, type PurchaseCheckCreate, type SaleCreate } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { contentHash } from "../ingest/canonical.ts";
import { openPurchaseHazard } from "./purchase-hazard.ts";

interface Who {
  organizationId: string;
  userId: string;
  now: Date;
}

async function context(tx: Tx, who: Who) {
  const [org, user] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: who.organizationId }, select: { timeZone: true } }),
    tx.user.findUniqueOrThrow({ where: { id: who.userId }, select: { name: true } }),
  ]);
  return { timeZone: org.timeZone, userName: user.name };
}

async function ownedProductId(tx: Tx, organizationId: string, productId: string | undefined) {
  if (!productId) return null;
  const p = await tx.product.findFirst({ where: { id: productId, organizationId }, select: { id: true } });
  if (!p) throw new AppError("PRODUCT_NOT_FOUND", { issues: [{ path: "productId", message: "PRODUCT_NOT_FOUND" }] });
  return p.id;
}

export async function createPurchaseCheck(
  db: Db,
  who: Who,
  r: PurchaseCheckCreate,
): Promise<{ id: string; hazardNo: string | null }> {
  return db.$transaction(async (tx) => {
    const { timeZone, userName } = await context(tx, who);
    const supplier = await tx.supplier.findFirst({
      where: { id: r.supplierId, organizationId: who.organizationId },
      select: { id: true, name: true, retiredAt: true },
    });
    if (!supplier || supplier.retiredAt)
      throw new AppError("SUPPLIER_NOT_FOUND", { issues: [{ path: "supplierId", message: "SUPPLIER_NOT_FOUND" }] });
    const productId = await ownedProductId(tx, who.organizationId, r.productId);
    const problems = purchaseProblems(r);
    const actor = { kind: "user", userId: who.userId } as const;
    const hazard =
      problems.length === 0
        ? null
        : await openPurchaseHazard(tx, {
            organizationId: who.organizationId,
            timeZone,
            supplierName: supplier.name,
            productId,
            productName: r.productName,
            specModel: r.specModel,
            batchNo: r.batchNo,
            purchaseDate: r.purchaseDate,
            conclusion: r.conclusion,
            checkedBy: userName,
            externalId: null,
            problems,
            actor,
            now: who.now,
          });
    const row = await tx.purchaseCheck.create({
      data: {
        organizationId: who.organizationId,
        supplierId: supplier.id,
        productId,
        productName: r.productName,
        specModel: r.specModel,
        batchNo: r.batchNo,
        quantity: r.quantity,
        unit: r.unit,
        purchaseDate: r.purchaseDate,
        manufacturerName: r.manufacturerName || null,
        productionDate: r.productionDate ?? null,
        conformityCertificate: r.conformityCertificate,
        inspectionReport: r.inspectionReport,
        cccRequired: r.cccRequired,
        cccCertNo: r.cccCertNo ?? null,
        cccValidUntil: r.cccValidUntil ?? null,
        xkRequired: r.xkRequired,
        xkLicenceNo: r.xkLicenceNo ?? null,
        markingCheck: r.markingCheck,
        conclusion: r.conclusion,
        problemsJson: JSON.stringify(problems),
        checkedBy: userName,
        checkedByUserId: who.userId,
        remarks: r.remarks || null,
        hazardId: hazard?.id ?? null,
        contentHash: contentHash(r),
        source: "web",
        createdAt: who.now,
        updatedAt: who.now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: who.organizationId,
      actor,
      action: "purchase_check.create",
      entityType: "purchase_check",
      entityId: row.id,
      data: { batchNo: r.batchNo, conclusion: r.conclusion, problems, hazardNo: hazard?.hazardNo ?? null },
      at: who.now,
    });
    return { id: row.id, hazardNo: hazard?.hazardNo ?? null };
  });
}

export async function createSale(db: Db, who: Who, r: SaleCreate): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { userName } = await context(tx, who);
    const productId = await ownedProductId(tx, who.organizationId, r.productId);
    const row = await tx.saleRecord.create({
      data: {
        organizationId: who.organizationId,
        productId,
        productName: r.productName,
        specModel: r.specModel,
        batchNo: r.batchNo,
        quantity: r.quantity,
        unit: r.unit,
        saleDate: r.saleDate,
        buyerName: r.buyerName,
        buyerContact: r.buyerContact,
        buyerUscc: r.buyerUscc ?? null,
        destination: r.destination,
        invoiceNo: r.invoiceNo || null,
        recordedBy: userName,
        recordedByUserId: who.userId,
        contentHash: contentHash(r),
        source: "web",
        createdAt: who.now,
        updatedAt: who.now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: who.organizationId,
      actor: { kind: "user", userId: who.userId },
      action: "sale.create",
      entityType: "sale_record",
      entityId: row.id,
      data: { batchNo: r.batchNo, buyerName: r.buyerName, quantity: r.quantity },
      at: who.now,
    });
    return row;
  });
}
