// 出厂放行/发货记录 (docs/decisions/018): a batch released from the factory or shipped, typed in
// the web app (by product id) or pushed by the ERP (by product code). A batch without a passing
// outgoing inspection is flagged 未检验出厂 and opens a hazard.
import { z } from "zod";
import { ShipmentEvent } from "../enums";
import { LocalDateSchema } from "../periods";
import { CodeSchema, optionalText, ProductIdSchema, requiredText, positiveQuantity } from "./common";
import { pageQueryFields, pageSchema } from "./ingest";

const shipmentFields = {
  event: ShipmentEvent,
  batchNo: requiredText(100),
  quantity: positiveQuantity(),
  unit: requiredText(20),
  /** 放行/发货日期 (local date). */
  shippedOn: LocalDateSchema,
  /** 收货单位 */
  consignee: optionalText(200),
};

/** A shipment typed in the web app. */
export const ShipmentRecordSchema = z.strictObject({ productId: ProductIdSchema, ...shipmentFields });
export type ShipmentRecord = z.infer<typeof ShipmentRecordSchema>;

/** A shipment pushed by the ERP (upsert by externalId). */
export const ShipmentUpsertSchema = z.strictObject({
  externalId: requiredText(128),
  productCode: CodeSchema,
  ...shipmentFields,
});
export type ShipmentUpsert = z.infer<typeof ShipmentUpsertSchema>;
export type ShipmentUpsertInput = z.input<typeof ShipmentUpsertSchema>;

export const ShipmentSchema = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  event: ShipmentEvent,
  productId: z.string(),
  productName: z.string(),
  productCode: z.string().nullable(),
  batchNo: z.string(),
  quantity: z.number(),
  unit: z.string(),
  shippedOn: z.string(),
  consignee: z.string().nullable(),
  /** 未检验出厂: no passing outgoing inspection of this product and batch on or before shippedOn. */
  uninspected: z.boolean(),
  inspectionRecordId: z.string().nullable(),
  hazardNo: z.string().nullable(),
});
export type ShipmentOut = z.infer<typeof ShipmentSchema>;

/** v1 list of shipments (cursor pages in change order); `batchNo` narrows to one batch. */
export const ShipmentListQuerySchema = z.strictObject({ ...pageQueryFields, batchNo: requiredText(100).optional() });
export type ShipmentListQuery = z.infer<typeof ShipmentListQuerySchema>;
export type ShipmentListQueryInput = z.input<typeof ShipmentListQuerySchema>;
export const ShipmentPageSchema = pageSchema(ShipmentSchema);
