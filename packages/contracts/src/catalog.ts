// Typed access to the starter catalogue (catalog.data.json: the 18 product groups of 市监质监发
// 〔2023〕53号 plus generic producer/seller items) and the draft risk-control list built from it.
import { z } from "zod";
import raw from "./catalog.data.json" with { type: "json" };
import { CatalogTrigger, Frequency, OrgKind, RiskStage, type Role } from "./enums";
import { RISK_STAGE_ZH } from "./labels";

const Applies = z.union([z.boolean(), z.enum(["partial", "unknown"])]);
const Regime = z.strictObject({ applies: Applies, verified: z.boolean(), note: z.string().optional() });

export const CatalogStandardSchema = z.strictObject({
  code: z.string().min(1),
  titleZh: z.string(),
  titleEn: z.string(),
  mandatory: z.boolean(),
  verified: z.boolean(),
  note: z.string().optional(),
});

export const CatalogCheckItemSchema = z.strictObject({
  id: z.string().min(1),
  stage: RiskStage,
  appliesTo: OrgKind,
  checkZh: z.string().min(1),
  checkEn: z.string().min(1),
  frequency: Frequency,
  trigger: CatalogTrigger.optional(),
  basis: z.string().optional(),
  /** Sub-product ids the item is specific to (absent: every product of the group). */
  subProducts: z.array(z.string().min(1)).optional(),
});
export type CatalogCheckItem = z.infer<typeof CatalogCheckItemSchema>;

export const ProductGroupSchema = z.strictObject({
  id: z.string().min(1),
  nameZh: z.string(),
  nameEn: z.string(),
  note: z.string().optional(),
  productionLicence: Regime,
  ccc: Regime,
  subProducts: z.array(
    z.strictObject({
      id: z.string().min(1),
      nameZh: z.string(),
      nameEn: z.string(),
      note: z.string().optional(),
      standards: z.array(CatalogStandardSchema).optional(),
      productionLicence: Regime.optional(),
      ccc: Regime.optional(),
      /** Not named by 市监质监发〔2023〕53号: an extra sub-product the enterprise may add 结合实际. */
      addition: z.boolean().optional(),
    }),
  ),
  standards: z.array(CatalogStandardSchema),
  checkItems: z.array(CatalogCheckItemSchema),
});
export type ProductGroup = z.infer<typeof ProductGroupSchema>;

export const CatalogSchema = z.strictObject({
  schemaVersion: z.string(),
  title: z.string(),
  asOf: z.string(),
  legend: z.record(z.string(), z.string()),
  productGroups: z.array(ProductGroupSchema),
  genericProducerItems: z.array(CatalogCheckItemSchema),
  genericSellerItems: z.array(CatalogCheckItemSchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;

export const catalog: Catalog = CatalogSchema.parse(raw);
export const productGroups: readonly ProductGroup[] = catalog.productGroups;
export const genericProducerItems: readonly CatalogCheckItem[] = catalog.genericProducerItems;
export const genericSellerItems: readonly CatalogCheckItem[] = catalog.genericSellerItems;

const groupsById = new Map(productGroups.map((group) => [group.id, group]));

export function findProductGroup(id: string): ProductGroup | undefined {
  return groupsById.get(id);
}

/** Thrown by `riskItemsFor` for ids not in the catalogue; `code` is an ErrorCode. */
export class UnknownProductGroupError extends Error {
  readonly code = "PRODUCT_GROUP_UNKNOWN" as const;
  constructor(readonly ids: readonly string[]) {
    super(`Unknown product group id(s): ${ids.join(", ")}`);
    this.name = "UnknownProductGroupError";
  }
}

/** One row of a draft 风险管控清单, to be reviewed and adapted by the enterprise. */
export interface DraftRiskItem {
  seq: number;
  catalogItemId: string;
  /** null for the generic producer/seller items. */
  productGroupId: string | null;
  stage: RiskStage;
  riskCategory: string;
  riskPoint: string;
  controlMeasure: string;
  controlMeasureEn: string;
  frequency: Frequency;
  trigger: CatalogTrigger | null;
  /** The trigger in words, e.g. "每批检查" — kept as a note on the daily item. */
  triggerNote: string | null;
  responsibleRole: Exclude<Role, "viewer">;
  /** Standards to cite: the item's own basis, else the group's mandatory standards. */
  basis: string[];
}

const RISK_CATEGORY_ZH: Record<RiskStage, string> = {
  incoming: "原材料或进货产品不合格",
  process: "关键参数失控",
  outgoing: "出厂检验缺失或标识不符",
  storage: "贮存运输不当导致质量变化",
  sales: "销售不合格或无证产品",
  management: "制度或证照不落实",
};

const TRIGGER_ZH: Record<CatalogTrigger, string> = {
  perBatch: "每批检查",
  perUnit: "逐台/逐件检查",
  perLot: "每批次(货批)检查",
  perDelivery: "每次到货检查",
  perSale: "每次销售检查",
  perSupplierChange: "新增或变更供货者时检查",
};

// The Orders put daily checks on the officer and weekly screening on the director; monthly
// items (calibration, licence validity, consistency) are the director's to organise.
const ROLE_BY_FREQUENCY: Record<Frequency, Exclude<Role, "viewer">> = {
  daily: "officer",
  weekly: "director",
  monthly: "director",
};

function appliesTo(kind: OrgKind, item: CatalogCheckItem): boolean {
  return kind === "both" || item.appliesTo === "both" || item.appliesTo === kind;
}

/**
 * Draft risk-control items for an organisation: each chosen group's items that apply to its
 * kind (in the order given, duplicates ignored), then the generic producer and/or seller items.
 * Throws UnknownProductGroupError if any id is not in the catalogue.
 */
export function riskItemsFor(input: { kind: OrgKind; productGroupIds: readonly string[] }): DraftRiskItem[] {
  const ids = [...new Set(input.productGroupIds)];
  const unknown = ids.filter((id) => !groupsById.has(id));
  if (unknown.length > 0) throw new UnknownProductGroupError(unknown);

  const rows: Omit<DraftRiskItem, "seq">[] = [];
  for (const id of ids) {
    const group = groupsById.get(id);
    if (!group) continue;
    const mandatory = group.standards.filter((s) => s.mandatory).map((s) => s.code);
    for (const item of group.checkItems) {
      if (appliesTo(input.kind, item)) rows.push(draft(item, group.id, group.nameZh, mandatory));
    }
  }
  if (input.kind !== "seller") rows.push(...genericProducerItems.map((i) => draft(i, null, "通用（生产）", [])));
  if (input.kind !== "producer") rows.push(...genericSellerItems.map((i) => draft(i, null, "通用（销售）", [])));
  return rows.map((row, index) => ({ seq: index + 1, ...row }));
}

function draft(
  item: CatalogCheckItem,
  groupId: string | null,
  scopeZh: string,
  mandatory: string[],
): Omit<DraftRiskItem, "seq"> {
  return {
    catalogItemId: item.id,
    productGroupId: groupId,
    stage: item.stage,
    riskCategory: RISK_CATEGORY_ZH[item.stage],
    riskPoint: `${scopeZh}·${RISK_STAGE_ZH[item.stage]}环节`,
    controlMeasure: item.checkZh,
    controlMeasureEn: item.checkEn,
    frequency: item.frequency,
    trigger: item.trigger ?? null,
    triggerNote: item.trigger ? TRIGGER_ZH[item.trigger] : null,
    responsibleRole: ROLE_BY_FREQUENCY[item.frequency],
    basis: item.basis ? [item.basis] : mandatory,
  };
}
