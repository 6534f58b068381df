// GET /app/monthly/export.xlsx?from=YYYY-MM-DD&to=YYYY-MM-DD — the monthly scheduling ledger as XLSX
// (月调度台账_<from>_<to>.xlsx, RFC 5987 file name).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const params = new URL(request.url).searchParams;
  return downloadResponse(
    await orThrowResponse(
      caller.routines.monthly.exportXlsx({ from: params.get("from") ?? "", to: params.get("to") ?? "" }),
    ),
  );
}
