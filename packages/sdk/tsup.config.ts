import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
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
  clean: true,
  sourcemap: true,
  target: "node18",
  // The shared contracts are bundled so integrators install only @anzhi/sdk.
  noExternal: ["@anzhi/contracts"],
});
