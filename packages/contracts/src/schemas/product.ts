// Product (产品) with its 适用情形 and catalogue group.
import { z } from "zod";
import { ProductRoute, ScopeRoute } from "../enums";
import { findProductGroup, ProductGroupIdSchema } from "../catalog";
import {
  CccIdSchema,
  CodeSchema,
  IdSchema,
  LicenceIdSchema,
  optionalText,
  requiredText,
  SiteIdSchema,
  StandardNoSchema,
  uniqueArray,
} from "./common";
import { pageQueryFields, pageSchema } from "./ingest";

const productFields = {
  name: requiredText(100),
  specModel: optionalText(200),
  productGroupId: ProductGroupIdSchema,
  /** xk / ccc / mandatory_standard, or ["none"] alone. */
  scopeRoutes: uniqueArray(ScopeRoute, 4).min(1, { error: "field.too_few" }),
  mandatoryStandards: uniqueArray(StandardNoSchema, 30).optional(),
  licenceId: LicenceIdSchema.optional(),
  cccCertificateIds: uniqueArray(CccIdSchema, 50).optional(),
  /** 保质期/使用寿命, free text such as "24个月". */
  shelfLifeOrServiceLife: optionalText(50),
};

const noneIsExclusive = (routes: readonly ScopeRoute[] | undefined) =>
  routes === undefined || !routes.includes("none") || routes.length === 1;

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

/** The stored set of a v1 scopeRoutes list (["none"] is the empty set), in a fixed order. */
export function routeSetOf(routes: readonly ScopeRoute[]): ProductRoute[] {
  return ProductRoute.options.filter((r) => routes.includes(r));
}

/** The v1 scopeRoutes of a stored set: the set itself, or ["none"] when empty. */
export function scopeRoutesOut(routes: readonly ProductRoute[]): ScopeRoute[] {
  return routes.length > 0 ? [...routes] : ["none"];
}

// ─── Public API (v1) ───

/** A product pushed by an ERP, keyed by its product code (licence/CCC links are managed in the app). */
export const ProductUpsertSchema = z
  .strictObject({
    name: productFields.name,
    /** ERP product code, unique per organisation; outgoing inspections refer to it. */
    code: CodeSchema,
    specModel: productFields.specModel,
    productGroupId: productFields.productGroupId,
    scopeRoutes: productFields.scopeRoutes,
    mandatoryStandards: productFields.mandatoryStandards,
    shelfLifeOrServiceLife: productFields.shelfLifeOrServiceLife,
  })
  .refine((p) => noneIsExclusive(p.scopeRoutes), {
    error: "product.scope_none_exclusive",
    path: ["scopeRoutes"],
  });
export type ProductUpsert = z.infer<typeof ProductUpsertSchema>;
export type ProductUpsertInput = z.input<typeof ProductUpsertSchema>;

export const ProductSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  specModel: z.string(),
  productGroupId: z.string(),
  scopeRoutes: z.array(ScopeRoute),
  mandatoryStandards: z.array(z.string()),
  shelfLifeOrServiceLife: z.string().nullable(),
  retired: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProductOut = z.infer<typeof ProductSchema>;

export const ProductListQuerySchema = z.strictObject({ ...pageQueryFields });
export type ProductListQueryInput = z.input<typeof ProductListQuerySchema>;
export const ProductPageSchema = pageSchema(ProductSchema);

/** `get` for products takes the product code. */
export const ProductCodeInputSchema = z.strictObject({ code: CodeSchema });
