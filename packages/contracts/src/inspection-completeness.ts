// 出厂检验记录不全 (市监质监发〔2023〕53号): what an outgoing (出厂检验) record must hold before it is
// stored, whatever the channel (web form, CSV/XLSX import, ERP API v1). The rule needs the product:
// the test items its standard requires on every batch, and whether it holds the CCC route.
// Browser-safe, so the web form can name the same missing fields (docs/decisions/018).
import type { ProductRoute } from "./enums";
import type { FieldMessageKey } from "./messages/fields";
import { modelKey } from "./product-scope";

export interface ReleaseRequirements {
  routes: readonly ProductRoute[];
  /** 出厂检验项目 the product's standard requires on every batch. */
  releaseItems: readonly string[];
}

export interface OutgoingRecordFacts {
  lines: readonly { item: string }[];
  approver?: string | null | undefined;
  releaseDecision?: string | null | undefined;
  markingCheck?: string | null | undefined;
}

export interface CompletenessIssue {
  path: "lines" | "approver" | "releaseDecision" | "markingCheck";
  key: FieldMessageKey;
  params?: { items: string[] };
}

const blank = (v: string | null | undefined) => v === undefined || v === null || v.trim() === "";

/** Every missing part of an outgoing record, each on its field; [] when complete. */
export function outgoingCompletenessIssues(record: OutgoingRecordFacts, req: ReleaseRequirements): CompletenessIssue[] {
  const issues: CompletenessIssue[] = [];
  if (record.lines.length === 0) issues.push({ path: "lines", key: "inspection.lines_required" });
  const present = new Set(record.lines.map((l) => modelKey(l.item)));
  const missing = req.releaseItems.filter((item) => !present.has(modelKey(item)));
  if (missing.length > 0)
    issues.push({ path: "lines", key: "inspection.required_items_missing", params: { items: missing } });
  if (blank(record.approver)) issues.push({ path: "approver", key: "inspection.approver_required" });
  if (blank(record.releaseDecision))
    issues.push({ path: "releaseDecision", key: "inspection.release_decision_required" });
  if (req.routes.includes("ccc")) {
    if (blank(record.markingCheck)) issues.push({ path: "markingCheck", key: "inspection.marking_check_required" });
    else if (record.markingCheck === "fail" && record.releaseDecision === "released")
      issues.push({ path: "markingCheck", key: "inspection.release_requires_marking" });
  }
  return issues;
}
