// A purchase check that found a missing or invalid document (or marking inconsistent with the
// certificate) opens a hazard (source purchase_check) in the same transaction, so the 不合格进货
// is rectified and closed in the hazard ledger like any other. Web entry and ERP push share it.
import {
  addDays,
  localDate,
  PURCHASE_CONCLUSION_ZH,
  PURCHASE_PROBLEM_ZH,
  labelZh,
  type PurchaseProblem,
} from "@anzhi/contracts";
import type { Tx } from "@anzhi/db";
import type { Actor } from "../audit/audit.ts";
import { openHazard, type HazardToOpen, type OpenedHazard } from "../hazards/open-hazard.ts";

/** Days a purchase-check hazard has until rectification is due. */
export const PURCHASE_HAZARD_DUE_DAYS = 7;

export interface PurchaseHazardFacts {
  organizationId: string;
  timeZone: string;
  supplierName: string;
  productId: string | null;
  productName: string;
  specModel: string;
  batchNo: string;
  purchaseDate: string;
  conclusion: string;
  checkedBy: string;
  externalId: string | null;
  problems: readonly PurchaseProblem[];
  actor: Actor;
  now: Date;
}

/** The hazard a purchase check with problems opens (an ERP batch opens many at once: openHazards). */
export function purchaseHazard(f: Omit<PurchaseHazardFacts, "organizationId" | "actor">): HazardToOpen {
  const found = f.problems.map((p) => PURCHASE_PROBLEM_ZH[p]).join("；");
  return {
    source: "purchase_check",
    title: `进货查验不合格：${f.productName}（批次 ${f.batchNo}）`,
    description: [
      `${f.purchaseDate} 自 ${f.supplierName} 进货 ${f.productName} ${f.specModel}，批次 ${f.batchNo}，查验人 ${f.checkedBy}`,
      f.externalId ? `（ERP 记录 ${f.externalId}）` : "",
      `。发现问题：${found}。查验结论：${labelZh(PURCHASE_CONCLUSION_ZH, f.conclusion)}。`,
    ].join(""),
    severity: "general",
    stage: "incoming",
    dueDate: addDays(localDate(f.now, f.timeZone), PURCHASE_HAZARD_DUE_DAYS),
    productId: f.productId,
    containment: f.conclusion === "rejected" ? "拒收退货，不得销售" : "暂存隔离，不得销售",
  };
}

export function openPurchaseHazard(tx: Tx, f: PurchaseHazardFacts): Promise<OpenedHazard> {
  return openHazard(tx, {
    ...purchaseHazard(f),
    organizationId: f.organizationId,
    actor: f.actor,
    now: f.now,
    timeZone: f.timeZone,
  });
}
