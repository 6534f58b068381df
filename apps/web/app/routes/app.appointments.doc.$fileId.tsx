// GET /app/appointments/doc/:fileId — downloads a signed appointment document of the member's
// organisation.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const file = await orThrowResponse(caller.appointments.document({ fileId: params.fileId ?? "" }));
  return new Response(Buffer.from(file.base64, "base64"), {
    headers: {
      "content-type": file.mimeType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
