// GET /healthz: the database and this node's job runner in one cheap JSON answer, 503 when the
// database is down or does not answer in time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { handleHealthz } from "./http.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("anzhi-healthz-");
});
afterAll(async () => t?.cleanup());

const jobs = { runner: "in-process", state: "ok", lastRunAt: "2027-03-15T02:00:00.000Z", lastError: null } as const;

describe("/healthz", () => {
  it("reports the database and the job runner", async () => {
    const res = await handleHealthz(jobs, async () => t.db);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "ok", database: "ok", organizations: 0, jobs });
    expect(body.migrations).toBeGreaterThanOrEqual(1);
  });

  it("says the runner is off when this node runs no jobs", async () => {
    const body = (await (await handleHealthz(undefined, async () => t.db)).json()) as { jobs: unknown };
    expect(body.jobs).toEqual({ runner: "off", state: "ok", lastRunAt: null, lastError: null });
  });

  it("answers 503 when the database cannot be reached", async () => {
    const res = await handleHealthz(jobs, () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "error", database: "unavailable", jobs });
  });

  it("answers 503 within its timeout when the database hangs", async () => {
    const started = performance.now();
    const res = await handleHealthz(jobs, () => new Promise(() => {}));
    expect(res.status).toBe(503);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
