import { describe, expect, it } from "vitest";
import { ProposalCreateSchema, ProposalDecideSchema } from "./proposal";
import { HazardListFilterSchema, LedgerDateRangeSchema } from "./hazard-ledger";

const signature = { method: "typed", typedName: "王安全" } as const;

const issues = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join(".")}:${i.message}`);

describe("proposal schemas", () => {
  it("needs the signer's confirmation, their signature and a defect description", () => {
    expect(
      issues(ProposalCreateSchema.safeParse({ type: "stop_sales", defectDescription: " ", confirm: false })),
    ).toEqual([
      "defectDescription:field.required",
      "confirm:proposal.confirm_required",
      "signature:signature.required",
    ]);
    expect(
      ProposalCreateSchema.safeParse({ type: "stop_sales", defectDescription: "缺陷", confirm: true, signature })
        .success,
    ).toBe(true);
  });

  it("requires a reason only when the decision is a rejection", () => {
    const base = { proposalId: "p1", confirm: true, signature } as const;
    expect(issues(ProposalDecideSchema.safeParse({ ...base, decision: "rejected", reason: "  " }))).toEqual([
      "reason:proposal.reason_required",
    ]);
    expect(ProposalDecideSchema.safeParse({ ...base, decision: "rejected", reason: "已有合格报告" }).success).toBe(
      true,
    );
    expect(ProposalDecideSchema.safeParse({ ...base, decision: "adopted" }).success).toBe(true);
    const { signature: _none, ...unsigned } = base;
    expect(issues(ProposalDecideSchema.safeParse({ ...unsigned, decision: "adopted" }))).toEqual([
      "signature:signature.required",
    ]);
  });
});

describe("ledger filters", () => {
  it("refuses a date range that ends before it starts, on the end field", () => {
    expect(issues(HazardListFilterSchema.safeParse({ from: "2026-05-02", to: "2026-05-01" }))).toEqual([
      "to:date.range_order",
    ]);
    expect(issues(LedgerDateRangeSchema.safeParse({ from: "2026-05-02", to: "2026-05-01" }))).toEqual([
      "to:date.range_order",
    ]);
    expect(HazardListFilterSchema.safeParse({ status: "closed", overdue: true, from: "2026-01-01" }).success).toBe(
      true,
    );
  });
});
