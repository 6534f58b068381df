// GET /app/proposals/export.xlsx?from=&to= — the 履职记录 ledger as XLSX (RFC 5987 file name).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const params = new URL(request.url).searchParams;
  return downloadResponse(
    await orThrowResponse(caller.proposals.exportXlsx({ from: params.get("from") ?? "", to: params.get("to") ?? "" })),
  );
}
