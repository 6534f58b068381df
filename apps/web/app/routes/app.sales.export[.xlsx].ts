// GET /app/sales/export.xlsx?from=…&to=…&buyer=… — the 销售台账 for the ledger's filter as
// XLSX (销售台账_<from>_<to>.xlsx).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { saleQueryOf } from "../lib/sellers.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const q = saleQueryOf(new URL(request.url), org.today);
  return downloadResponse(await orThrowResponse(caller.sellers.sales.exportXlsx(q)));
}
