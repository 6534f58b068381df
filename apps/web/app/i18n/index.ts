// The web app's i18next setup. Messages are loaded on the server for the request's locale
// (`messages.server.ts`) and reach the browser as root loader data, so the client bundle holds
// neither locale's tree and a page ships only the active one.
import i18next, { type i18n, type ParseKeys } from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LOCALE, type Locale } from "@anzhi/contracts";
import type { Messages } from "./zh-CN.ts";

/** Every message key ("hazard.statuses.open"); `t` accepts only these (see i18next.d.ts). */
export type MessageKey = ParseKeys;

/** The keys under `group` ("hazard.statuses" → "open" | "rectifying" | …), to type a label picked by a stored value. */
export type KeyIn<G extends string> = MessageKey extends infer K
  ? K extends `${G}.${infer Rest}`
    ? Rest
    : never
  : never;

/** A fresh i18next instance per render (server) or per page load (browser) over one locale's messages
 * (none when root's loader data is missing: keys then show as themselves). */
export function createI18n(lng: Locale, messages: Messages | undefined): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: DEFAULT_LOCALE,
    resources: messages ? { [lng]: { translation: messages } } : {},
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
