// The seller ledgers' filters as they travel in the URL (the page, its print view and its XLSX all
// read the same query), with this month up to the organisation's today as the default period.
import type { RouterInputs } from "@anzhi/api";

type PurchaseQuery = RouterInputs["sellers"]["purchases"]["ledger"];
type SaleQuery = RouterInputs["sellers"]["sales"]["ledger"];

function range(params: URLSearchParams, today: string) {
  return { from: params.get("from") || `${today.slice(0, 8)}01`, to: params.get("to") || today };
}

const text = (params: URLSearchParams, k: string) => (params.get(k)?.trim() ? { [k]: params.get(k)?.trim() } : {});

export function purchaseQueryOf(url: URL, today: string): PurchaseQuery {
  const p = url.searchParams;
  return {
    ...range(p, today),
    ...text(p, "supplierId"),
    ...text(p, "batchNo"),
    ...text(p, "product"),
    ...text(p, "conclusion"),
    ...(p.get("problemsOnly") === "on" ? { problemsOnly: true } : {}),
  } as PurchaseQuery;
}

export function saleQueryOf(url: URL, today: string): SaleQuery {
  const p = url.searchParams;
  return { ...range(p, today), ...text(p, "buyer"), ...text(p, "batchNo"), ...text(p, "product") };
}

/** The same filters as a query string (for the print and XLSX links). */
export function queryString(q: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === "" || v === false) continue;
    params.set(k, v === true ? "on" : String(v));
  }
  return params.toString();
}
