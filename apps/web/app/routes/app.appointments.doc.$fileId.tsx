// GET /app/appointments/doc/:fileId — downloads a signed appointment document of the member's
// organisation.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { downloadResponse } from "../lib/download.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  return downloadResponse(
    await orThrowResponse(caller.appointments.document({ fileId: params.fileId ?? "" })),
    "private, no-store",
  );
}
