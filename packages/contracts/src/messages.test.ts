import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ErrorCode } from "./errors";
import { WEBHOOK_EVENT_TYPES } from "./schemas/webhook";
import { isMessageKey, localizeIssue, localizeIssues, messageKeys, messagePair, t } from "./messages";

declare global {
  interface ImportMeta {
    glob<T>(patterns: string[], options: { query: "?raw"; import: "default"; eager: true }): Record<string, T>;
  }
}

/** Non-test sources outside the catalog itself, read through Vite (no Node APIs needed). */
const sources = import.meta.glob<string>(["./**/*.ts", "!./**/*.test.ts", "!./messages.ts", "!./messages/**"], {
  query: "?raw",
  import: "default",
  eager: true,
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalog", () => {
  it("has every error code", () => {
    for (const code of ErrorCode.options) expect(isMessageKey(code), code).toBe(true);
  });

  it.each(messageKeys)("%s has zh-CN and en text with the same placeholders", (key) => {
    const pair = messagePair(key);
    expect(pair["zh-CN"].trim()).not.toBe("");
    expect(pair.en.trim()).not.toBe("");
    expect(pair["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    expect(placeholders(pair["zh-CN"])).toEqual(placeholders(pair.en));
  });

  it("every message key written in the source exists in the catalog", () => {
    const keyLike =
      /"((?:field|uscc|licence_no|ccc_no|region_code|resident_id|date|datetime|week_key|month_key|timezone|code|org|product|catalog|risk_item|hazard|daily|weekly|inspection|sampling|grant)\.[a-z_]+)"/g;
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(keyLike)) used.add(match[1] ?? "");
    }
    expect(used.size).toBeGreaterThan(30);
    // Webhook event types ("hazard.opened", …) look like keys but are wire names, not messages.
    const wireNames = new Set<string>(WEBHOOK_EVENT_TYPES);
    expect([...used].filter((key) => !isMessageKey(key) && !wireNames.has(key))).toEqual([]);
  });

  it("no refinement uses a key with placeholders it cannot fill (they would show as {minimum})", () => {
    const refinement = /\.refine\([\s\S]*?\{\s*error:\s*"([\w.]+)"([^}]*)\}/g;
    const unfilled: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(refinement)) {
        const key = match[1] ?? "";
        if (isMessageKey(key) && placeholders(messagePair(key).en).length > 0 && !/params/.test(match[2] ?? ""))
          unfilled.push(`${file}: ${key}`);
      }
    }
    expect(unfilled).toEqual([]);
  });
});

describe("t", () => {
  it("defaults to zh-CN and fills placeholders", () => {
    expect(t("uscc.check_digit", undefined, { expected: "3" })).toBe("校验位错误，应为 3");
    expect(t("uscc.check_digit", "en", { expected: "3" })).toBe("Wrong check character, expected 3");
  });

  it("joins list params per locale and keeps unknown placeholders visible", () => {
    expect(t("PRODUCT_GROUP_UNKNOWN", "zh-CN", { ids: ["a", "b"] })).toBe("未知的产品类别：a、b");
    expect(t("PRODUCT_GROUP_UNKNOWN", "en", { ids: ["a", "b"] })).toBe("Unknown product group: a, b");
    expect(t("PRODUCT_GROUP_UNKNOWN", "en")).toBe("Unknown product group: {ids}");
  });
});

describe("localizeIssue", () => {
  it("maps zod's built-in issues to generic keys with their bounds", () => {
    const schema = z.strictObject({ name: z.string().max(3), tags: z.array(z.string()).min(2), n: z.number() });
    const result = schema.safeParse({ name: "abcd", tags: [], extra: 1 });
    expect(result.success).toBe(false);
    const byPath = localizeIssues(result.error?.issues ?? [], "en");
    expect(byPath).toEqual({
      name: ["At most 3 characters"],
      tags: ["At least 2 items"],
      n: ["Required"],
      "": ["Unknown fields: extra"],
    });
  });

  it("fills the bound of every numeric refusal, exclusive bounds included, in both locales", async () => {
    const { IncomingInspectionUpsertSchema } = await import("./schemas/inspection");
    const messages = (quantity: unknown, locale: "zh-CN" | "en") =>
      (IncomingInspectionUpsertSchema.safeParse({ quantity }).error?.issues ?? [])
        .filter((i) => i.path.join(".") === "quantity")
        .map((i) => localizeIssue(i, locale));
    expect(messages(0, "zh-CN")).toEqual(["必须大于 0"]);
    expect(messages(0, "en")).toEqual(["Must be greater than 0"]);
    expect(messages(-5, "zh-CN")).toEqual(["必须大于 0"]);
    expect(messages(2e12, "zh-CN")).toEqual(["不能大于 1000000000000"]);
    expect(messages(2e12, "en")).toEqual(["Must be at most 1000000000000"]);
    const exclusiveMax = z.number().lt(10).safeParse(10).error?.issues[0];
    expect(exclusiveMax && localizeIssue(exclusiveMax, "en")).toBe("Must be less than 10");
    expect(exclusiveMax && localizeIssue(exclusiveMax, "zh-CN")).toBe("必须小于 10");
  });

  it("uses a schema's own key and params", () => {
    const schema = z.string().superRefine((_, ctx) => {
      ctx.addIssue({ code: "custom", message: "ccc_no.year", params: { min: 2002, max: 2026 } });
    });
    const [issue] = schema.safeParse("x").error?.issues ?? [];
    expect(issue && localizeIssue(issue, "zh-CN")).toBe("CCC 证书编号前 4 位年份应在 2002–2026 之间");
  });
});

describe("role refusals", () => {
  it("name the roles that may act in the reader's language, never as codes", () => {
    expect(t("ROLE_REQUIRED", "zh-CN", { roles: ["director"] })).toBe("此操作需要质量安全总监岗位");
    expect(t("ROLE_REQUIRED", "zh-CN", { roles: ["director", "officer"] })).toBe(
      "此操作需要质量安全总监或质量安全员岗位",
    );
    expect(t("ROLE_REQUIRED", "en", { roles: ["principal", "director"] })).toBe(
      "This action needs the principal or quality-safety director role",
    );
    expect(t("ADMIN_REQUIRED", "zh-CN")).not.toMatch(/[A-Za-z]/);
  });
});
