import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Run in a zone far from China so any accidental use of the host's zone shows up as a failure.
    env: { TZ: "America/Los_Angeles" },
  },
});
