// GET /app/risk-list/export?v=N — the list as XLSX (风险管控清单-vN.xlsx, RFC 5987 filename*).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildRiskListXlsx, xlsxFileName, XLSX_CONTENT_TYPE } from "@anzhi/api/risk-list-xlsx";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const v = Number(new URL(request.url).searchParams.get("v"));
  const doc = await orThrowResponse(caller.riskList.get(Number.isInteger(v) && v > 0 ? { version: v } : undefined));
  if (!doc.version) throw new Response("Not found", { status: 404 });
  return downloadResponse({
    bytes: await buildRiskListXlsx(doc),
    contentType: XLSX_CONTENT_TYPE,
    contentDisposition: xlsxFileName(doc.version.version).contentDisposition,
  });
}
