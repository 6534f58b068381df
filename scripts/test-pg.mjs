#!/usr/bin/env node
// `pnpm test:pg`: the domain, API and SDK suites against a PostgreSQL this script starts itself
// (Debian's binaries through @anzhi/db/pg-server, in a temporary folder, no fsync), one fresh
// database per test file copied from a migrated template (packages/db/src/testing.ts). The
// browser suite stays on SQLite (README, Running on PostgreSQL). Extra arguments go to turbo,
// e.g. `pnpm test:pg -- --filter=@anzhi/domain`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startPgServer } from "../packages/db/src/pg-server.ts";

const port = Number(process.env.ANZHI_TEST_PG_PORT ?? 5441);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "anzhi-test-pg-"));
const server = startPgServer({ dataDir, port, fast: true });
const extra = process.argv.slice(2).filter((a) => a !== "--");
const filters = extra.some((a) => a.startsWith("--filter"))
  ? []
  : ["--filter=@anzhi/db", "--filter=@anzhi/domain", "--filter=@anzhi/api", "--filter=@anzhi/sdk"];
console.log(`[test:pg] PostgreSQL on 127.0.0.1:${port} (${dataDir})`);
let status;
try {
  status =
    // Every query is a round trip to a server instead of a call into SQLite: give each test 30 s.
    spawnSync("pnpm", ["turbo", "run", "test", "--concurrency=1", ...filters, ...extra, "--", "--testTimeout=30000"], {
      stdio: "inherit",
      env: { ...process.env, ANZHI_TEST_DATABASE: server.url },
    }).status ?? 1;
} finally {
  server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
