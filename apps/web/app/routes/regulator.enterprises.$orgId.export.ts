// GET /regulator/enterprises/:orgId/export?ledger=…&format=xlsx|csv&from&to&siteId&productId&result
// — a granted ledger (or ledger=dossier, the enterprise dossier) as XLSX or CSV (UTF-8 with BOM).
// The read is logged with its filters and format; a revoked grant answers 403.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadResponse } from "../lib/download.server.ts";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { parseForm } from "../lib/forms.server.ts";
import { ledgerExportSchema } from "./regulator.enterprises.$orgId._index.form.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const organizationId = params.orgId ?? "";
  const q = new URL(request.url).searchParams;
  const format = q.get("format") === "csv" ? "csv" : "xlsx";
  if (q.get("ledger") === "dossier")
    return downloadResponse(await orThrowResponse(caller.regulator.exportDossier({ organizationId, format })));
  return downloadResponse(
    await orThrowResponse(() => caller.regulator.exportLedger(parseForm(q, ledgerExportSchema(organizationId)))),
  );
}
