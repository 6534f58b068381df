// The inspection-records filters as they travel in the URL: the page and its XLSX read the same
// query (docs/decisions/021). A value the schema refuses is dropped, not an error page.
import type { RouterInputs } from "@anzhi/api";
import { InspectionBrowseQuerySchema, type InspectionKind } from "@anzhi/contracts";

type BrowseQuery = RouterInputs["inspections"]["browse"];

const FIELDS = ["result", "from", "to", "productId", "supplierId"] as const;

export function browseQueryOf(url: URL, kind: InspectionKind): BrowseQuery {
  const q: Record<string, string> = { kind };
  for (const k of FIELDS) {
    const v = url.searchParams.get(k)?.trim();
    if (!v) continue;
    const one = InspectionBrowseQuerySchema.safeParse({ kind, [k]: v });
    if (one.success) q[k] = v;
  }
  return InspectionBrowseQuerySchema.parse(q);
}

/** The filters as a query string (the XLSX link). */
export function browseQueryString(q: BrowseQuery): string {
  const params = new URLSearchParams();
  for (const k of FIELDS) if (q[k]) params.set(k, String(q[k]));
  return params.toString();
}
