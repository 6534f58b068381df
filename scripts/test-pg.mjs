#!/usr/bin/env node
// `pnpm test:pg`: the db, domain, API, SDK and browser suites against a PostgreSQL this script
// starts itself (Debian's binaries through @anzhi/db/pg-server, in a temporary folder, no fsync),
// one fresh database per test file copied from a migrated template (packages/db/src/testing.ts;
// the browser suite's servers each get one through tests/e2e/harness.ts). Extra arguments go to
// turbo, e.g. `pnpm test:pg -- --filter=@anzhi/domain`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startPgServer } from "../packages/db/src/pg-server.ts";

const port = Number(process.env.ANZHI_TEST_PG_PORT ?? 5441);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "anzhi-test-pg-"));
const server = startPgServer({ dataDir, port, fast: true });
const extra = process.argv.slice(2).filter((a) => a !== "--");
const named = extra.filter((a) => a.startsWith("--filter="));
const others = extra.filter((a) => !a.startsWith("--filter="));
const filters = named.length
  ? named
  : [
      "--filter=@anzhi/db",
      "--filter=@anzhi/domain",
      "--filter=@anzhi/api",
      "--filter=@anzhi/sdk",
      "--filter=@anzhi/web",
    ];
const WEB = "--filter=@anzhi/web";
const turbo = (selected, vitestArgs) =>
  spawnSync("pnpm", ["turbo", "run", "test", "--concurrency=1", ...selected, ...others, "--", ...vitestArgs], {
    stdio: "inherit",
    env: { ...process.env, ANZHI_TEST_DATABASE: server.url },
  }).status ?? 1;
console.log(`[test:pg] PostgreSQL on 127.0.0.1:${port} (${dataDir})`);
let status = 0;
try {
  const suites = filters.filter((f) => f !== WEB);
  // Every query is a round trip to a server instead of a call into SQLite: give each test 30 s.
  if (suites.length) status = turbo(suites, ["--testTimeout=30000"]);
  // The browser suite (turbo builds the web app first) keeps its own, longer timeouts.
  if (status === 0 && filters.includes(WEB)) status = turbo([WEB], []);
} finally {
  server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
