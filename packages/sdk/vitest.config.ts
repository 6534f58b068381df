import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  // The same constant tsup puts into the build (src/version.ts).
  define: { __ANZHI_SDK_VERSION__: JSON.stringify(version) },
  // The examples import the package by name (as an integrator's code does); the tests run them
  // against the sources, the pack test against the packed tarball.
  resolve: {
    alias: [
      {
        find: /^@anzhi\/sdk\/connectors\/(kingdee|yonyou)$/,
        replacement: fileURLToPath(new URL("./src/connectors/$1.ts", import.meta.url)),
      },
      { find: /^@anzhi\/sdk$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
  test: {
    // Integration tests start a real server on a SQLite file; the pack test builds and installs
    // the tarball with npm. Generous limits keep them green on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
