import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node18",
  // The shared contracts are bundled so integrators install only @anzhi/sdk.
  noExternal: ["@anzhi/contracts"],
});
