// End-to-end harness: starts the real server (production build, fresh data folder in a temp
// folder, random port) and a headless Debian Chromium driven by playwright-core. The database is a
// SQLite file in that folder, or — when ANZHI_TEST_DATABASE names a PostgreSQL server (`pnpm
// test:pg`) — a fresh database on it, copied from the migrated template and dropped afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { closeAllDbs, getDb, type Db } from "@anzhi/db";
import { createPostgresTestDatabase, testPostgresUrl } from "@anzhi/db/testing";

const webDir = path.resolve(import.meta.dirname, "../..");

/** The data a server runs on: its data folder (files) and its database. */
export interface TestData {
  dataDir: string;
  /** DATABASE_URL: the SQLite file in `dataDir`, or a database of its own on PostgreSQL. */
  databaseUrl: string;
  /** Deletes the folder and drops the database. */
  remove: () => Promise<void>;
}

/**
 * The database of `data`, for a test that must write rows the product no longer writes (an
 * installation upgraded from an earlier version); close with `closeTestDbs()` before `remove()`.
 */
export function testDatabase(data: TestData): Promise<Db> {
  return getDb(data.databaseUrl);
}

export const closeTestDbs = closeAllDbs;

/** Fresh, empty data: the server migrates the database and seeds the demo on it when it starts. */
export async function createTestData(): Promise<TestData> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "anzhi-e2e-"));
  const server = testPostgresUrl();
  const database = server
    ? await createPostgresTestDatabase(server)
    : { url: `file:${path.join(dataDir, "anzhi.db")}`, drop: async () => {} };
  return {
    dataDir,
    databaseUrl: database.url,
    remove: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    },
  };
}

export interface RunningServer extends Omit<TestData, "remove"> {
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface ServerOptions {
  /**
   * Run the server as if it were this instant (the clock then runs on from it): the whole process
   * — seed, loaders, procedures, scheduler — sees it, through Debian's libfaketime (`.ci/run` and
   * `scripts/ensure-test-tools.mjs` install it). The browser keeps its own clock.
   */
  at?: Date;
  /**
   * Run on this data (createTestData) instead of fresh data, to run the same data on at a later
   * instant; `stop()` then leaves it in place for the next server.
   */
  data?: TestData;
}

/**
 * The environment that starts a process's clock at `at` and lets it run on: libfaketime preloaded
 * directly into the server (not through the `faketime` wrapper, which would sit between the test
 * and the server and not pass SIGTERM on). `$LIB` is expanded by the dynamic loader.
 */
function fakeTimeEnv(at: Date): Record<string, string> {
  if (!existsSync("/usr/bin/faketime"))
    throw new Error("faketime not found: run scripts/ensure-test-tools.mjs (Debian: apt-get install -y faketime)");
  return {
    LD_PRELOAD: "/usr/$LIB/faketime/libfaketime.so.1",
    FAKETIME: `@${at.toISOString().slice(0, 19).replace("T", " ")}`,
    TZ: "UTC",
  };
}

export async function startServer(env: Record<string, string> = {}, opts: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(path.join(webDir, "build/server/index.js"))) {
    throw new Error("apps/web is not built: run `pnpm --filter @anzhi/web build` (turbo does it before `test`)");
  }
  const port = await freePort();
  const data = opts.data ?? (await createTestData());
  let log = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: webDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      ANZHI_DATA_DIR: data.dataDir,
      DATABASE_URL: data.databaseUrl,
      ...(opts.at ? fakeTimeEnv(opts.at) : {}),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    if (!opts.data) await data.remove();
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    const failure =
      child.exitCode !== null
        ? `server exited early (${child.exitCode})`
        : Date.now() > deadline
          ? "server did not become healthy"
          : null;
    if (failure) {
      await stop();
      throw new Error(`${failure}:\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, dataDir: data.dataDir, databaseUrl: data.databaseUrl, output: () => log, stop };
}

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  const found = candidates.find((p): p is string => typeof p === "string" && existsSync(p));
  if (!found) throw new Error("Chromium not found: run scripts/ensure-test-tools.mjs or set CHROMIUM_PATH");
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1366, height: 900 } };
