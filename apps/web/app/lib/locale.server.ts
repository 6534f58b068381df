import { localeFromRequest } from "@anzhi/api";
import type { Locale } from "@anzhi/contracts";

/** The UI language: Chinese unless the toggle set the `lng` cookie to English. */
export function getLocale(request: Request): Locale {
  return localeFromRequest(request.headers);
}

export function localeCookie(locale: Locale): string {
  return `lng=${encodeURIComponent(locale)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
