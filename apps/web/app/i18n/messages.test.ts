// Both locales hold the same keys, every message is non-empty, and a translation uses the same
// {{placeholders}} as the original. (en.ts is typed against zh-CN.ts too; this also catches keys
// added through a cast or a spread that the type check lets through.)
import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { messagesFor } from "./messages.server.ts";
import { zhCN } from "./zh-CN.ts";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("messages", () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it("has every zh-CN key in en and every en key in zh-CN", () => {
    expect([...zh.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !zh.has(k))).toEqual([]);
  });

  it("has no empty message", () => {
    expect([...zh, ...english].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
  });

  it("uses the same placeholders in both locales", () => {
    const differing = [...zh]
      .filter(([k, v]) => english.has(k) && placeholders(v).join() !== placeholders(english.get(k) ?? "").join())
      .map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it("serves each locale its own tree", () => {
    expect(messagesFor("zh-CN")).toBe(zhCN);
    expect(messagesFor("en")).toBe(en);
  });
});
