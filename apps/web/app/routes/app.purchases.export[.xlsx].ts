// GET /app/purchases/export.xlsx?from=…&to=…&supplierId=… — the 进货台账 for the ledger's filter as
// XLSX (进货台账_<from>_<to>.xlsx).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { purchaseQueryOf } from "../lib/sellers.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const q = purchaseQueryOf(new URL(request.url), org.today);
  return downloadResponse(await orThrowResponse(caller.sellers.purchases.exportXlsx(q)));
}
