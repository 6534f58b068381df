// Product (产品) with its 适用情形 and catalogue group.
import { z } from "zod";
import { ScopeRoute } from "../enums";
import { ProductGroupIdSchema } from "../catalog";
import { CodeSchema, IdSchema, optionalText, requiredText, StandardNoSchema, uniqueArray } from "./common";

const productFields = {
  name: requiredText(100),
  /** ERP product code, unique per organisation; outgoing inspections refer to it. */
  code: CodeSchema.optional(),
  specModel: optionalText(200),
  productGroupId: ProductGroupIdSchema,
  /** xk / ccc / mandatory_standard, or ["none"] alone. */
  scopeRoutes: uniqueArray(ScopeRoute, 4).min(1, { error: "field.too_few" }),
  mandatoryStandards: uniqueArray(StandardNoSchema, 30).optional(),
  licenceId: IdSchema.optional(),
  cccCertificateIds: uniqueArray(IdSchema, 50).optional(),
  /** 保质期/使用寿命, free text such as "24个月". */
  shelfLifeOrServiceLife: optionalText(50),
};

const noneIsExclusive = (routes: readonly ScopeRoute[] | undefined) =>
  routes === undefined || !routes.includes("none") || routes.length === 1;

export const ProductCreateSchema = z
  .strictObject(productFields)
  .refine((p) => noneIsExclusive(p.scopeRoutes), {
    error: "product.scope_none_exclusive",
    path: ["scopeRoutes"],
  });
export type ProductCreate = z.infer<typeof ProductCreateSchema>;

export const ProductUpdateSchema = z
  .strictObject(productFields)
  .partial()
  .refine((p) => noneIsExclusive(p.scopeRoutes), {
    error: "product.scope_none_exclusive",
    path: ["scopeRoutes"],
  });
export type ProductUpdate = z.infer<typeof ProductUpdateSchema>;
