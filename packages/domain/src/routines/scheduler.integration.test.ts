// startScheduler runs the tick in a worker thread on its own connection: the thread loads our
// TypeScript, ticks right away with the instant read from the given clock, and stops cleanly.
import { createTestDb, testPostgresUrl, type TestDb } from "@anzhi/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { startScheduler } from "./scheduler.ts";

let t: TestDb | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

// On PostgreSQL the worker runs the pg-boss runner instead (real time, its own schedule), which
// jobs/pg-boss.integration.test.ts covers on two nodes; this is the SQLite tick.
describe.skipIf(testPostgresUrl() !== null)("startScheduler (SQLite tick)", () => {
  it("ticks in a worker thread at the clock's instant and stops", async () => {
    t = await createTestDb();
    await t.db.organization.create({
      data: {
        slug: "sched",
        kind: "producer",
        name: "调度测试有限公司",
        uscc: "91320411MA1TEST00X",
        regionCode: "320411",
        address: "常州市新北区",
        employeeCount: 20,
        annualRevenueWanYuan: 900,
        sizeClass: "small",
      },
    });
    const lines: string[] = [];
    const ticked = new Promise<void>((resolve) => {
      const scheduler = startScheduler({
        databaseUrl: t?.url ?? "",
        now: () => new Date("2027-03-15T02:00:00Z"),
        log: (line) => {
          lines.push(line);
          if (line.includes("tick:") || line.includes("failed")) void scheduler.stop().then(resolve);
        },
      });
    });
    await ticked;
    expect(lines.join("\n")).toMatch(/tick: 1 organisations, \d+ reminders/);
    expect(lines.filter((l) => l.includes("failed"))).toEqual([]);
  });
});
