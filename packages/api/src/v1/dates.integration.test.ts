// Implausible instants (year 0000 or 9999) are refused with a clear reason on the ERP API — one
// record in a batch, or the single push — and nothing is stored for them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiErrorBody } from "@anzhi/contracts";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createV1Handler } from "./http.ts";
import { createIngestFixture } from "./testing.ts";

let t: TestDb;
let handle: (request: Request) => Promise<Response>;
let key: string;

beforeAll(async () => {
  t = await createTestDb("anzhi-v1-dates-");
  handle = createV1Handler({ db: t.db });
  key = await (await createIngestFixture(t.db, { slug: "v1-dates" })).key(["records:read", "records:write"]);
});
afterAll(async () => t?.cleanup());

const record = (externalId: string, inspectedAt: string) => ({
  externalId,
  materialName: "纯镍带",
  specModel: "N6 0.15×8 mm",
  batchNo: `NI-${externalId}`,
  supplierExternalId: "V-0042",
  quantity: 120,
  unit: "kg",
  receiptDate: "2026-11-20",
  inspectedAt,
  result: "pass",
  inspector: "刘洋",
  standardNo: "GB/T 2072-2020",
  lines: [{ item: "厚度", requirement: "0.15±0.01 mm", measured: "0.151", unit: "mm", result: "pass" }],
});

function post(path: string, body: unknown, lang = "en") {
  return handle(
    new Request(`http://localhost/api/v1${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "accept-language": lang },
      body: JSON.stringify(body),
    }),
  );
}

describe("v1 timestamps", () => {
  it("rejects year 9999 and year 0000 records of a batch by field, storing only the plausible one", async () => {
    const res = await post("/inspections/incoming/batch", {
      records: [
        record("D-1", "9999-12-31T23:00:00-05:00"),
        record("D-2", "0000-01-01T00:00:00Z"),
        record("D-3", "2026-11-21T01:30:00+08:00"),
      ],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      results: { status: string; issues?: { path: string; message: string }[] }[];
    };
    expect(body.results.map((r) => r.status)).toEqual(["rejected", "rejected", "created"]);
    for (const r of body.results.slice(0, 2))
      expect(r.issues).toContainEqual(
        expect.objectContaining({ path: "inspectedAt", message: "The time must be between 2000-01-01 and 2099-12-31" }),
      );
    expect(await t.db.inspectionRecord.count()).toBe(1);
  });

  it("answers 400 naming the field for a single push with a year-2100 receipt date, in Chinese by default", async () => {
    const res = await post(
      "/inspections/incoming",
      { ...record("D-4", "2026-11-21T01:30:00+08:00"), receiptDate: "2100-01-01" },
      "zh-CN",
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ApiErrorBody;
    expect(body.error.issues).toContainEqual(
      expect.objectContaining({ path: "receiptDate", message: "日期须在 2000-01-01 至 2099-12-31 之间" }),
    );
  });
});
