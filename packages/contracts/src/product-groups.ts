// The ids of the 18 key product groups of 市监质监发〔2023〕53号, without the catalogue itself
// (catalog.data.json, ~100 KB): the v1 product schema checks an id against this list, so the SDK
// validates a product push without bundling the catalogue. catalog.test.ts checks the list
// against the catalogue.
import { z } from "zod";

export const PRODUCT_GROUP_IDS = [
  "hazchem",
  "hazmat-road-tank",
  "cement",
  "wire-cable",
  "fertilizer",
  "fire-products",
  "refined-oil",
  "explosion-proof-electrical",
  "e-bike",
  "e-bike-battery-charger",
  "e-bike-helmet",
  "gas-appliances",
  "fireworks",
  "elderly-products",
  "paper-food-packaging",
  "food-processing-equipment",
  "mulch-film",
  "safety-helmet",
] as const;

const groupIds: ReadonlySet<string> = new Set(PRODUCT_GROUP_IDS);

/** A product-group id that exists in the catalogue. Key: catalog.unknown_group. */
export const ProductGroupIdSchema = z
  .string({ error: "field.required" })
  .refine((id) => groupIds.has(id), { error: "catalog.unknown_group" });
