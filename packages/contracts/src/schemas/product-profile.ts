// Product rows of the enterprise profile (产品): a catalogue group and sub-product or a custom
// product. Kept apart from the v1 product schemas (product.ts) because these read the catalogue
// (catalog.data.json), which the SDK must not bundle for a plain product push.
import { z } from "zod";
import { findProductGroup } from "../catalog";
import { ProductRoute } from "../enums";
import {
  CodeSchema,
  IdSchema,
  optionalText,
  requiredText,
  SiteIdSchema,
  StandardNoSchema,
  uniqueArray,
} from "./common";

// ---- Enterprise profile forms: one product row as the database keeps it (a catalogue group and
// optional sub-product, or a custom product; the set of its scope routes; its standards; the ERP
// code its inspection records name). ----

/** productGroupId of a product outside the 18 key product groups. */
export const CUSTOM_PRODUCT_GROUP = "custom";

const productSaveFields = {
  name: requiredText(100),
  /** ERP product code (产品编码) the ERP's inspection records and imports name. */
  code: CodeSchema.optional(),
  /** 型号规格 */
  model: optionalText(200),
  productGroupId: z
    .string({ error: "field.required" })
    .trim()
    .min(1, { error: "field.required" })
    .max(64, { error: "field.too_long" }),
  subProductId: z.string().trim().max(64, { error: "field.too_long" }).optional(),
  siteId: SiteIdSchema.optional(),
  /** 适用情形: every route the product falls under (生产许可 and CCC may both hold); [] = 不适用. */
  scopeRoutes: uniqueArray(ProductRoute, 3).default([]),
  standards: uniqueArray(StandardNoSchema, 30).optional(),
  /** 出厂检验项目 its standard requires on every batch: an outgoing record needs a line for each. */
  releaseItems: uniqueArray(requiredText(100), 50).optional(),
  /** 安全使用年限 / 保质期, free text such as "24个月". */
  serviceLife: optionalText(50),
};

function checkCatalogChoice(
  p: { productGroupId?: string; subProductId?: string | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  if (p.productGroupId === undefined || p.productGroupId === CUSTOM_PRODUCT_GROUP) {
    if (p.subProductId) ctx.addIssue({ code: "custom", message: "field.invalid_option", path: ["subProductId"] });
    return;
  }
  const group = findProductGroup(p.productGroupId);
  if (!group) {
    ctx.addIssue({ code: "custom", message: "catalog.unknown_group", path: ["productGroupId"] });
    return;
  }
  if (p.subProductId && !group.subProducts.some((s) => s.id === p.subProductId)) {
    ctx.addIssue({ code: "custom", message: "field.invalid_option", path: ["subProductId"] });
  }
}

export const ProductSaveSchema = z.strictObject(productSaveFields).superRefine(checkCatalogChoice);
export type ProductSave = z.infer<typeof ProductSaveSchema>;

export const ProductEditSchema = z.strictObject({ id: IdSchema, ...productSaveFields }).superRefine(checkCatalogChoice);
export type ProductEdit = z.infer<typeof ProductEditSchema>;

/** Standards a catalogue product starts with: the sub-product's own, else the group's mandatory ones. */
export function defaultStandardsFor(productGroupId: string, subProductId?: string | null): string[] {
  const group = findProductGroup(productGroupId);
  if (!group) return [];
  const sub = subProductId ? group.subProducts.find((s) => s.id === subProductId) : undefined;
  const own = sub?.standards?.filter((s) => s.mandatory).map((s) => s.code) ?? [];
  return own.length > 0 ? own : group.standards.filter((s) => s.mandatory).map((s) => s.code);
}

/** The routes a catalogue product most likely falls under: each of CCC, 生产许可 and a mandatory standard that applies. */
export function defaultScopeRoutesFor(productGroupId: string, subProductId?: string | null): ProductRoute[] {
  const group = findProductGroup(productGroupId);
  if (!group) return [];
  const sub = subProductId ? group.subProducts.find((s) => s.id === subProductId) : undefined;
  const routes: ProductRoute[] = [];
  if ((sub?.productionLicence ?? group.productionLicence).applies === true) routes.push("xk");
  if ((sub?.ccc ?? group.ccc).applies === true) routes.push("ccc");
  if (defaultStandardsFor(productGroupId, subProductId).length > 0) routes.push("mandatory_standard");
  return routes;
}
