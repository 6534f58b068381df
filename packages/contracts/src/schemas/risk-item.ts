// Risk-control list row (风险管控清单条目, templates.md §1.2).
import { z } from "zod";
import { CatalogTrigger, CheckMethod, Frequency, RiskLevel, RiskStage, Role } from "../enums";
import {
  IdSchema,
  intBetween,
  RiskItemIdSchema,
  optionalText,
  requiredText,
  SiteIdSchema,
  StandardNoSchema,
  uniqueArray,
  UserIdSchema,
} from "./common";

/** A viewer can read the list but never carry a control duty. */
export const ResponsibleRole = Role.exclude(["viewer"], { error: "risk_item.viewer_not_responsible" });
export type ResponsibleRole = z.infer<typeof ResponsibleRole>;

const riskItemFields = {
  seq: intBetween(1, 10_000).optional(),
  siteId: SiteIdSchema.optional(),
  productGroupId: z.string().max(64).optional(),
  /** Link to the catalogue item this row was drafted from. */
  catalogItemId: z.string().max(64).optional(),
  stage: RiskStage,
  /** 风险类别, e.g. 原材料不合格 / 关键参数失控 / 标识不符 / 无证或证书失效. */
  riskCategory: requiredText(100),
  /** 风险点/风险描述: what can go wrong. */
  riskPoint: requiredText(1000),
  hazardConsequence: optionalText(1000),
  riskLevel: RiskLevel.optional(),
  /** 管控措施: the concrete check, citing a standard clause where possible. */
  controlMeasure: requiredText(2000),
  checkMethod: CheckMethod.optional(),
  /** 判定依据/合格标准, e.g. "GB 175-2023 7.4". */
  acceptanceCriterion: optionalText(500),
  frequency: Frequency,
  /** Narrows a daily item (perBatch …). */
  trigger: CatalogTrigger.optional(),
  responsibleRole: ResponsibleRole,
  responsibleUserId: UserIdSchema.optional(),
  basis: uniqueArray(StandardNoSchema, 20).optional(),
};

export const RiskControlItemCreateSchema = z.strictObject(riskItemFields);
export type RiskControlItemCreate = z.infer<typeof RiskControlItemCreateSchema>;

// ---- Versioned edits of the list: every change names why (RiskListVersion.reason). ----

/** Why a version was made (RiskListVersion.reviewTriggersJson). */
export const RiskListTrigger = z.enum([
  "initial",
  "newProduct",
  "itemAdded",
  "itemEdited",
  "itemRetired",
  "itemsAssigned",
  "processChange",
  "supplierChange",
  "standardChange",
]);
export type RiskListTrigger = z.infer<typeof RiskListTrigger>;

export const RiskChangeReasonSchema = requiredText(500);

export const RiskListGenerateSchema = z.strictObject({ reason: optionalText(500) });
export type RiskListGenerate = z.infer<typeof RiskListGenerateSchema>;

export const RiskItemAddSchema = z.strictObject({ reason: RiskChangeReasonSchema, item: RiskControlItemCreateSchema });
export type RiskItemAdd = z.infer<typeof RiskItemAddSchema>;

/** An edit replaces the row's whole content: the old row is retired, the new one supersedes it. */
export const RiskItemEditSchema = z.strictObject({
  itemId: IdSchema,
  reason: RiskChangeReasonSchema,
  item: RiskControlItemCreateSchema,
});
export type RiskItemEdit = z.infer<typeof RiskItemEditSchema>;

/** Names one person responsible for many items at once: one new version, one reason. */
export const RiskItemsAssignSchema = z.strictObject({
  itemIds: uniqueArray(RiskItemIdSchema, 1000).min(1, { error: "field.too_few" }),
  responsibleUserId: UserIdSchema,
  reason: RiskChangeReasonSchema,
});
export type RiskItemsAssign = z.infer<typeof RiskItemsAssignSchema>;

export const RiskItemRetireSchema = z.strictObject({ itemId: IdSchema, reason: RiskChangeReasonSchema });
export type RiskItemRetire = z.infer<typeof RiskItemRetireSchema>;

export const RiskListViewSchema = z.strictObject({ version: intBetween(1, 100_000).optional() });
export type RiskListView = z.infer<typeof RiskListViewSchema>;

/** The principal approves (批准) a version a director prepared. */
export const RiskListApproveSchema = z.strictObject({ version: intBetween(1, 100_000) });
export type RiskListApprove = z.infer<typeof RiskListApproveSchema>;
