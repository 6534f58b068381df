// GET /app/files/:fileId/thumbnail — the thumbnail of a photo of the member's organisation
// (docs/decisions/035); a file without one (not a photo, or an undecodable HEIC) is a 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  return downloadResponse(
    await orThrowResponse(caller.hazards.thumbnail({ fileId: params.fileId ?? "" })),
    "private, max-age=3600",
  );
}
