// What the risk list table shows of a version: each item's status in it (unchanged, added or
// revised in this version, or retired in a later one), the filters read from the query string, and
// the sort its column headers pick. Browser-safe and pure, so the loader and the page agree.
import { z } from "zod";
import { Frequency, ResponsibleRole, RiskLevel, RiskStage } from "@anzhi/contracts";

export const ItemStatus = z.enum(["unchanged", "added", "revised", "retiredLater"]);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const SortKey = z.enum(["seq", "productGroup", "riskLevel", "role", "status"]);
export type SortKey = z.infer<typeof SortKey>;

/** Generic items (no product group) filter under this value. */
export const GENERIC_GROUP = "generic";

export interface TableItem {
  seq: number;
  stage: string;
  riskLevel: string | null;
  frequency: string;
  responsibleRole: string;
  productGroupId: string | null;
  introducedInVersion: number;
  retiredInVersion: number | null;
  supersedesId: string | null;
}

/** An item's status in the version shown (a first version has only unchanged items). */
export function statusOf(item: TableItem, shown: number): ItemStatus {
  if (item.retiredInVersion !== null) return "retiredLater";
  if (shown > 1 && item.introducedInVersion === shown) return item.supersedesId ? "revised" : "added";
  return "unchanged";
}

export interface TableQuery {
  stage: RiskStage | null;
  frequency: Frequency | null;
  productGroup: string | null;
  riskLevel: RiskLevel | null;
  role: ResponsibleRole | null;
  status: ItemStatus | null;
  sort: SortKey;
}

/** The filters and the sort of a risk list URL; an unknown value is no filter. */
export function tableQueryOf(params: URLSearchParams): TableQuery {
  return {
    stage: RiskStage.safeParse(params.get("stage")).data ?? null,
    frequency: Frequency.safeParse(params.get("frequency")).data ?? null,
    productGroup: params.get("group") || null,
    riskLevel: RiskLevel.safeParse(params.get("level")).data ?? null,
    role: ResponsibleRole.safeParse(params.get("role")).data ?? null,
    status: ItemStatus.safeParse(params.get("status")).data ?? null,
    sort: SortKey.safeParse(params.get("sort")).data ?? "seq",
  };
}

// Highest level first, unrated last; statuses with news first.
const LEVEL_RANK: Record<string, number> = { major: 0, significant: 1, general: 2, low: 3 };
const STATUS_RANK: Record<ItemStatus, number> = { added: 0, revised: 1, retiredLater: 2, unchanged: 3 };
const ROLE_RANK: Record<string, number> = { principal: 0, director: 1, officer: 2 };

/**
 * The items that pass the filters, sorted by the chosen column and then by their number.
 * `groupName` words a product group (the generic items sort last).
 */
export function tableRows<T extends TableItem>(
  items: readonly T[],
  shown: number,
  q: TableQuery,
  groupName: (id: string | null) => string,
): T[] {
  const rows = items.filter(
    (i) =>
      (!q.stage || i.stage === q.stage) &&
      (!q.frequency || i.frequency === q.frequency) &&
      (!q.productGroup || (i.productGroupId ?? GENERIC_GROUP) === q.productGroup) &&
      (!q.riskLevel || i.riskLevel === q.riskLevel) &&
      (!q.role || i.responsibleRole === q.role) &&
      (!q.status || statusOf(i, shown) === q.status),
  );
  const key: (i: T) => number | string = {
    seq: () => 0,
    productGroup: (i: T) => (i.productGroupId === null ? "\uffff" : groupName(i.productGroupId)),
    riskLevel: (i: T) => LEVEL_RANK[i.riskLevel ?? ""] ?? 9,
    role: (i: T) => ROLE_RANK[i.responsibleRole] ?? 9,
    status: (i: T) => STATUS_RANK[statusOf(i, shown)],
  }[q.sort];
  return rows
    .map((item) => ({ item, k: key(item) }))
    .sort((a, b) => {
      if (a.k !== b.k) {
        if (typeof a.k === "number" && typeof b.k === "number") return a.k - b.k;
        return String(a.k).localeCompare(String(b.k), "zh-CN");
      }
      return a.item.seq - b.item.seq;
    })
    .map((r) => r.item);
}
