// A local PostgreSQL from Debian's binaries (`apt-get install postgresql`), for `pnpm pg:up` and the
// test suites' PostgreSQL runs. `initdb` refuses to run as root, so as root the cluster is created
// and started as the `postgres` user (its data folder is handed to that user). No Docker, no
// download: the binaries are found under /usr/lib/postgresql/<major>/bin or on PATH.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export interface PgServer {
  /** `postgresql://` URL of the `postgres` database on this server. */
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server (fast shutdown); the data folder stays. */
  stop: () => void;
}

export function pgBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const majors = readdirSync(root)
      .filter((d) => /^\d+$/.test(d) && Number(d) >= 15)
      .sort((a, b) => Number(b) - Number(a));
    for (const m of majors) {
      const bin = path.join(root, m, "bin");
      if (existsSync(path.join(bin, "initdb"))) return bin;
    }
  }
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  return which.status === 0 ? path.dirname(which.stdout.trim()) : null;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function run(bin: string, args: string[], options: { quiet?: boolean } = {}): string {
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  return execFileSync(cmd, argv, { encoding: "utf8", stdio: ["ignore", "pipe", options.quiet ? "pipe" : "inherit"] });
}

function handToPostgres(dir: string): void {
  if (!isRoot) return;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  chownSync(dir, uid, gid);
}

/**
 * Creates (first time) and starts a PostgreSQL cluster in `dataDir` listening on 127.0.0.1:`port`
 * with trust authentication for local connections, and returns its URL. Idempotent: a cluster that
 * is already running there is reused.
 */
export function startPgServer(options: {
  dataDir: string;
  port: number;
  /** tests: no fsync */ fast?: boolean;
}): PgServer {
  const bin = pgBinDir();
  if (!bin) {
    throw new Error(
      "PostgreSQL binaries not found. Install them (Debian/Ubuntu: `apt-get install -y postgresql`) or put initdb and pg_ctl on PATH.",
    );
  }
  const dataDir = path.resolve(options.dataDir);
  const { port } = options;
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    handToPostgres(dataDir);
    run(path.join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], {
      quiet: true,
    });
  }
  const socketDir = path.join(dataDir, "socket");
  mkdirSync(socketDir, { recursive: true });
  handToPostgres(socketDir);
  const status = spawnSync(isRoot ? "runuser" : path.join(bin, "pg_ctl"), [
    ...(isRoot ? ["-u", "postgres", "--", path.join(bin, "pg_ctl")] : []),
    "status",
    "-D",
    dataDir,
  ]);
  if (status.status !== 0) {
    const log = path.join(dataDir, "server.log");
    if (!existsSync(log)) {
      writeFileSync(log, "");
      handToPostgres(log);
    }
    run(
      path.join(bin, "pg_ctl"),
      [
        "start",
        "-w",
        "-D",
        dataDir,
        "-l",
        log,
        "-o",
        `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c max_connections=200${options.fast ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : ""}`,
      ],
      { quiet: true },
    );
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: () => {
      run(path.join(bin, "pg_ctl"), ["stop", "-m", "fast", "-D", dataDir], { quiet: true });
    },
  };
}

/** A TCP port on 127.0.0.1 that nothing listens on now (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A server of a test's own (no fsync) in a new temporary folder on a free port, so suites that
 * start one can run side by side; `stop()` also deletes the folder.
 */
export async function startThrowawayPgServer(prefix: string): Promise<PgServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    const server = startPgServer({ dataDir, port: await freePort(), fast: true });
    return {
      ...server,
      stop: () => {
        try {
          server.stop();
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
