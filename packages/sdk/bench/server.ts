// Benchmark server process: a fresh, migrated SQLite file behind the real v1 HTTP handler,
// with one organisation (professional plan) and a write key. Prints one JSON line when ready.
import { createTestDb } from "@anzhi/db/testing";
import { startV1Server } from "@anzhi/api/v1/node-server";
import { createIngestFixture } from "@anzhi/api/v1/testing";
import { RateLimiter } from "@anzhi/api/v1/rate-limit";

const t = await createTestDb("anzhi-bench-server-");
const fixture = await createIngestFixture(t.db, { slug: "bench", plan: "professional" });
const key = await fixture.key(["records:write", "records:read"], { name: "bench" });
// The benchmark measures ingest throughput, not the plan's request budget.
const unlimited = new RateLimiter({
  free: { ratePerSecond: 1e6, burst: 1e6 },
  standard: { ratePerSecond: 1e6, burst: 1e6 },
  professional: { ratePerSecond: 1e6, burst: 1e6 },
});
const server = await startV1Server({ db: t.db, rateLimiter: unlimited });
console.log(JSON.stringify({ url: server.url, key, file: t.file }));

const stop = async () => {
  await server.close();
  await t.cleanup();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
