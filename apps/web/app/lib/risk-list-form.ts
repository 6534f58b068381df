// Parses the risk-item form (plain strings) into the tRPC input shape; the schema does the checks.
import type { RiskControlItemCreate } from "@anzhi/contracts";
import { splitList } from "./text-lists.ts";

const optional = (v: string | undefined) => (v && v.trim() !== "" ? v.trim() : undefined);

/**
 * The enum fields stay the strings the person chose; the procedure's input schema validates them
 * and a bad value comes back as a field error on the form, hence the cast.
 */
export function riskItemFromForm(values: Record<string, string>): RiskControlItemCreate {
  const raw = {
    stage: values.stage ?? "",
    riskCategory: values.riskCategory ?? "",
    riskPoint: values.riskPoint ?? "",
    hazardConsequence: optional(values.hazardConsequence),
    riskLevel: optional(values.riskLevel),
    controlMeasure: values.controlMeasure ?? "",
    checkMethod: optional(values.checkMethod),
    acceptanceCriterion: optional(values.acceptanceCriterion),
    frequency: values.frequency ?? "",
    responsibleRole: values.responsibleRole ?? "",
    responsibleUserId: optional(values.responsibleUserId),
    trigger: optional(values.trigger),
    siteId: optional(values.siteId),
    basis: splitList(values.basis ?? ""),
  };
  return raw as RiskControlItemCreate;
}
