// The UI and message locales, without zod: the browser's root and i18n setup import these, and a
// schema module would pull zod's core into every page's JavaScript. messages.ts builds the
// `Locale` schema from the same tuple.
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
