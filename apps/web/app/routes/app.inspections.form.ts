// The two forms of 出厂检验 / 发货: an outgoing inspection of a product's batch (its template's lines
// and a few extra ones) and a shipment or release, shaped into the inputs of
// inspections.recordOutgoing and shipments.record and checked by their contracts schemas.
import { z } from "zod";
import { OutgoingInspectionEntrySchema, ShipmentRecordSchema } from "@anzhi/contracts";
import { instantOfLocalMinute, posted } from "../lib/form-fields.ts";

export const ShipmentFormSchema = ShipmentRecordSchema.strip();

/**
 * An outgoing inspection; the time is the enterprise's wall clock. A line counts when it names an
 * item and was measured or judged (an extra line left at 不适用 is not part of the record).
 */
export function outgoingInspectionFormSchema(timeZone: string) {
  return (
    z
      .object({
        productId: posted,
        specModel: posted,
        batchNo: posted,
        quantity: z.number().optional(),
        unit: posted,
        inspectedAt: posted,
        result: posted,
        inspector: posted,
        standardNo: posted,
        approver: posted,
        releaseDecision: posted,
        markingCheck: posted,
        lines: z
          .array(z.object({ item: posted, requirement: posted, measured: posted, unit: posted, result: posted }))
          .default([]),
      })
      // The shaped value is whatever the contracts schema in the pipe then accepts or refuses.
      .transform(({ inspectedAt, lines, ...entry }): unknown => ({
        ...entry,
        inspectedAt: instantOfLocalMinute(inspectedAt, timeZone),
        lines: lines
          .map((l) => ({ ...l, item: l.item?.trim() ?? "", result: l.result ?? "pass" }))
          .filter((l) => l.item !== "" && (l.measured?.trim() || l.result !== "na")),
      }))
      .pipe(OutgoingInspectionEntrySchema)
  );
}
