// @anzhi/sdk/catalog — the starter catalogue of the 18 key product groups (市监质监发〔2023〕53号)
// for integrators who map their ERP's material classes to a productGroupId. A separate entry:
// the main bundle validates a productGroupId against the id list alone.
//
//   import { productGroups, findProductGroup } from "@anzhi/sdk/catalog";

/**
 * The starter catalogue of the 18 key product groups, for mapping ERP material classes.
 * @module @anzhi/sdk/catalog
 */
export {
  catalog,
  findProductGroup,
  genericProducerItems,
  genericSellerItems,
  PRODUCT_GROUP_IDS,
  productGroups,
} from "@anzhi/contracts";
export type { Catalog, CatalogCheckItem, ProductGroup } from "@anzhi/contracts";
