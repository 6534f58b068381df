// GET /app/inspections/export.xlsx?kind=…&result=…&from=…&to=…&productId=…&supplierId=… — the
// inspection records of the page's filter as XLSX (records and their test lines).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { InspectionKind } from "@anzhi/contracts";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { browseQueryOf } from "../lib/inspections.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const url = new URL(request.url);
  const kind = InspectionKind.catch("outgoing").parse(url.searchParams.get("kind"));
  return downloadResponse(await orThrowResponse(caller.inspections.exportXlsx(browseQueryOf(url, kind))));
}
