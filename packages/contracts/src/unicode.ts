// Storable text. A JSON string may carry an unpaired UTF-16 surrogate ("\ud800"), which no UTF-8
// store can hold, or a NUL ("\u0000"), which PostgreSQL's text type refuses (and a browser shows
// as U+FFFD); edges refuse such input before it reaches a service, on both databases alike.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `text` is well-formed UTF-16 (String.prototype.isWellFormed, ES2024) without a NUL. */
export function isWellFormedText(text: string): boolean {
  return !text.includes("\u0000") && !LONE_SURROGATE.test(text);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The dotted path of the first string (or object key) in a parsed JSON value that is not
 * well-formed, or null. Only arrays and plain objects are entered (never bytes, files or dates),
 * iteratively, so deeply nested input cannot overflow the stack.
 */
export function illFormedTextPath(value: unknown): string | null {
  interface Step {
    value: unknown;
    key: string | null;
    parent: Step | null;
  }
  const pathOf = (step: Step | null, key?: string): string => {
    const keys = key === undefined ? [] : [key];
    for (let s = step; s && s.key !== null; s = s.parent) keys.push(s.key);
    return keys.reverse().join(".");
  };
  const stack: Step[] = [{ value, key: null, parent: null }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    const current = step.value;
    if (typeof current === "string") {
      if (!isWellFormedText(current)) return pathOf(step);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], key: String(i), parent: step });
    } else if (isPlainObject(current)) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        if (!isWellFormedText(key)) return pathOf(step, key);
        stack.push({ value: child, key, parent: step });
      }
    }
  }
  return null;
}
