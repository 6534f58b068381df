// Supervision sampling results (监督抽查结果) the enterprise enters from the notice it received.
// A failed result also opens a hazard (source supervision_sampling) so its rectification is
// tracked in the hazard ledger; both are written in one transaction with an audit event.
import type { z } from "zod";
import { addDays, objectionDeadlineOf, type SupervisionSamplingResultCreateSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError, fieldError } from "../errors.ts";
import { openHazard } from "../hazards/open-hazard.ts";

export interface SamplingRow {
  id: string;
  samplingDate: string;
  organizingAuthority: string;
  productName: string;
  specModel: string;
  batchNoOrDate: string;
  reportNo: string;
  conclusion: string;
  failedItems: string[];
  regulatorOrderNo: string | null;
  rectificationDeadline: string | null;
  objectionDeadline: string | null;
  hazardNo: string | null;
}

export async function createSamplingResult(
  db: Db,
  actor: { organizationId: string; userId: string; now: Date },
  r: z.output<typeof SupervisionSamplingResultCreateSchema>,
): Promise<{ id: string; hazardNo: string | null }> {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUniqueOrThrow({
      where: { id: actor.organizationId },
      select: { name: true, uscc: true },
    });
    if (
      r.productId &&
      !(await tx.product.findFirst({
        where: { id: r.productId, organizationId: actor.organizationId },
        select: { id: true },
      }))
    ) {
      throw new AppError("PRODUCT_NOT_FOUND", { issues: [{ path: "productId", message: "PRODUCT_NOT_FOUND" }] });
    }
    if (
      await tx.samplingResult.findFirst({
        where: { organizationId: actor.organizationId, reportNo: r.reportNo },
        select: { id: true },
      })
    ) {
      throw fieldError("CONFLICT", "reportNo", "field.duplicate");
    }
    const row = await tx.samplingResult.create({
      data: {
        organizationId: actor.organizationId,
        samplingType: r.samplingType,
        organizingAuthority: r.organizingAuthority,
        taskNo: r.taskNo ?? null,
        testingInstitution: r.testingInstitution,
        samplingDate: r.samplingDate,
        samplingFormNo: r.samplingFormNo,
        sampledPartyName: org.name,
        sampledPartyUscc: org.uscc,
        samplingStage: r.samplingLocation,
        nominalProducer: r.nominalProducer,
        productId: r.productId ?? null,
        productName: r.productName,
        brand: r.brand ?? null,
        specModel: r.specModel,
        batchNoOrDate: r.batchNoOrDate,
        inspectionBasis: r.inspectionBasis,
        reportNo: r.reportNo,
        reportDate: r.reportDate,
        resultReceivedOn: r.resultReceivedOn,
        conclusion: r.conclusion,
        failedItemsJson: JSON.stringify(r.failedItems),
        objectionDeadline: objectionDeadlineOf(r.resultReceivedOn),
        regulatorOrderNo: r.regulatorOrderNo ?? null,
        rectificationDeadline: r.rectificationDeadline ?? null,
        recheckResult: r.conclusion === "fail" ? "pending" : null,
        createdByUserId: actor.userId,
      },
      select: { id: true },
    });
    let hazardNo: string | null = null;
    if (r.conclusion === "fail") {
      const hazard = await openHazard(tx, {
        organizationId: actor.organizationId,
        source: "supervision_sampling",
        // docs/decisions/024: a failed item the authority classed 严重 makes the hazard major;
        // otherwise significant. Either way a report to the regulator is drafted (needsMajorReport).
        severity: r.failedItems.some((i) => i.severity === "serious") ? "major" : "significant",
        title: `监督抽查不合格：${r.productName} ${r.specModel}`,
        description: `${r.organizingAuthority} 抽查（报告 ${r.reportNo}），不合格项目：${r.failedItems.map((i) => i.item).join("、")}`,
        dueDate: r.rectificationDeadline ?? addDays(r.resultReceivedOn, 30),
        productId: r.productId ?? null,
        siteId: r.siteId ?? null,
        refs: { samplingResultId: row.id },
        actor: { kind: "user", userId: actor.userId },
        now: actor.now,
      });
      hazardNo = hazard.hazardNo;
    }
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actor: { kind: "user", userId: actor.userId },
      action: "sampling_result.create",
      entityType: "sampling_result",
      entityId: row.id,
      data: { reportNo: r.reportNo, conclusion: r.conclusion, hazardNo },
    });
    return { id: row.id, hazardNo };
  });
}

export async function listSamplingResults(db: Db, organizationId: string): Promise<SamplingRow[]> {
  const rows = await db.samplingResult.findMany({
    where: { organizationId },
    orderBy: { samplingDate: "desc" },
    select: {
      id: true,
      samplingDate: true,
      organizingAuthority: true,
      productName: true,
      specModel: true,
      batchNoOrDate: true,
      reportNo: true,
      conclusion: true,
      failedItemsJson: true,
      regulatorOrderNo: true,
      rectificationDeadline: true,
      objectionDeadline: true,
      hazards: { select: { hazardNo: true }, take: 1 },
    },
  });
  return rows.map(({ failedItemsJson, hazards, ...r }) => ({
    ...r,
    failedItems: (JSON.parse(failedItemsJson) as Array<{ item?: string }>).map((i) => i.item ?? "").filter(Boolean),
    hazardNo: hazards[0]?.hazardNo ?? null,
  }));
}
