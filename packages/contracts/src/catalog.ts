// Typed access to the starter catalogue (catalog.data.json: the 18 product groups of 市监质监发
// 〔2023〕53号 plus generic producer/seller items) and the draft risk-control list built from it.
import { z } from "zod";
import raw from "./catalog.data.json" with { type: "json" };
import { CatalogTrigger, CheckMethod, Frequency, OrgKind, RiskLevel, RiskStage, type Role } from "./enums";

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
  /** 风险点: what can go wrong that the check guards against. */
  riskZh: z.string().min(1),
  checkZh: z.string().min(1),
  checkEn: z.string().min(1),
  /** 可能后果 (else the group's). */
  consequenceZh: z.string().min(1).optional(),
  /** 风险等级: the starter's assessment; the enterprise adapts it. */
  level: RiskLevel,
  /** 检查方式. */
  method: CheckMethod,
  frequency: Frequency,
  trigger: CatalogTrigger.optional(),
  /** 判定依据 in Chinese: standard clauses or legal articles, separated by "；". */
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
  /** 可能后果 of the group's items that name none of their own. */
  consequenceZh: z.string().min(1),
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
  consequence: string;
  riskLevel: RiskLevel;
  checkMethod: CheckMethod;
  controlMeasure: string;
  controlMeasureEn: string;
  frequency: Frequency;
  trigger: CatalogTrigger | null;
  /** The trigger in words, e.g. "每批检查" — kept as a note on the daily item. */
  triggerNote: string | null;
  responsibleRole: Exclude<Role, "viewer">;
  /** 判定依据 in Chinese: the item's own basis, else the group's mandatory standards with their titles. */
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

/** Triggers that happen while goods are handled: the check is the officer's, on every occurrence. */
export const PER_OCCURRENCE_TRIGGERS: ReadonlySet<CatalogTrigger> = new Set([
  "perBatch",
  "perUnit",
  "perLot",
  "perDelivery",
  "perSale",
]);

const STAGE_CONSEQUENCE_ZH: Record<RiskStage, string> = {
  incoming: "不合格或来源不明的产品进入生产或销售",
  process: "批量产品不合格",
  outgoing: "不合格产品出厂",
  storage: "产品质量劣化",
  sales: "销售不合格产品",
  management: "质量安全责任不落实",
};

const STANDARD_REF_MAX = 64;

/** "GB 2811-2019《头部防护 安全帽》" (the code alone when the title would not fit a basis entry). */
function standardRef(s: { code: string; titleZh: string }): string {
  const ref = `${s.code}《${s.titleZh}》`;
  return ref.length <= STANDARD_REF_MAX ? ref : s.code;
}

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
    const mandatory = group.standards.filter((s) => s.mandatory).map(standardRef);
    for (const item of group.checkItems) {
      if (appliesTo(input.kind, item)) rows.push(draft(item, group, mandatory));
    }
  }
  if (input.kind !== "seller") rows.push(...genericProducerItems.map((i) => draft(i, null, [])));
  if (input.kind !== "producer") rows.push(...genericSellerItems.map((i) => draft(i, null, [])));
  return rows.map((row, index) => ({ seq: index + 1, ...row }));
}

/** Cadence and post: a check at a per-occurrence trigger is daily and the officer's, whatever the data says. */
function cadence(item: CatalogCheckItem): { frequency: Frequency; responsibleRole: Exclude<Role, "viewer"> } {
  if (item.trigger && PER_OCCURRENCE_TRIGGERS.has(item.trigger))
    return { frequency: "daily", responsibleRole: "officer" };
  return { frequency: item.frequency, responsibleRole: ROLE_BY_FREQUENCY[item.frequency] };
}

function draft(item: CatalogCheckItem, group: ProductGroup | null, mandatory: string[]): Omit<DraftRiskItem, "seq"> {
  const own = (item.basis ?? "")
    .split("；")
    .map((b) => b.trim())
    .filter((b) => b !== "");
  return {
    catalogItemId: item.id,
    productGroupId: group?.id ?? null,
    stage: item.stage,
    riskCategory: RISK_CATEGORY_ZH[item.stage],
    riskPoint: group ? `${group.nameZh}：${item.riskZh}` : item.riskZh,
    consequence: item.consequenceZh ?? group?.consequenceZh ?? STAGE_CONSEQUENCE_ZH[item.stage],
    riskLevel: item.level,
    checkMethod: item.method,
    controlMeasure: item.checkZh,
    controlMeasureEn: item.checkEn,
    ...cadence(item),
    trigger: item.trigger ?? null,
    triggerNote: item.trigger ? TRIGGER_ZH[item.trigger] : null,
    basis: own.length > 0 ? own : mandatory,
  };
}
