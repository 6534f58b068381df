import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

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
    // The service worker (docs/decisions/034), client build only: the built JS/CSS and icons are
    // precached; the officer's 今日检查 (its page and its data) is network-first, so it opens from the
    // last copy when there is no network. public/manifest.webmanifest stays the manifest; the page
    // registers /sw.js itself (no HTML entry to inject into).
    ...(isSsrBuild
      ? []
      : [
          VitePWA({
            injectRegister: false,
            manifest: false,
            registerType: "autoUpdate",
            workbox: {
              globPatterns: ["assets/**/*.{js,css}", "*.{png,svg,ico,webmanifest}"],
              navigateFallback: null,
              clientsClaim: true,
              skipWaiting: true,
              runtimeCaching: [
                {
                  urlPattern: ({ url }) => url.pathname === "/app/today" || url.pathname === "/app/today.data",
                  handler: "NetworkFirst",
                  method: "GET",
                  options: {
                    cacheName: "anzhi-today",
                    networkTimeoutSeconds: 5,
                    expiration: { maxEntries: 20 },
                    // Only the page itself: never a sign-in page the request was redirected to.
                    plugins: [
                      {
                        cacheWillUpdate: async ({ response }) =>
                          response.status === 200 && !response.redirected ? response : null,
                      },
                    ],
                  },
                },
                {
                  // The installed app starts at /app; with no network it goes on to the kept 今日检查.
                  urlPattern: ({ request, url }) => request.mode === "navigate" && url.pathname === "/app",
                  handler: "NetworkOnly",
                  options: {
                    plugins: [{ handlerDidError: async () => Response.redirect("/app/today", 302) }],
                  },
                },
              ],
            },
          }),
        ]),
  ],
  // Server-only workspace packages are TypeScript source. The production server build leaves
  // them as imports; server.ts (run under tsx) loads them, so the Remix routes and server.ts share
  // one instance of each (one Prisma client, one router).
  build: {
    rollupOptions: isSsrBuild ? { external: [/^@anzhi\/(api|config|domain|db)(\/.*)?$/] } : {},
  },
  server: { port: 3000 },
}));
