// Anzhi's HTTP server: applies pending migrations, seeds demo data on an empty database, then
// serves the Remix app (tRPC at /api/trpc, GET /healthz). `--dev` serves through Vite with HMR.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { initEnv } from "@anzhi/config";
import { bootstrap, startScheduler, systemClock, withRequestScope } from "@anzhi/api";
import { bodyLimit, clientStamp, sameOriginWrites, securityHeaders } from "./server/security.ts";

const dev = process.argv.includes("--dev");
// React and Remix pick their development or production build from NODE_ENV when the server build
// is imported below; unset, `pnpm start` would render with React's development build.
process.env.NODE_ENV ??= dev ? "development" : "production";
const env = initEnv();
const appDir = import.meta.dirname;

const boot = await bootstrap({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.dataDir,
  encryptionKey: env.ANZHI_ENCRYPTION_KEY,
  seedDemo: env.ANZHI_SEED_DEMO === "true",
  now: systemClock(),
});
console.log(
  `[anzhi] database ${env.DATABASE_URL} — ${boot.migrationsTotal} migrations (${boot.migrationsApplied.length} applied now)` +
    (boot.seeded ? ", demo data seeded" : ""),
);
// Reminders for due/overdue routines and the daily certificate check, every 5 minutes.
const scheduler = env.ANZHI_SCHEDULER === "on" ? startScheduler({ databaseUrl: env.DATABASE_URL }) : null;

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", env.ANZHI_TRUST_PROXY);
// The client address for sign-in throttling and the audit trail, set here so a client cannot
// choose it (any incoming x-anzhi-client-ip is overwritten; X-Forwarded-* only from a trusted proxy).
app.use(clientStamp(env.ANZHI_TRUST_PROXY));
app.use(securityHeaders({ dev }));
app.use(sameOriginWrites());
app.use(bodyLimit());
app.use(compression());
// Remix flushes the response after every chunk it streams; with compression each flush ends a
// deflate block, so a page of many small chunks compressed to about 2.7 times gzip's size.
// Coalesce the flushes of one burst into one, after the chunks already available are written:
// deferred data still reaches the browser as soon as it resolves.
app.use((_req, res, next) => {
  const flushable = res as typeof res & { flush?: () => void };
  const flush = flushable.flush;
  if (typeof flush === "function") {
    let scheduled = false;
    flushable.flush = () => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        if (!res.writableEnded) flush.call(res);
      });
    };
  }
  next();
});

let build: ServerBuild | (() => Promise<ServerBuild>);
if (dev) {
  const vite = await import("vite");
  const viteServer = await vite.createServer({ root: appDir, server: { middlewareMode: true } });
  app.use(viteServer.middlewares);
  build = () => viteServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
} else {
  const clientDir = path.join(appDir, "build/client");
  app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(clientDir, { maxAge: "1h" }));
  build = (await import(pathToFileURL(path.join(appDir, "build/server/index.js")).href)) as ServerBuild;
}

const remix = createRequestHandler({
  build,
  mode: dev ? "development" : "production",
  getLoadContext: (_req, res) => ({ cspNonce: String(res.locals.cspNonce ?? "") }),
});
// One request scope per HTTP request: its loaders read the session and membership once.
app.all("*", (req, res, next) => withRequestScope(() => remix(req, res, next)));

const server = app.listen(env.PORT, env.HOST, () => {
  console.log(`[anzhi] listening on http://localhost:${env.PORT} (health: http://localhost:${env.PORT}/healthz)`);
  if (boot.logins.length > 0) {
    console.log("[anzhi] demo logins:");
    for (const l of boot.logins)
      console.log(`  ${l.org.padEnd(28)} ${l.email.padEnd(40)} ${l.password}  (${l.roles.join(", ")})`);
  }
});

function shutdown() {
  void scheduler?.stop();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
