// Bilingual message catalog: every ErrorCode and every field-validation key, in zh-CN (default)
// and en. Schemas emit keys; UIs, API error bodies and the SDK turn them into text with `t()`.
import { z } from "zod";
import type { ErrorCode } from "./errors";
import { errorMessages, roleNames, type MessagePair } from "./messages/errors";
import { fieldMessages, type FieldMessageKey } from "./messages/fields";
import { DEFAULT_LOCALE, LOCALES } from "./locale";
import type { Role } from "./enums";

export type { FieldMessageKey } from "./messages/fields";
export type { MessagePair } from "./messages/errors";

export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export type MessageKey = ErrorCode | FieldMessageKey;
export type MessageParams = Readonly<Record<string, string | number | readonly (string | number)[]>>;

const catalog: Readonly<Record<MessageKey, MessagePair>> = { ...errorMessages, ...fieldMessages };

export const messageKeys = Object.keys(catalog) as MessageKey[];

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && Object.hasOwn(catalog, value);
}

/** The raw zh-CN/en pair for a key (tests and translators use it). */
export function messagePair(key: MessageKey): MessagePair {
  return catalog[key];
}

/**
 * Text for `key` in `locale`, with `{name}` placeholders filled from `params` (arrays are
 * joined with the locale's list separator). A missing param leaves the placeholder visible.
 * `{roles}` takes role codes and shows their names in the locale ("质量安全总监或质量安全员").
 */
export function t(key: MessageKey, locale: Locale = DEFAULT_LOCALE, params: MessageParams = {}): string {
  const template = catalog[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (name === "roles") {
      const names = [value].flat().map((r) => (Object.hasOwn(roleNames, r) ? roleNames[r as Role][locale] : String(r)));
      return names.join(locale === "zh-CN" ? "或" : " or ");
    }
    if (typeof value === "string" || typeof value === "number") return String(value);
    return value.join(locale === "zh-CN" ? "、" : ", ");
  });
}

/** Identity helper that type-checks a field message key where a schema needs one. */
export function fieldKey<K extends FieldMessageKey>(key: K): K {
  return key;
}

/** Keys used for zod's built-in issue codes when a schema did not set its own key. */
function fallbackKey(issue: z.core.$ZodIssue): FieldMessageKey {
  switch (issue.code) {
    case "invalid_type":
      return issue.message.includes("received undefined") ? "field.required" : "field.invalid_type";
    case "too_small":
      if (issue.origin === "string") return issue.minimum === 1 ? "field.required" : "field.too_short";
      if (issue.origin === "array" || issue.origin === "set") return "field.too_few";
      return "field.too_small";
    case "too_big":
      if (issue.origin === "string") return "field.too_long";
      if (issue.origin === "array" || issue.origin === "set") return "field.too_many";
      return "field.too_big";
    case "invalid_format":
      return "field.invalid_format";
    case "invalid_value":
    case "invalid_union":
      return "field.invalid_option";
    case "unrecognized_keys":
      return "field.unrecognized_keys";
    case "not_multiple_of":
      return "field.not_integer";
    default:
      return "field.invalid";
  }
}

/** Localised text for one zod issue: its own key if a schema set one, else a generic key. */
export function localizeIssue(issue: z.core.$ZodIssue, locale: Locale = DEFAULT_LOCALE): string {
  const params: Record<string, string | number | readonly string[]> = {};
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) {
      if (typeof value === "string" || typeof value === "number") params[name] = value;
    }
  }
  if (issue.code === "too_small") params.minimum = Number(issue.minimum);
  if (issue.code === "too_big") params.maximum = Number(issue.maximum);
  if (issue.code === "unrecognized_keys") params.keys = issue.keys;
  let key = isMessageKey(issue.message) ? issue.message : fallbackKey(issue);
  // An exclusive bound (`.gt(0)`, `.lt(n)`): "at least 0" would be wrong for 0 itself.
  if (issue.code === "too_small" && issue.inclusive === false && key === "field.too_small") key = "field.not_above";
  if (issue.code === "too_big" && issue.inclusive === false && key === "field.too_big") key = "field.not_below";
  return t(key, locale, params);
}

/** `{ "path.to.field": ["message", …] }` for a failed parse, localised (form helpers). */
export function localizeIssues(
  issues: readonly z.core.$ZodIssue[],
  locale: Locale = DEFAULT_LOCALE,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    (out[path] ??= []).push(localizeIssue(issue, locale));
  }
  return out;
}
