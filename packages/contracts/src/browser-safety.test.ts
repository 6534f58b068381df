// The package ships to browsers and the SDK: source files may import only these modules.
// (Sources are read through Vite's import.meta.glob, so this test needs no Node APIs itself.)
import { expect, it } from "vitest";

declare global {
  interface ImportMeta {
    glob<T>(patterns: string[], options: { query: "?raw"; import: "default"; eager: true }): Record<string, T>;
  }
}

const sources = import.meta.glob<string>(["./**/*.ts", "!./**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

const ALLOWED = [/^zod$/, /^date-fns$/, /^@date-fns\/tz$/, /^chinese-days\/dist\/chinese-days\.json$/, /^\.\.?\//];

it("non-test sources import only zod, date-fns, @date-fns/tz, chinese-days data and relative files", () => {
  expect(Object.keys(sources).length).toBeGreaterThan(10);
  const offending: string[] = [];
  for (const [file, text] of Object.entries(sources)) {
    for (const match of text.matchAll(/(?:from|import)\s+"([^"]+)"/g)) {
      const specifier = match[1] ?? "";
      if (!ALLOWED.some((re) => re.test(specifier))) offending.push(`${file}: ${specifier}`);
    }
    if (/\bprocess\.|\bBuffer\b|\brequire\(/.test(text)) offending.push(`${file}: Node global`);
  }
  expect(offending).toEqual([]);
});
