// GET /app/hazards/export.xlsx?from=YYYY-MM-DD&to=YYYY-MM-DD — the hazard ledger as XLSX, with an
// RFC 5987 file name (隐患台账_<from>_<to>.xlsx).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const params = new URL(request.url).searchParams;
  const file = await orThrowResponse(
    caller.hazards.exportXlsx({ from: params.get("from") ?? "", to: params.get("to") ?? "" }),
  );
  return downloadResponse(file);
}
