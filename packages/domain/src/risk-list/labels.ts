// Chinese labels used by the printed/exported 《工业产品质量安全风险管控清单》 (a Chinese document
// whatever the UI language).
import type { CatalogTrigger, Frequency, RiskStage, Role } from "@anzhi/contracts";

export const STAGE_LABEL: Record<RiskStage, string> = {
  incoming: "进货/原料",
  process: "生产过程",
  outgoing: "出厂/出库",
  storage: "贮存运输",
  sales: "销售",
  management: "管理制度",
};

export const FREQUENCY_LABEL: Record<Frequency, string> = { daily: "每日", weekly: "每周", monthly: "每月" };

export const ROLE_LABEL: Record<Role, string> = { principal: "主要负责人", director: "质量安全总监", officer: "质量安全员", viewer: "只读成员" };

export const TRIGGER_LABEL: Record<CatalogTrigger, string> = {
  perBatch: "每批",
  perUnit: "逐台/逐件",
  perLot: "每批次",
  perDelivery: "每次到货",
  perSale: "每次销售",
  perSupplierChange: "新增或变更供货者时",
};

function label<K extends string>(table: Record<K, string>, key: string): string {
  return (table as Record<string, string>)[key] ?? key;
}

export const stageLabel = (stage: string) => label(STAGE_LABEL, stage);
export const roleLabel = (role: string) => label(ROLE_LABEL, role);
export function frequencyLabel(frequency: string, trigger: string | null): string {
  const base = label(FREQUENCY_LABEL, frequency);
  return trigger ? `${base}（${label(TRIGGER_LABEL, trigger)}）` : base;
}
