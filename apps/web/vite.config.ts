import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    remix({
      // Next to a route module: its loader and action (`*.server.ts`) and the schemas of its forms
      // (`*.form.ts`, shared by the page and the action). Neither is a route of its own.
      ignoredRouteFiles: ["**/.*", "**/*.server.ts", "**/*.form.ts", "**/*.test.ts", "**/*.test.tsx"],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
  // Server-only workspace packages are TypeScript source. The production server build leaves
  // them as imports; server.ts (run under tsx) loads them, so the Remix routes and server.ts share
  // one instance of each (one Prisma client, one router).
  build: {
    rollupOptions: isSsrBuild ? { external: [/^@anzhi\/(api|config|domain|db)(\/.*)?$/] } : {},
  },
  server: { port: 3000 },
}));
