// Product (产品) with its 适用情形 and catalogue group.
import { z } from "zod";
import { ProductRoute, ScopeRoute } from "../enums";
import { ProductGroupIdSchema } from "../product-groups";
import {
  CccIdSchema,
  CodeSchema,
  LicenceIdSchema,
  optionalText,
  requiredText,
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
