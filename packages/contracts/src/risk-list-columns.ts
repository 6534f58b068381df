// The columns of the provincial model form 《工业产品质量安全风险管控清单》, in its order: the print
// view and the XLSX export both lay the list out by this table, so they cannot drift apart. 管控频次
// names the trigger when the check happens at one (每批, 每次到货, 逐台/逐件), else the cadence.
import {
  CATALOG_TRIGGER_ZH,
  CHECK_METHOD_ZH,
  FREQUENCY_ZH,
  RISK_LEVEL_ZH,
  RISK_STAGE_ZH,
  ROLE_ZH,
  labelZh,
} from "./labels";

export const RISK_LIST_COLUMNS = [
  { key: "seq", zh: "序号" },
  { key: "stage", zh: "控制环节" },
  { key: "riskPoint", zh: "风险点" },
  { key: "riskCategory", zh: "风险类别" },
  { key: "riskLevel", zh: "风险等级" },
  { key: "consequence", zh: "可能后果" },
  { key: "controlMeasure", zh: "管控措施" },
  { key: "checkMethod", zh: "检查方式" },
  { key: "criterion", zh: "判定依据" },
  { key: "frequency", zh: "管控频次" },
  { key: "role", zh: "责任岗位" },
  { key: "person", zh: "责任人" },
] as const;

export type RiskListColumn = (typeof RISK_LIST_COLUMNS)[number]["key"];

export interface RiskListRowSource {
  stage: string;
  riskPoint: string;
  riskCategory: string;
  riskLevel: string | null;
  consequence: string | null;
  controlMeasure: string;
  checkMethod: string | null;
  acceptanceCriterion: string | null;
  basis: string;
  frequency: string;
  trigger: string | null;
  responsibleRole: string;
  responsibleName: string | null;
}

/** 管控频次 in Chinese: "每批", "每次到货", "每日", "每周"… */
export function riskFrequencyZh(frequency: string, trigger: string | null): string {
  return trigger ? labelZh(CATALOG_TRIGGER_ZH, trigger) : labelZh(FREQUENCY_ZH, frequency);
}

/** 判定依据: the item's own criterion (a clause, "GB 175-2023 7.4"), then its standards and articles. */
export function riskCriterion(item: { acceptanceCriterion: string | null; basis: string }): string {
  const { acceptanceCriterion: own, basis } = item;
  if (!own) return basis;
  return basis && !basis.includes(own) ? `${own}；${basis}` : own;
}

/** One row of the model form in Chinese, keyed by column (序号 is the row's position). */
export function riskListRowZh(item: RiskListRowSource, index: number): Record<RiskListColumn, string> {
  return {
    seq: String(index + 1),
    stage: labelZh(RISK_STAGE_ZH, item.stage),
    riskPoint: item.riskPoint,
    riskCategory: item.riskCategory,
    riskLevel: labelZh(RISK_LEVEL_ZH, item.riskLevel),
    consequence: item.consequence ?? "",
    controlMeasure: item.controlMeasure,
    checkMethod: labelZh(CHECK_METHOD_ZH, item.checkMethod),
    criterion: riskCriterion(item),
    frequency: riskFrequencyZh(item.frequency, item.trigger),
    role: labelZh(ROLE_ZH, item.responsibleRole),
    person: item.responsibleName ?? "",
  };
}
