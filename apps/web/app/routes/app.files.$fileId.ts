// GET /app/files/:fileId — an evidence file of the member's organisation (inline for images/PDF).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const file = await orThrowResponse(caller.hazards.file({ fileId: params.fileId ?? "" }));
  return new Response(Buffer.from(file.base64, "base64"), {
    headers: {
      "content-type": file.mimeType,
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
    },
  });
}
