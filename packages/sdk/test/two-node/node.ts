// One web node for the two-node test (two-node.pg.integration.test.ts), run as a child process so
// the test can SIGKILL it: what apps/web/server.ts does at start on PostgreSQL — bootstrap (the
// in-process migrator, the audit chains), the scheduler's worker with its pg-boss runner — with the
// public API served by the v1 handler the web app mounts under /api/v1 (the Remix build is not
// needed for it). SIGTERM stops it as server.ts does.
//   node --import tsx node.ts <postgresql url> <port> <scheduler period in s> <data folder> <name>
import { bootstrap } from "@anzhi/domain/system/bootstrap";
import { startScheduler } from "@anzhi/domain/routines/scheduler";
import { startV1Server } from "@anzhi/api/v1/node-server";

const [databaseUrl, port, period, dataDir, name] = process.argv.slice(2);
if (!databaseUrl || !port || !period || !dataDir || !name)
  throw new Error("usage: node.ts <url> <port> <period s> <data folder> <name>");
// Both nodes get the same key, as two nodes behind a proxy do (README, Several web nodes).
const encryptionKey = process.env.ANZHI_ENCRYPTION_KEY;
const boot = await bootstrap({ databaseUrl, dataDir, encryptionKey, seedDemo: false, now: new Date() });
const scheduler = startScheduler({
  databaseUrl,
  delivery: { dataDir, encryptionKey },
  intervalMs: Number(period) * 1000,
  log: (line) => console.log(`${name} ${line}`),
});
const server = await startV1Server({ db: boot.db, port: Number(port) });
console.log(`${name} ready ${server.url}`);
process.on("SIGTERM", () => {
  void Promise.all([scheduler.stop(), server.close()]).then(() => process.exit(0));
});
