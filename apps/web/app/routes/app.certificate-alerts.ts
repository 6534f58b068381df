// GET /app/certificate-alerts — the dashboard card's data (licences and CCC certificates expired,
// no longer valid, or expiring within 30/90 days), loaded by <CertificateAlerts />.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  return Response.json(await orThrowResponse(caller.certificates.alerts()), {
    headers: { "cache-control": "no-store" },
  });
}
