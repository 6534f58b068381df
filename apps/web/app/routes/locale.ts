import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "../i18n/index.ts";
import { localeCookie } from "../lib/locale.server.ts";

/** POST /locale — the language toggle; works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  const redirectTo = String(form.get("redirectTo") ?? "/");
  if (!isLocale(locale)) return new Response("Unsupported locale", { status: 400 });
  const safe = redirectTo.startsWith("/") && !redirectTo.startsWith("//") ? redirectTo : "/";
  return redirect(safe, { headers: { "set-cookie": localeCookie(locale) } });
}
