import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  // The same constant tsup puts into the build (src/version.ts).
  define: { __ANZHI_SDK_VERSION__: JSON.stringify(version) },
  test: {
    // Integration tests start a real server on a SQLite file; the pack test builds and installs
    // the tarball with npm. Generous limits keep them green on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
