// The ERP API at a chosen instant: a push at 00:30 on 4 January in Shanghai (16:30 UTC the day
// before) is dated, numbered and given its due date by the enterprise's day, not by UTC's or by
// the day the test runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testClock } from "@anzhi/api/testing/clock";
import { Anzhi } from "../src/index";
import { incoming, startTestServer, type TestServer } from "./fixtures";

const clock = testClock("2027-01-04 00:30", "Asia/Shanghai");
let s: TestServer;
let anzhi: Anzhi;

beforeAll(async () => {
  s = await startTestServer({ clock });
  anzhi = new Anzhi({ apiKey: await s.orgA.key(["records:read", "records:write"]), baseUrl: s.server.url });
});
afterAll(async () => s?.close());

describe("at 2027-01-04 00:30 Asia/Shanghai", () => {
  it("opens the failure's hazard as 4 January's, due 7 days later", async () => {
    const pushed = await anzhi.inspections.incoming.push(
      incoming("IQC-NY-1", {
        receiptDate: "2027-01-04",
        inspectedAt: "2027-01-04T00:20:00+08:00",
        result: "fail",
        nonConformityHandling: "return",
        lines: [{ item: "容量", requirement: "≥4900 mAh", measured: "4710", unit: "mAh", result: "fail" }],
      }),
    );
    expect(pushed.hazardNo).toBe("YH-2027-0001");
    const hazard = await s.t.db.hazard.findFirstOrThrow({
      where: { hazardNo: "YH-2027-0001", organizationId: s.orgA.organizationId },
    });
    expect(hazard).toMatchObject({ dueDate: "2027-01-11", createdAt: clock() });
    const stored = await anzhi.inspections.incoming.get("IQC-NY-1");
    expect(stored).toMatchObject({ inspectionDate: "2027-01-04", hazardNos: ["YH-2027-0001"] });
    expect(new Date(stored.createdAt)).toEqual(clock());
  });

  it("reads back from the enterprise's date, whatever the day the test runs", async () => {
    clock.advance(3 * 3_600_000);
    const failures: string[] = [];
    for await (const rec of anzhi.inspections.incoming.list({ result: "fail", from: "2027-01-04", to: "2027-01-04" }))
      failures.push(rec.externalId ?? "");
    expect(failures).toEqual(["IQC-NY-1"]);
  });
});
