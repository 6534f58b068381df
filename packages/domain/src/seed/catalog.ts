// Typed read of the product catalogue (packages/contracts/src/catalog.data.json). The JSON is
// imported directly; assigning it to these interfaces makes the compiler check its shape.
import catalogJson from "../../../contracts/src/catalog.data.json" with { type: "json" };

export interface CatalogStandard {
  code: string;
  mandatory: boolean;
}

export interface CatalogCheckItem {
  id: string;
  stage: string;
  appliesTo: string;
  riskZh: string;
  checkZh: string;
  consequenceZh?: string;
  level: string;
  method: string;
  frequency: string;
  trigger?: string;
  basis?: string;
}

export interface CatalogSubProduct {
  id: string;
  nameZh: string;
  standards?: CatalogStandard[];
}

export interface CatalogGroup {
  id: string;
  nameZh: string;
  consequenceZh: string;
  subProducts: CatalogSubProduct[];
  standards: CatalogStandard[];
  checkItems: CatalogCheckItem[];
}

interface CatalogFile {
  productGroups: CatalogGroup[];
  genericProducerItems: CatalogCheckItem[];
  genericSellerItems: CatalogCheckItem[];
}

const catalog: CatalogFile = catalogJson;

export function catalogGroup(id: string): CatalogGroup {
  const group = catalog.productGroups.find((g) => g.id === id);
  if (!group) throw new Error(`seed: catalog group ${id} not found`);
  return group;
}

export function genericItems(kind: "producer" | "seller"): CatalogCheckItem[] {
  return kind === "producer" ? catalog.genericProducerItems : catalog.genericSellerItems;
}

/** Mandatory standard codes of a group and its sub-products, e.g. "GB 43854-2024". */
export function mandatoryStandards(group: CatalogGroup): string[] {
  const all = [...group.standards, ...group.subProducts.flatMap((s) => s.standards ?? [])];
  return all.filter((s) => s.mandatory).map((s) => s.code);
}
