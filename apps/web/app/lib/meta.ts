// Page titles in the reader's language: root's loader carries the request's messages, and a route's
// `meta` reads its title from them (`titles.*`), so the tab shows "Hazard ledger — Anzhi" in
// English mode, not the Chinese title. Print views keep their Chinese titles (the printed document
// is Chinese whatever the UI language).
import type { MetaDescriptor, MetaFunction } from "@remix-run/node";
import type { Messages } from "../i18n/zh-CN.ts";
import { titlesZhCN, type TitleKey } from "../i18n/titles.zh-CN.ts";

type RootData = { messages?: Pick<Messages, "app" | "titles"> } | undefined;

function rootMessages(matches: readonly { id: string; data: unknown }[]) {
  return (matches.find((m) => m.id === "root")?.data as RootData)?.messages;
}

/** "text — 安质" / "text — Anzhi" for the page's matches. */
export function titled(matches: readonly { id: string; data: unknown }[], text: string): string {
  return `${text} — ${rootMessages(matches)?.app.name ?? "安质"}`;
}

/** A route's `meta`: its title by key, plus any other tags (`referrer` on token pages). */
export function pageTitle(key: TitleKey, extra: MetaDescriptor[] = []): MetaFunction {
  return ({ matches }) => [{ title: titled(matches, (rootMessages(matches)?.titles ?? titlesZhCN)[key]) }, ...extra];
}
