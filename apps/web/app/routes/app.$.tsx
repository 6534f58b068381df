// Unknown URLs under /app: a 404 inside the shell, with the navigation kept (the site-wide `$.tsx`
// would drop it). Anonymous visitors are sent to sign in first, as on every /app page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../lib/auth.server.ts";
import { errorPage } from "../lib/trpc.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireMember(request);
  throw errorPage("NOT_FOUND");
}

export default function AppNotFound() {
  return null;
}
