// GET /app/files/:fileId — an evidence file of the member's organisation (inline for images/PDF).
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
