// The demo seller's statutory records (Order 76): its suppliers' XK/CCC documents, today's
// deliveries with their 进货查验记录 (every document present and consistent, so 合格 — a failed
// check always opens a hazard in the product, which the hazard plan does not hold) and today's
// sales. Only today: the seeded daily records up to yesterday were signed before any delivery, so
// today's sheet is where the per-batch lines of 进货查验 appear (docs/decisions/022).
import { contentHash } from "../ingest/canonical.ts";
import type { OrgSeed, SeedCtx } from "./types.ts";
import { addDays, atLocal, json, newId } from "./util.ts";

interface Delivery {
  supplier: string;
  product: string;
  productName: string;
  specModel: string;
  batchNo: string;
  quantity: number;
  unit: string;
  manufacturerName: string;
  productionDate: string;
  ccc: string | null;
  xk: string | null;
  hour: number;
}

interface Sale {
  product: string;
  productName: string;
  specModel: string;
  batchNo: string;
  quantity: number;
  unit: string;
  buyerName: string;
  buyerContact: string;
  buyerUscc: string | null;
  destination: string;
  invoiceNo: string | null;
  hour: number;
}

/** The demo CCC number the seed's certificates use (year, 01 = CQC, category, serial). */
const cccNo = (issue: string, cat: string, serial: string) => `${issue.slice(0, 4)}01${cat}${serial}`;

export async function createSellerRecords(ctx: SeedCtx, org: OrgSeed): Promise<void> {
  const { tx, today } = ctx;
  const officer = org.people.officers[0];
  if (!officer) throw new Error(`seed: ${org.key} has no officer`);
  const officerName = org.people.names.get(officer.userId) ?? "";
  const supplier = (key: string) => {
    const id = org.suppliers.get(key);
    if (!id) throw new Error(`seed: supplier ${key} missing`);
    return id;
  };
  const product = (key: string) => {
    const id = org.products.get(key);
    if (!id) throw new Error(`seed: product ${key} missing`);
    return id;
  };
  const wireCcc = cccNo(addDays(today, -900), "0101", "207731");
  const ebikeCcc = cccNo(addDays(today, -300), "1611", "411208");
  const documents = [
    {
      supplier: "cable",
      kind: "ccc_certificate",
      number: wireCcc,
      scope: "BV 450/750V 1.5~6mm²",
      until: addDays(today, 926),
    },
    { supplier: "ebike", kind: "ccc_certificate", number: ebikeCcc, scope: "YQ-TDT1258Z", until: addDays(today, 1526) },
    {
      supplier: "gas",
      kind: "xk_licence",
      number: "(浙)XK21-003-00412",
      scope: "瓶装液化石油气调压器",
      until: addDays(today, 700),
    },
  ];
  for (const d of documents) {
    await tx.supplierDocument.create({
      data: {
        organizationId: org.id,
        supplierId: supplier(d.supplier),
        kind: d.kind,
        number: d.number,
        productScope: d.scope,
        validUntil: d.until,
        createdAt: org.createdAt,
        updatedAt: org.createdAt,
      },
    });
  }
  const cccUntil = (no: string) => documents.find((d) => d.number === no)?.until ?? null;
  const deliveries: Delivery[] = [
    {
      supplier: "cable",
      product: "wire",
      productName: "聚氯乙烯绝缘电线",
      specModel: "BV 450/750V 1×2.5mm²",
      batchNo: `HG${today.replaceAll("-", "").slice(2)}-07`,
      quantity: 40,
      unit: "卷",
      manufacturerName: "无锡华光电缆有限公司",
      productionDate: addDays(today, -12),
      ccc: wireCcc,
      xk: null,
      hour: 9,
    },
    {
      supplier: "ebike",
      product: "ebike",
      productName: "电动自行车",
      specModel: "YQ-TDT1258Z",
      batchNo: `YQ${today.replaceAll("-", "").slice(2)}A`,
      quantity: 12,
      unit: "辆",
      manufacturerName: "天津雅骑车业有限公司",
      productionDate: addDays(today, -20),
      ccc: ebikeCcc,
      xk: null,
      hour: 10,
    },
    {
      supplier: "helmet",
      product: "helmet",
      productName: "电动自行车乘员头盔",
      specModel: "AD-H3 半盔 M号",
      batchNo: `AD-${today.slice(0, 7)}-03`,
      quantity: 60,
      unit: "顶",
      manufacturerName: "浙江安盾头盔有限公司",
      productionDate: addDays(today, -35),
      ccc: null,
      xk: null,
      hour: 11,
    },
  ];
  for (const d of deliveries) {
    const record = {
      supplierId: supplier(d.supplier),
      productId: product(d.product),
      productName: d.productName,
      specModel: d.specModel,
      batchNo: d.batchNo,
      quantity: d.quantity,
      unit: d.unit,
      purchaseDate: today,
      manufacturerName: d.manufacturerName,
      productionDate: d.productionDate,
      conformityCertificate: "ok",
      inspectionReport: "ok",
      cccRequired: d.ccc !== null,
      ...(d.ccc ? { cccCertNo: d.ccc, cccValidUntil: cccUntil(d.ccc) } : {}),
      xkRequired: d.xk !== null,
      markingCheck: "consistent",
      conclusion: "accepted",
    };
    const at = atLocal(today, d.hour, 20);
    await tx.purchaseCheck.create({
      data: {
        id: newId(),
        organizationId: org.id,
        ...record,
        cccCertNo: d.ccc,
        cccValidUntil: d.ccc ? cccUntil(d.ccc) : null,
        problemsJson: json([]),
        checkedBy: officerName,
        checkedByUserId: officer.userId,
        contentHash: contentHash(record),
        source: "web",
        createdAt: at,
        updatedAt: at,
      },
    });
  }
  const sales: Sale[] = [
    {
      product: "ebike",
      productName: "电动自行车",
      specModel: "YQ-TDT1258Z",
      batchNo: `YQ${today.replaceAll("-", "").slice(2)}A`,
      quantity: 5,
      unit: "辆",
      buyerName: "南京迅达同城配送有限公司",
      buyerContact: "025-84561230",
      buyerUscc: null,
      destination: "江苏省南京市玄武区",
      invoiceNo: null,
      hour: 15,
    },
    {
      product: "helmet",
      productName: "电动自行车乘员头盔",
      specModel: "AD-H3 半盔 M号",
      batchNo: `AD-${today.slice(0, 7)}-03`,
      quantity: 5,
      unit: "顶",
      buyerName: "南京迅达同城配送有限公司",
      buyerContact: "025-84561230",
      buyerUscc: null,
      destination: "江苏省南京市玄武区",
      invoiceNo: null,
      hour: 15,
    },
  ];
  for (const s of sales) {
    const { hour, product: key, ...fields } = s;
    const record = { ...fields, productId: product(key), saleDate: today };
    const at = atLocal(today, hour, 40);
    await tx.saleRecord.create({
      data: {
        id: newId(),
        organizationId: org.id,
        ...record,
        recordedBy: officerName,
        recordedByUserId: officer.userId,
        contentHash: contentHash(record),
        source: "web",
        createdAt: at,
        updatedAt: at,
      },
    });
  }
}
