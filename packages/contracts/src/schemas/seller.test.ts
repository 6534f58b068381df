import { describe, expect, it } from "vitest";
import {
  normalizeDocumentNumber,
  purchaseProblems,
  PurchaseCheckCreateSchema,
  PurchaseReceiptUpsertSchema,
  SupplierDocumentInputSchema,
  SupplierRegisterCreateSchema,
} from "./seller";

const base = {
  supplierId: "s1",
  productName: "充电器",
  specModel: "48V3A",
  batchNo: "B1",
  quantity: 5,
  unit: "台",
  purchaseDate: "2027-03-10",
  conformityCertificate: "ok",
  inspectionReport: "ok",
  markingCheck: "consistent",
  conclusion: "accepted",
} as const;

const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join(".")}:${i.message}`);

describe("purchase checks", () => {
  it("finds each missing or invalid document and an expired CCC certificate", () => {
    expect(purchaseProblems({ ...base, cccRequired: false, xkRequired: false })).toEqual([]);
    expect(
      purchaseProblems({
        ...base,
        conformityCertificate: "invalid",
        inspectionReport: "missing",
        cccRequired: true,
        cccCertNo: "2025011609123456",
        cccValidUntil: "2027-03-09",
        xkRequired: true,
        markingCheck: "inconsistent",
      }),
    ).toEqual(["conformity_invalid", "report_missing", "ccc_expired", "xk_missing", "marking_inconsistent"]);
    expect(purchaseProblems({ ...base, cccRequired: true, xkRequired: false })).toEqual(["ccc_missing"]);
    // valid on the day of purchase is still valid
    expect(
      purchaseProblems({ ...base, cccRequired: true, cccCertNo: "x", cccValidUntil: "2027-03-10", xkRequired: false }),
    ).toEqual([]);
  });

  it("refuses 'accepted' with a problem on the conclusion, and a CCC number without validity", () => {
    expect(messages(PurchaseCheckCreateSchema.safeParse({ ...base, inspectionReport: "missing" }))).toEqual([
      "conclusion:purchase.accepted_with_problems",
    ]);
    expect(
      PurchaseCheckCreateSchema.safeParse({ ...base, inspectionReport: "missing", conclusion: "rejected" }).success,
    ).toBe(true);
    expect(
      messages(PurchaseCheckCreateSchema.safeParse({ ...base, cccRequired: true, cccCertNo: "2025011609123456" })),
    ).toEqual(["cccValidUntil:purchase.ccc_valid_until_required"]);
    expect(messages(PurchaseCheckCreateSchema.safeParse({ ...base, quantity: 0 }))).toEqual([
      "quantity:field.too_small",
    ]);
  });

  it("the ERP record needs the checker and the supplier's external id", () => {
    const { supplierId: _s, ...rest } = base;
    expect(messages(PurchaseReceiptUpsertSchema.safeParse({ ...rest, externalId: "PR-1" })).sort()).toEqual([
      "checkedBy:field.required",
      "supplierExternalId:field.required",
    ]);
  });
});

describe("supplier register", () => {
  it("normalises the credit code and refuses a wrong check character", () => {
    const ok = SupplierRegisterCreateSchema.parse({ name: "A", uscc: "91350100m000100y43", contactPhone: "1" });
    expect(ok.uscc).toBe("91350100M000100Y43");
    expect(
      messages(SupplierRegisterCreateSchema.safeParse({ name: "A", uscc: "91350100M000100Y44", contactPhone: "1" })),
    ).toEqual(["uscc:uscc.check_digit"]);
  });

  it("normalises XK and CCC numbers per kind and refuses malformed ones", () => {
    expect(SupplierDocumentInputSchema.safeParse({ kind: "xk_licence", number: "（鲁）XK13-001-01234" }).success).toBe(
      true,
    );
    expect(normalizeDocumentNumber("xk_licence", "（鲁）XK13-001-01234")).toBe("(鲁)XK13-001-01234");
    expect(normalizeDocumentNumber("ccc_certificate", "2016 0109 0112 3456")).toBe("2016010901123456");
    expect(messages(SupplierDocumentInputSchema.safeParse({ kind: "xk_licence", number: "XK8-001-00001" }))).toEqual([
      "number:licence_no.format",
    ]);
    expect(messages(SupplierDocumentInputSchema.safeParse({ kind: "ccc_certificate", number: "123" }))).toEqual([
      "number:ccc_no.format",
    ]);
  });
});
