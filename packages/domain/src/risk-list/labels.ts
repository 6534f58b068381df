// 管控频次 as the printed/exported 《工业产品质量安全风险管控清单》 writes it: the frequency, and the
// catalog trigger that narrows it in brackets ("每日（每批）"). The labels are contracts'.
import { CATALOG_TRIGGER_ZH, FREQUENCY_ZH, labelZh } from "@anzhi/contracts";

export function frequencyLabel(frequency: string, trigger: string | null): string {
  const base = labelZh(FREQUENCY_ZH, frequency);
  return trigger ? `${base}（${labelZh(CATALOG_TRIGGER_ZH, trigger)}）` : base;
}
