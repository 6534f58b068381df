import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { Locale } from "@anzhi/contracts";
import { localeCookie } from "../lib/locale.server.ts";

/** POST /locale — the language toggle; works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = Locale.safeParse(form.get("locale"));
  const redirectTo = String(form.get("redirectTo") ?? "/");
  if (!locale.success) return new Response("Unsupported locale", { status: 400 });
  const safe = redirectTo.startsWith("/") && !redirectTo.startsWith("//") ? redirectTo : "/";
  return redirect(safe, { headers: { "set-cookie": localeCookie(locale.data) } });
}
