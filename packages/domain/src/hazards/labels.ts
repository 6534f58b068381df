// Chinese labels used in the statutory documents (XLSX exports and print views are zh-CN, the
// language of the records a regulator reads).
import type { HazardSeverity, HazardSource, HazardStatus, ProposalDecision, ProposalType } from "@anzhi/contracts";

export const SEVERITY_ZH: Record<HazardSeverity, string> = { general: "一般", significant: "较大", major: "重大" };
export const STATUS_ZH: Record<HazardStatus, string> = { open: "待整改", rectifying: "整改中", awaiting_verification: "待验证", closed: "已销号" };
export const SOURCE_ZH: Record<HazardSource, string> = {
  daily_check: "日管控",
  weekly_screening: "周排查",
  monthly_meeting: "月调度",
  erp_inspection: "进货/出厂检验",
  supervision_sampling: "监督抽查",
  certificate: "证照",
  manual: "手工登记",
};
export const PROPOSAL_TYPE_ZH: Record<ProposalType, string> = { stop_production: "停止生产", stop_sales: "停止销售", recall: "召回", suggestion: "意见建议" };
export const DECISION_ZH: Record<ProposalDecision, string> = { adopted: "采纳", partially_adopted: "部分采纳", rejected: "不采纳" };

export function label<K extends string>(table: Record<K, string>, key: string): string {
  return (table as Record<string, string>)[key] ?? key;
}
