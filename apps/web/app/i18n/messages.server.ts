// Both locales' message trees, server side only: root's loader picks the request's one.
import type { Locale } from "@anzhi/contracts";
import { en } from "./en.ts";
import { zhCN, type Messages } from "./zh-CN.ts";

const MESSAGES: Record<Locale, Messages> = { "zh-CN": zhCN, en };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
