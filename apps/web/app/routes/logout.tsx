// POST /logout ends the session and clears the cookie; GET just goes home (no sign-out by link).
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { callerForRequest } from "../lib/trpc.server.ts";

export async function action({ request }: ActionFunctionArgs) {
  const resHeaders = new Headers();
  const caller = await callerForRequest(request, resHeaders);
  await caller.auth.logout();
  return redirect("/login?loggedOut=1", { headers: resHeaders });
}

export function loader() {
  return redirect("/");
}
