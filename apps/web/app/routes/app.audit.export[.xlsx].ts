// GET /app/audit/export.xlsx?actorUserId=&entityType=&entityId=&from=&to= — the audit trail of the
// same filter as /app/audit, as XLSX with the chain's head (admins and the principal).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { auditFilterOf } from "../lib/audit.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const file = await orThrowResponse(caller.audit.exportXlsx(auditFilterOf(new URL(request.url).searchParams)));
  return downloadResponse(file);
}
