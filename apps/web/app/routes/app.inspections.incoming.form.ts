// The 进货检验 phone form, checked by inspections.recordIncoming's contracts schema. The form posts
// the local wall-clock time of the inspection (the enterprise's zone) and a row per test item;
// blank rows and untouched 不适用 rows are dropped.
import { z } from "zod";
import { IncomingInspectionEntrySchema, localInstant } from "@anzhi/contracts";

const posted = z.string().optional();

const LinePosted = z.object({
  item: posted,
  requirement: posted,
  measured: posted,
  unit: posted,
  result: posted,
});

export function incomingEntryFormSchema(timeZone: string) {
  return z
    .object({
      supplierId: posted,
      productId: posted,
      materialName: posted,
      receiptDate: posted,
      manufacturerName: posted,
      specModel: posted,
      batchNo: posted,
      quantity: posted,
      unit: posted,
      inspectedAt: posted,
      standardNo: posted,
      result: posted,
      inspector: posted,
      nonConformityHandling: posted,
      documentsChecked: z.array(z.string()).optional(),
      isKeyComponent: z.boolean().optional(),
      supplierCertValid: z.boolean().optional(),
      lines: z.array(LinePosted).optional(),
    })
    .transform(({ quantity, inspectedAt, lines, ...entry }): unknown => ({
      ...entry,
      quantity: quantity === undefined ? undefined : Number(quantity),
      inspectedAt:
        inspectedAt && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(inspectedAt)
          ? localInstant(inspectedAt, timeZone).toISOString()
          : inspectedAt,
      lines: (lines ?? [])
        .filter((l) => l.item !== undefined && (l.measured !== undefined || l.result !== "na"))
        .map((l) => ({ ...l, result: l.result ?? "pass" })),
    }))
    .pipe(IncomingInspectionEntrySchema);
}
