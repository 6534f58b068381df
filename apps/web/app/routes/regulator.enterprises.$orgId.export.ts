// GET /regulator/enterprises/:orgId/export?ledger=…&format=xlsx|csv&from&to&siteId&productId&result
// — a granted ledger (or ledger=dossier, the enterprise dossier) as XLSX or CSV (UTF-8 with BOM).
// The read is logged with its filters and format; a revoked grant answers 403.
import type { RouterInputs } from "@anzhi/api";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadResponse } from "../lib/download.server.ts";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const organizationId = params.orgId ?? "";
  const q = new URL(request.url).searchParams;
  const format = q.get("format") === "csv" ? "csv" : "xlsx";
  if (q.get("ledger") === "dossier")
    return downloadResponse(await orThrowResponse(caller.regulator.exportDossier({ organizationId, format })));
  const filter: Record<string, string> = {};
  for (const k of ["from", "to", "siteId", "productId", "result"]) {
    const v = q.get(k);
    if (v) filter[k] = v;
  }
  return downloadResponse(
    await orThrowResponse(
      caller.regulator.exportLedger({
        organizationId,
        ledger: q.get("ledger") ?? "",
        filter,
        format,
      } as RouterInputs["regulator"]["exportLedger"]),
    ),
  );
}
