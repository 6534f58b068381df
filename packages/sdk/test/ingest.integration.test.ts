// The SDK against the real server on a real SQLite file: pushes, revisions, partial batches,
// paging, scopes, tenant isolation, retries without duplicates, and 429 handling.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Anzhi, AnzhiAuthError, AnzhiPermissionError, AnzhiValidationError } from "../src/index";
import { incoming, startTestServer, type TestServer } from "./fixtures";

let s: TestServer;
let anzhi: Anzhi;

beforeAll(async () => {
  s = await startTestServer();
  anzhi = new Anzhi({ apiKey: await s.orgA.key(["records:read", "records:write"]), baseUrl: s.server.url });
});
afterAll(async () => s?.close());

describe("push and re-push", () => {
  it("creates a record, answers unchanged for the same content and keeps the old revision on change", async () => {
    const first = await anzhi.inspections.incoming.push(incoming("IN-1"));
    expect(first).toMatchObject({ status: "created", revision: 1, externalId: "IN-1" });

    // Same content, different key order and an equivalent instant: still unchanged.
    const { lines, ...rest } = incoming("IN-1", { inspectedAt: "2026-11-20T01:30:00Z" });
    const again = await anzhi.inspections.incoming.push({ lines, ...rest });
    expect(again).toMatchObject({ status: "unchanged", id: first.id, revision: 1 });

    const changed = await anzhi.inspections.incoming.push(incoming("IN-1", { quantity: 5500 }));
    expect(changed).toMatchObject({ status: "updated", id: first.id, revision: 2 });

    const stored = await anzhi.inspections.incoming.get("IN-1");
    expect(stored).toMatchObject({
      revision: 2,
      quantity: 5500,
      siteCode: "MAIN",
      supplierExternalId: "V-0042",
      inspectionDate: "2026-11-20",
    });
    expect(stored.lines).toHaveLength(5);
    const old = await s.t.db.inspectionRecordRevision.findMany({ where: { recordId: first.id } });
    expect(old).toHaveLength(1);
    expect(JSON.parse(old[0]?.snapshotJson ?? "{}")).toMatchObject({ quantity: 5000, revision: 1 });
    expect(await s.t.db.inspectionLine.count({ where: { recordId: first.id } })).toBe(10);
  });

  it("opens one hazard for an unqualified record, and not again on re-push", async () => {
    const failed = incoming("IN-FAIL", {
      result: "fail",
      nonConformityHandling: "return",
      lines: [{ item: "容量", requirement: "≥4900 mAh", measured: "4710", unit: "mAh", result: "fail" }],
    });
    const first = await anzhi.inspections.incoming.push(failed);
    expect(first.hazardNo).toMatch(/^YH-\d{4}-\d{4}$/);
    const again = await anzhi.inspections.incoming.push(failed);
    expect(again.status).toBe("unchanged");
    const hazards = await s.t.db.hazard.findMany({ where: { inspectionRecordId: first.id } });
    expect(hazards).toMatchObject([
      { source: "erp_inspection", severity: "general", status: "open", hazardNo: first.hazardNo },
    ]);
    expect((await anzhi.inspections.incoming.get("IN-FAIL")).hazardNos).toEqual([first.hazardNo]);
  });

  it("refuses an invalid record client-side with the field path", async () => {
    const bad = incoming("IN-BAD", { quantity: -1 });
    const error = await anzhi.inspections.incoming.push(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnzhiValidationError);
    expect((error as AnzhiValidationError).issues.map((i) => i.path)).toContain("quantity");
  });

  it("refuses an unknown supplier server-side with the field path and stable code", async () => {
    const error = await anzhi.inspections.incoming
      .push(incoming("IN-NOSUP", { supplierExternalId: "V-9999" }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnzhiValidationError);
    expect(error).toMatchObject({
      code: "SUPPLIER_EXTERNAL_ID_UNKNOWN",
      status: 400,
      issues: [{ path: "supplierExternalId" }],
    });
    expect((error as AnzhiValidationError).requestId).toBeTruthy();
  });
});

describe("batches", () => {
  it("stores the valid records and reports each bad one with its field path", async () => {
    const records = [
      incoming("B-1"),
      incoming("B-2", {
        lines: [
          { item: "外观", result: "pass" },
          { item: "容量", result: "bogus" as "pass" },
        ],
      }),
      incoming("B-3", { supplierExternalId: "V-NOPE" }),
      incoming("B-4", { siteCode: "NOSITE" }),
      incoming("B-5"),
    ];
    const report = await anzhi.inspections.incoming.pushBatch(records);
    expect(report.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 3 });
    expect(report.results.map((r) => [r.index, r.externalId, r.status])).toEqual([
      [0, "B-1", "created"],
      [1, "B-2", "rejected"],
      [2, "B-3", "rejected"],
      [3, "B-4", "rejected"],
      [4, "B-5", "created"],
    ]);
    expect(report.results[1]?.issues?.[0]?.path).toBe("lines.1.result");
    expect(report.results[2]?.issues?.[0]).toMatchObject({
      path: "supplierExternalId",
      code: "SUPPLIER_EXTERNAL_ID_UNKNOWN",
    });
    expect(report.results[3]?.issues?.[0]).toMatchObject({ path: "siteCode", code: "SITE_CODE_UNKNOWN" });
    expect(
      await s.t.db.inspectionRecord.count({ where: { externalId: { in: ["B-1", "B-2", "B-3", "B-4", "B-5"] } } }),
    ).toBe(2);
  });

  it("lists every record across pages with filters", async () => {
    const records = Array.from({ length: 23 }, (_, i) =>
      incoming(`P-${String(i).padStart(2, "0")}`, {
        inspectedAt: "2026-10-05T10:00:00+08:00",
        receiptDate: "2026-10-05",
      }),
    );
    const sync = await anzhi.sync(records, { batchSize: 10, concurrency: 2 });
    expect(sync.counts.created).toBe(23);
    const seen: string[] = [];
    for await (const r of anzhi.inspections.incoming.list({ from: "2026-10-01", to: "2026-10-31", limit: 5 }))
      seen.push(r.externalId ?? "");
    expect(seen.sort()).toEqual(records.map((r) => r.externalId).sort());
    const first = await anzhi.inspections.incoming.listPage({ from: "2026-10-01", to: "2026-10-31", limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.nextCursor).not.toBeNull();
    const none: string[] = [];
    for await (const r of anzhi.inspections.incoming.list({ supplierExternalId: "V-OTHER" })) none.push(r.id);
    expect(none).toEqual([]);
  });
});

describe("keys and tenants", () => {
  it("refuses writes from a key without records:write", async () => {
    const readOnly = new Anzhi({ apiKey: await s.orgA.key(["records:read"]), baseUrl: s.server.url });
    const error = await readOnly.inspections.incoming.push(incoming("RO-1")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnzhiAuthError);
    expect(error).toBeInstanceOf(AnzhiPermissionError);
    expect(error).toMatchObject({ code: "API_KEY_SCOPE_MISSING", status: 403 });
    expect(await readOnly.inspections.incoming.get("IN-1")).toMatchObject({ externalId: "IN-1" });
  });

  it("refuses an unknown key", async () => {
    const forged = new Anzhi({ apiKey: "anz_abcdefgh_0123456789abcdefghijABCDEFGHIJKL", baseUrl: s.server.url });
    const error = await forged.inspections.incoming.get("IN-1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnzhiAuthError);
    expect(error).toMatchObject({
      name: "AnzhiAuthenticationError",
      code: "API_KEY_INVALID",
      status: 401,
    });
  });

  it("never shows another organisation's records", async () => {
    const other = new Anzhi({ apiKey: await s.orgB.key(["records:read", "records:write"]), baseUrl: s.server.url });
    await expect(other.inspections.incoming.get("IN-1")).rejects.toMatchObject({
      name: "AnzhiNotFoundError",
      status: 404,
    });
    const seen: string[] = [];
    for await (const r of other.inspections.incoming.list()) seen.push(r.externalId ?? "");
    expect(seen).toEqual([]);
    // The same externalId in another organisation is a different record.
    expect(await other.inspections.incoming.push(incoming("IN-1"))).toMatchObject({ status: "created", revision: 1 });
    expect((await anzhi.inspections.incoming.get("IN-1")).revision).toBe(2);
  });
});
