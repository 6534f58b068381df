import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { Locale } from "@anzhi/contracts";
import { localeCookie } from "../lib/locale.server.ts";
import { safeRedirect } from "../lib/safe-redirect.ts";

/** POST /locale — the language toggle; works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = Locale.safeParse(form.get("locale"));
  if (!locale.success) return new Response("Unsupported locale", { status: 400 });
  return redirect(safeRedirect(form.get("redirectTo"), "/"), { headers: { "set-cookie": localeCookie(locale.data) } });
}
