import { describe, expect, it } from "vitest";
import { IncomingInspectionUpsertSchema, OutgoingInspectionUpsertSchema } from "./inspection";

const incoming = {
  externalId: "ERP-IQC-2026-000123",
  materialName: "电工圆铜杆",
  specModel: "Φ8mm T1",
  batchNo: "CU260301",
  supplierExternalId: "V-0042",
  quantity: 12.5,
  unit: "t",
  receiptDate: "2026-03-01",
  inspectedAt: "2026-03-01T14:20:00+08:00",
  result: "pass",
  inspector: "李强",
  standardNo: "GB/T 3952-2016",
  lines: [
    { item: "电阻率", requirement: "≤0.017241 Ω·mm²/m", measured: "0.01718", unit: "Ω·mm²/m", result: "pass" },
    { item: "表面质量", result: "na" },
  ],
};

const outgoing = {
  externalId: "ERP-FQC-2026-000456",
  productCode: "BV-2.5",
  specModel: "BV 2.5mm²",
  batchNo: "B260302",
  quantity: 300,
  unit: "卷",
  inspectedAt: "2026-03-02T09:00:00Z",
  result: "pass",
  inspector: "赵敏",
  standardNo: "GB/T 5023.3-2008",
  releaseDecision: "released",
};

const messages = (
  schema: typeof IncomingInspectionUpsertSchema | typeof OutgoingInspectionUpsertSchema,
  input: unknown,
) => schema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];

describe("IncomingInspectionUpsertSchema", () => {
  it("accepts an ERP record and defaults lines to []", () => {
    expect(IncomingInspectionUpsertSchema.parse(incoming).lines).toHaveLength(2);
    const { lines: _lines, ...withoutLines } = incoming;
    expect(IncomingInspectionUpsertSchema.parse(withoutLines).lines).toEqual([]);
  });

  it("requires an offset on inspectedAt and a real receipt date", () => {
    expect(messages(IncomingInspectionUpsertSchema, { ...incoming, inspectedAt: "2026-03-01T14:20:00" })).toEqual([
      "inspectedAt:datetime.invalid",
    ]);
    expect(messages(IncomingInspectionUpsertSchema, { ...incoming, receiptDate: "2026-02-29" })).toEqual([
      "receiptDate:date.invalid",
    ]);
  });

  it("bounds externalId to 1..128 characters and lines to 200", () => {
    expect(messages(IncomingInspectionUpsertSchema, { ...incoming, externalId: "" })).toEqual([
      "externalId:field.required",
    ]);
    expect(messages(IncomingInspectionUpsertSchema, { ...incoming, externalId: "x".repeat(129) })).toEqual([
      "externalId:field.too_long",
    ]);
    const line = { item: "外观", result: "pass" };
    expect(IncomingInspectionUpsertSchema.safeParse({ ...incoming, lines: Array(200).fill(line) }).success).toBe(true);
    expect(messages(IncomingInspectionUpsertSchema, { ...incoming, lines: Array(201).fill(line) })).toEqual([
      "lines:field.too_many",
    ]);
  });

  it("cannot pass with a failed line; a rejected lot needs a disposition", () => {
    const failedLine = { item: "电阻率", result: "fail" };
    expect(messages(IncomingInspectionUpsertSchema, { ...incoming, lines: [failedLine] })).toEqual([
      "result:inspection.pass_with_failed_line",
    ]);
    expect(messages(IncomingInspectionUpsertSchema, { ...incoming, result: "fail", lines: [failedLine] })).toEqual([
      "nonConformityHandling:inspection.handling_required",
    ]);
    expect(
      IncomingInspectionUpsertSchema.safeParse({ ...incoming, result: "fail", nonConformityHandling: "return" })
        .success,
    ).toBe(true);
    expect(IncomingInspectionUpsertSchema.safeParse({ ...incoming, result: "concession" }).success).toBe(true);
  });

  it("rejects a zero quantity and unknown fields", () => {
    expect(messages(IncomingInspectionUpsertSchema, { ...incoming, quantity: 0 })).toEqual([
      "quantity:field.too_small",
    ]);
    expect(IncomingInspectionUpsertSchema.safeParse({ ...incoming, tenantId: "t" }).success).toBe(false);
  });
});

describe("OutgoingInspectionUpsertSchema", () => {
  it("accepts a released batch that passed", () => {
    expect(OutgoingInspectionUpsertSchema.safeParse(outgoing).success).toBe(true);
  });

  it("concession is incoming-only and only a pass may be released", () => {
    expect(messages(OutgoingInspectionUpsertSchema, { ...outgoing, result: "concession" })).toEqual([
      "result:inspection.concession_incoming_only",
      "releaseDecision:inspection.release_requires_pass",
    ]);
    expect(messages(OutgoingInspectionUpsertSchema, { ...outgoing, result: "pending" })).toEqual([
      "releaseDecision:inspection.release_requires_pass",
    ]);
    expect(
      OutgoingInspectionUpsertSchema.safeParse({ ...outgoing, result: "fail", releaseDecision: "held" }).success,
    ).toBe(true);
  });
});
