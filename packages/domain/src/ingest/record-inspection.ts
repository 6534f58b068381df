// An outgoing (出厂检验) or incoming (进货检验) inspection typed in the web app — the phone form for
// enterprises without an ERP link. Same schema rules and completeness rule as the ERP path
// (docs/decisions/018, 021); the record has no externalId, source "web" and the member who typed
// it. A 不合格 record opens a hazard linked to it, like a failed ERP record. The form starts from
// the test items the product needs (outgoing) or the catalogue's incoming checks for the product.
import {
  addDays,
  findProductGroup,
  localDate,
  NON_CONFORMITY_HANDLING_ZH,
  outgoingCompletenessIssues,
  type IncomingInspectionEntry,
  type InspectionKind,
  type OutgoingInspectionEntry,
} from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { routesOf } from "../certificates/route-checks.ts";
import { AppError } from "../errors.ts";
import { openHazard } from "../hazards/open-hazard.ts";
import { emitWebhookEvent } from "../webhooks/outbox.ts";
import { parseJsonArray } from "../profile/org-clock.ts";
import { contentHash } from "./canonical.ts";
import { ERP_HAZARD_DUE_DAYS } from "./push-inspections.ts";

export interface Member {
  organizationId: string;
  userId: string;
  now: Date;
}

export interface InspectionTemplate {
  productId: string;
  productName: string;
  specModel: string;
  standardNo: string | null;
  needsMarkingCheck: boolean;
  /** Lines to fill in: the product's required 出厂检验项目, else the catalogue's release checks. */
  lines: { item: string; required: boolean }[];
}

/**
 * What the form pre-fills for a product (lines, model, standard, whether CCC marking is checked);
 * for an incoming record, the catalogue's 进货检验 checks of the product's group (the material's
 * own model and standard are typed).
 */
export async function inspectionTemplate(
  db: Db,
  organizationId: string,
  productId: string,
  kind: InspectionKind = "outgoing",
): Promise<InspectionTemplate> {
  const p = await db.product.findFirst({
    where: { id: productId, organizationId, retiredAt: null },
    select: {
      id: true,
      name: true,
      model: true,
      productGroupId: true,
      scopeRoutesJson: true,
      standardsJson: true,
      releaseItemsJson: true,
    },
  });
  if (!p) throw new AppError("PRODUCT_NOT_FOUND", { issues: [{ path: "productId", message: "PRODUCT_NOT_FOUND" }] });
  const catalogItems =
    findProductGroup(p.productGroupId)
      ?.checkItems.filter((i) => i.stage === kind && i.appliesTo !== "seller")
      .map((i) => i.checkZh) ?? [];
  if (kind === "incoming")
    return {
      productId: p.id,
      productName: p.name,
      specModel: "",
      standardNo: null,
      needsMarkingCheck: false,
      lines: catalogItems.map((item) => ({ item, required: false })),
    };
  const required = parseJsonArray(p.releaseItemsJson);
  return {
    productId: p.id,
    productName: p.name,
    specModel: p.model,
    standardNo: parseJsonArray(p.standardsJson)[0] ?? null,
    needsMarkingCheck: routesOf(p.scopeRoutesJson).includes("ccc"),
    lines:
      required.length > 0
        ? required.map((item) => ({ item, required: true }))
        : catalogItems.map((item) => ({ item, required: false })),
  };
}

type Line = OutgoingInspectionEntry["lines"][number];

/** The record's test lines as rows of its first revision. */
function lineRows(organizationId: string, lines: readonly Line[]) {
  return lines.map((l, i) => ({
    organizationId,
    revision: 1,
    seq: i + 1,
    item: l.item,
    requirement: l.requirement ?? "",
    measured: l.measured ?? "",
    unit: l.unit ?? null,
    result: l.result,
  }));
}

/**
 * The record's site (the chosen one, checked to be the organisation's and in use; else the
 * product's; else the organisation's first) and the organisation's time zone.
 */
async function recordSite(
  tx: Tx,
  who: Member,
  chosenSiteId: string | undefined,
  productSiteId: string | null | undefined,
): Promise<{ siteId: string | null; timeZone: string }> {
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: who.organizationId },
    select: {
      timeZone: true,
      sites: { where: { retiredAt: null }, select: { id: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  if (chosenSiteId) {
    const site = await tx.site.findFirst({
      where: { id: chosenSiteId, organizationId: who.organizationId, retiredAt: null },
    });
    if (!site) throw new AppError("SITE_NOT_FOUND", { issues: [{ path: "siteId", message: "SITE_NOT_FOUND" }] });
  }
  return { siteId: chosenSiteId ?? productSiteId ?? org.sites[0]?.id ?? null, timeZone: org.timeZone };
}

/**
 * A 不合格 record's hazard (naming its failed lines) and its `inspection.failed` event to the ERP's
 * webhooks (docs/decisions/027), both in the record's transaction.
 */
async function openFailureHazard(
  tx: Tx,
  who: Member,
  actor: { kind: "user"; userId: string },
  failure: {
    recordId: string;
    kind: "incoming" | "outgoing";
    title: string;
    itemName: string;
    batchNo: string;
    inspectionDate: string;
    timeZone: string;
    inspector: string;
    standardNo: string;
    lines: readonly Line[];
    /** Said after the failed lines (an incoming lot's handling). */
    descriptionTail: string;
    productId: string | null;
    siteId: string | null;
  },
): Promise<string> {
  const failed = failure.lines
    .filter((l) => l.result === "fail")
    .map((l) => `${l.item}（实测 ${l.measured || "—"}，要求 ${l.requirement || "—"}）`);
  const hazard = await openHazard(tx, {
    organizationId: who.organizationId,
    source: "erp_inspection",
    title: failure.title,
    description: `检验日期 ${failure.inspectionDate}，检验员 ${failure.inspector}，依据 ${failure.standardNo}。${failed.length > 0 ? `不合格项：${failed.join("；")}。` : ""}${failure.descriptionTail}`,
    severity: "general",
    dueDate: addDays(localDate(who.now, failure.timeZone), ERP_HAZARD_DUE_DAYS),
    stage: failure.kind,
    productId: failure.productId,
    siteId: failure.siteId,
    refs: { inspectionRecordId: failure.recordId },
    actor,
    now: who.now,
  });
  await emitWebhookEvent(
    tx,
    who.organizationId,
    "inspection.failed",
    {
      id: failure.recordId,
      externalId: null,
      kind: failure.kind,
      batchNo: failure.batchNo,
      itemName: failure.itemName,
      inspectionDate: failure.inspectionDate,
      hazardId: hazard.id,
      hazardNo: hazard.hazardNo,
    },
    who.now,
  );
  return hazard.hazardNo;
}

async function auditCreate(
  tx: Tx,
  who: Member,
  recordId: string,
  kind: InspectionKind,
  input: { batchNo: string; result: string },
) {
  const actor = { kind: "user" as const, userId: who.userId };
  await recordAudit(tx, {
    organizationId: who.organizationId,
    actor,
    action: "inspection.create",
    entityType: "inspection_record",
    entityId: recordId,
    data: { kind, batchNo: input.batchNo, result: input.result, source: "web" },
    at: who.now,
  });
  return actor;
}

export async function recordOutgoingInspection(
  db: Db,
  who: Member,
  input: OutgoingInspectionEntry,
): Promise<{ id: string; hazardNo: string | null }> {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: input.productId, organizationId: who.organizationId, retiredAt: null },
      select: { id: true, name: true, siteId: true, scopeRoutesJson: true, releaseItemsJson: true },
    });
    if (!product)
      throw new AppError("PRODUCT_NOT_FOUND", { issues: [{ path: "productId", message: "PRODUCT_NOT_FOUND" }] });
    const incomplete = outgoingCompletenessIssues(input, {
      routes: routesOf(product.scopeRoutesJson),
      releaseItems: parseJsonArray(product.releaseItemsJson),
    });
    if (incomplete.length > 0)
      throw new AppError("RECORD_INCOMPLETE", {
        issues: incomplete.map((i) => ({ path: i.path, message: i.key, ...(i.params ? { params: i.params } : {}) })),
      });
    const { siteId, timeZone } = await recordSite(tx, who, input.siteId, product.siteId);
    const inspectedAt = new Date(input.inspectedAt);
    const details = {
      releaseDecision: input.releaseDecision,
      markingCheck: input.markingCheck,
      certificateOfConformityNo: input.certificateOfConformityNo,
      approver: input.approver,
    };
    const record = await tx.inspectionRecord.create({
      data: {
        organizationId: who.organizationId,
        kind: "outgoing",
        externalId: null,
        siteId,
        productId: product.id,
        itemName: product.name,
        specModel: input.specModel,
        batchNo: input.batchNo,
        quantity: input.quantity,
        unit: input.unit,
        productionDate: input.productionDate ?? null,
        inspectedAt,
        inspectionDate: localDate(inspectedAt, timeZone),
        result: input.result,
        disposition: input.releaseDecision ?? null,
        inspector: input.inspector,
        standardNo: input.standardNo,
        sampleSize: input.sampleSize ?? null,
        remarks: input.remarks ?? null,
        detailsJson: JSON.stringify(details),
        contentHash: contentHash({ kind: "outgoing", siteId, record: input }),
        source: "web",
        createdByUserId: who.userId,
        createdAt: who.now,
        updatedAt: who.now,
        lines: { create: lineRows(who.organizationId, input.lines) },
      },
      select: { id: true },
    });
    const actor = await auditCreate(tx, who, record.id, "outgoing", input);
    if (input.result !== "fail") return { id: record.id, hazardNo: null };
    const hazardNo = await openFailureHazard(tx, who, actor, {
      recordId: record.id,
      kind: "outgoing",
      title: `出厂检验不合格：${product.name}（批次 ${input.batchNo}）`,
      itemName: product.name,
      batchNo: input.batchNo,
      inspectionDate: localDate(inspectedAt, timeZone),
      timeZone,
      inspector: input.inspector,
      standardNo: input.standardNo,
      lines: input.lines,
      descriptionTail: "",
      productId: product.id,
      siteId,
    });
    return { id: record.id, hazardNo };
  });
}

export async function recordIncomingInspection(
  db: Db,
  who: Member,
  input: IncomingInspectionEntry,
): Promise<{ id: string; hazardNo: string | null }> {
  return db.$transaction(async (tx) => {
    const supplier = await tx.supplier.findFirst({
      where: { id: input.supplierId, organizationId: who.organizationId, retiredAt: null },
      select: { id: true, name: true },
    });
    if (!supplier)
      throw new AppError("SUPPLIER_NOT_FOUND", { issues: [{ path: "supplierId", message: "SUPPLIER_NOT_FOUND" }] });
    const product = input.productId
      ? await tx.product.findFirst({
          where: { id: input.productId, organizationId: who.organizationId, retiredAt: null },
          select: { id: true, siteId: true },
        })
      : null;
    if (input.productId && !product)
      throw new AppError("PRODUCT_NOT_FOUND", { issues: [{ path: "productId", message: "PRODUCT_NOT_FOUND" }] });
    const { siteId, timeZone } = await recordSite(tx, who, input.siteId, product?.siteId);
    const inspectedAt = new Date(input.inspectedAt);
    const details = Object.fromEntries(
      Object.entries({
        receiptDate: input.receiptDate,
        manufacturerName: input.manufacturerName,
        documentsChecked: input.documentsChecked,
        supplierCertValid: input.supplierCertValid,
        nonConformityHandling: input.nonConformityHandling,
      }).filter(([, v]) => v !== undefined),
    );
    const record = await tx.inspectionRecord.create({
      data: {
        organizationId: who.organizationId,
        kind: "incoming",
        externalId: null,
        siteId,
        productId: product?.id ?? null,
        supplierId: supplier.id,
        itemName: input.materialName,
        specModel: input.specModel,
        batchNo: input.batchNo,
        quantity: input.quantity,
        unit: input.unit,
        productionDate: input.productionDate ?? null,
        isKeyComponent: input.isKeyComponent ?? null,
        inspectedAt,
        inspectionDate: localDate(inspectedAt, timeZone),
        result: input.result,
        disposition: input.nonConformityHandling ?? null,
        inspector: input.inspector,
        standardNo: input.standardNo,
        sampleSize: input.sampleSize ?? null,
        remarks: input.remarks ?? null,
        detailsJson: JSON.stringify(details),
        contentHash: contentHash({ kind: "incoming", siteId, record: input }),
        source: "web",
        createdByUserId: who.userId,
        createdAt: who.now,
        updatedAt: who.now,
        lines: { create: lineRows(who.organizationId, input.lines) },
      },
      select: { id: true },
    });
    const actor = await auditCreate(tx, who, record.id, "incoming", input);
    if (input.result !== "fail") return { id: record.id, hazardNo: null };
    const hazardNo = await openFailureHazard(tx, who, actor, {
      recordId: record.id,
      kind: "incoming",
      title: `进货检验不合格：${input.materialName}（供方 ${supplier.name}，批次 ${input.batchNo}）`,
      itemName: input.materialName,
      batchNo: input.batchNo,
      inspectionDate: localDate(inspectedAt, timeZone),
      timeZone,
      inspector: input.inspector,
      standardNo: input.standardNo,
      lines: input.lines,
      descriptionTail: input.nonConformityHandling
        ? `处置：${NON_CONFORMITY_HANDLING_ZH[input.nonConformityHandling]}。`
        : "",
      productId: product?.id ?? null,
      siteId,
    });
    return { id: record.id, hazardNo };
  });
}
