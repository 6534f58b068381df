import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Integration tests start a real server on a SQLite file; the pack test builds and installs
    // the tarball with npm. Generous limits keep them green on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
