// The streamed HTML must be the bytes of the rendered text and nothing else. React 18.3.1's Node
// renderer encodes into 2,048-byte views and, when a multi-byte character does not fit the end of
// one, flushed the whole view, unwritten zero bytes included (facebook/react#24985, fixed upstream
// in #26228 for React 19 only). In a Chinese page that put NULs into the HTML: the browser showed
// them as U+FFFD inside the text ("有�限公司") until hydration replaced it, and a form posted before
// that would have saved it. `patches/react-dom@18.3.1.patch` applies the upstream fix.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import { Suspense, createElement } from "react";
import type { renderToPipeableStream as Render } from "react-dom/server";
import { describe, expect, it } from "vitest";

// Both builds, whatever NODE_ENV the tests run under: `pnpm start` serves the production one.
const require = createRequire(import.meta.url);
const reactDom = dirname(require.resolve("react-dom/package.json"));
const builds = ["development", "production.min"].map((build) => ({
  build,
  render: (
    require(join(reactDom, `cjs/react-dom-server.node.${build}.js`)) as { renderToPipeableStream: typeof Render }
  ).renderToPipeableStream,
}));

async function streamed(renderToPipeableStream: typeof Render, node: Parameters<typeof Render>[0]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    out.on("end", () => resolve(Buffer.concat(chunks)));
    const { pipe } = renderToPipeableStream(node, { onAllReady: () => pipe(out), onError: reject });
  });
}

describe("server-rendered HTML stream", () => {
  it.each(builds)(
    "carries no zero bytes when Chinese text crosses the encoder's 2 KB views ($build)",
    async ({ render }) => {
      // Lines of 0–2 ASCII letters then 3-byte characters: some character lands on every alignment
      // against a view's end, so at least one straddles a boundary.
      const lines = Array.from({ length: 300 }, (_, i) =>
        createElement("p", { key: i }, `${"a".repeat(i % 3)}一、企业名称：常州锂鸿新能源科技有限公司`),
      );
      const html = await streamed(render, createElement(Suspense, null, createElement("main", null, lines)));
      expect(html.length).toBeGreaterThan(6 * 2048);
      expect(html.indexOf(0)).toBe(-1);
      const text = html.toString("utf8");
      expect(text).not.toContain("\ufffd");
      expect(text.match(/常州锂鸿新能源科技有限公司/g)).toHaveLength(300);
    },
  );
});
