// Supervision sampling result (监督抽查结果, templates.md §11; PQL art. 15, SAMR Order 18).
import { z } from "zod";
import { FailedItemSeverity, SamplingConclusion, SamplingLocation, SamplingType } from "../enums";
import { addDays, LocalDateSchema } from "../periods";
import { addIssue, FileIdsSchema, optionalText, ProductIdSchema, requiredText, SiteIdSchema } from "./common";

/** Days after receiving the result within which re-inspection (复检) may be requested (PQL art. 15). */
export const OBJECTION_WINDOW_DAYS = 15;

/** 异议/复检申请截止: received date + 15 days (configurable per case). */
export function objectionDeadlineOf(resultReceivedOn: string, days: number = OBJECTION_WINDOW_DAYS): string {
  return addDays(resultReceivedOn, days);
}

export const SamplingFailedItemSchema = z.strictObject({
  item: requiredText(200),
  requirement: optionalText(500),
  measured: optionalText(200),
  unit: optionalText(20),
  severity: FailedItemSeverity.optional(),
});

export const SupervisionSamplingResultCreateSchema = z
  .strictObject({
    samplingType: SamplingType,
    /** 组织抽查部门 */
    organizingAuthority: requiredText(100),
    /** 任务编号/计划名称 */
    taskNo: optionalText(100),
    /** 承检机构 */
    testingInstitution: requiredText(100),
    samplingDate: LocalDateSchema,
    samplingFormNo: requiredText(64),
    samplingLocation: SamplingLocation,
    siteId: SiteIdSchema.optional(),
    productId: ProductIdSchema.optional(),
    /** 标称生产者 */
    nominalProducer: requiredText(200),
    productName: requiredText(200),
    brand: optionalText(100),
    specModel: requiredText(200),
    /** 生产日期/批号 */
    batchNoOrDate: requiredText(100),
    /** 检验依据/判定依据 */
    inspectionBasis: requiredText(500),
    reportNo: requiredText(64),
    reportDate: LocalDateSchema,
    /** 收到检验结论日期: starts the objection clock. */
    resultReceivedOn: LocalDateSchema,
    conclusion: SamplingConclusion,
    failedItems: z.array(SamplingFailedItemSchema).max(100, { error: "field.too_many" }).default([]),
    /** 责令整改通知书编号 */
    regulatorOrderNo: optionalText(64),
    /** 整改期限, as set by the regulator. */
    rectificationDeadline: LocalDateSchema.optional(),
    attachmentFileIds: FileIdsSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.conclusion === "fail" && r.failedItems.length === 0) {
      addIssue(ctx, "sampling.failed_items_required", ["failedItems"]);
    }
    if (r.reportDate < r.samplingDate) addIssue(ctx, "date.order", ["reportDate"]);
    if (r.resultReceivedOn < r.reportDate) addIssue(ctx, "date.order", ["resultReceivedOn"]);
  });
export type SupervisionSamplingResultCreate = z.infer<typeof SupervisionSamplingResultCreateSchema>;
