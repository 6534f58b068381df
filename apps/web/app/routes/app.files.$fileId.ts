// GET /app/files/:fileId — an evidence file of the member's organisation (photos shown in place, PDFs and
// anything else saved; the download CSP lets neither run anything).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  return downloadResponse(
    await orThrowResponse(caller.hazards.file({ fileId: params.fileId ?? "" })),
    "private, max-age=3600",
  );
}
