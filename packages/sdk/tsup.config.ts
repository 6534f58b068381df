import { readFileSync, rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

// Two builds from one clean dist/ (cleaned here, not by tsup: the builds run at the same time).
rmSync(new URL("./dist", import.meta.url), { recursive: true, force: true });

const common: Options = {
  format: ["esm", "cjs"],
  define: { __ANZHI_SDK_VERSION__: JSON.stringify(version) },
  // The v1 router type and the shared contracts are inlined into the .d.ts, so integrators
  // install only @anzhi/sdk (plus its runtime deps @trpc/client, @trpc/server and zod).
  dts: {
    compilerOptions: {
      paths: {
        "@anzhi/contracts": ["../contracts/src/index.ts"],
        "@anzhi/contracts/*": ["../contracts/src/*.ts"],
        "@anzhi/api/*": ["../api/src/*.ts"],
        "@anzhi/domain/*": ["../domain/src/*.ts"],
        "@anzhi/db": ["../db/src/index.ts"],
      },
    },
  },
  // Minified (exported names and the errors' `name`s survive; the source maps ship alongside):
  // ~30 % less gzip than whitespace-only, which keeps the main entry inside its budget.
  minify: true,
  sourcemap: true,
  target: "node18",
  // The shared contracts are bundled so integrators install only @anzhi/sdk.
  noExternal: ["@anzhi/contracts"],
};

export default defineConfig([
  {
    ...common,
    // The product catalogue (~100 KB of JSON) is its own entry, @anzhi/sdk/catalog, so the main
    // bundle stays under the size budget in README.md for integrators who only push records.
    entry: ["src/index.ts", "src/catalog.ts"],
    // No shared chunk between the two: the main entry is one file, gzipped as one (a chunk gzipped
    // on its own costs its own dictionary), and @anzhi/sdk/catalog carries its few shared helpers.
    splitting: false,
  },
  {
    ...common,
    // The ERP connectors (@anzhi/sdk/connectors/kingdee, …/yonyou) are a build of their own: sharing
    // chunks with the main entry would split its code into more, separately gzipped files and push
    // it over its budget. They bundle the few schemas they validate with.
    entry: { "connectors/kingdee": "src/connectors/kingdee.ts", "connectors/yonyou": "src/connectors/yonyou.ts" },
  },
]);
