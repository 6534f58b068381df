// GET /regulator/enterprises/:orgId/files/:fileId[?size=thumbnail] — a photo of a record the
// regulator may read (a signed daily record's item, a hazard), or its thumbnail; every read is
// logged, and any other file is a 404 (docs/decisions/035).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRegulator } from "../lib/regulator.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const size = new URL(request.url).searchParams.get("size") === "thumbnail" ? "thumbnail" : "full";
  return downloadResponse(
    await orThrowResponse(
      caller.regulator.evidenceFile({ organizationId: params.orgId ?? "", fileId: params.fileId ?? "", size }),
    ),
    "private, no-store",
  );
}
