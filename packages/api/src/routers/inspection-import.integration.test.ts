// The CSV/XLSX import of inspection records through the tRPC router (docs/decisions/021): the
// mapping is saved per enterprise, a dry run names each bad row and stores nothing, a 500-row CSV
// is idempotent on re-run, and a viewer may neither import nor change the mapping.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { testClock } from "../testing/clock.ts";
import { createTestOrg, failure, type TestOrg } from "../testing/profile-fixtures.ts";

let t: TestDb;
let org: TestOrg;
const clock = testClock("2027-03-02 09:00");

const HEAD = "单据号,物料编码,规格,批号,数量,单位,检验时间,结论,检验员,审核人,放行,标志核对,标准,项目,要求,实测,判定";

function rows(id: string, over: { qty?: string; code?: string } = {}): string[] {
  const head = `${id},${over.code ?? "BAT-48"},48V20Ah,${id}-B,200,只,2027/3/1 10:00,合格,蒋涛,周建华,放行,合格,GB 43854-2024`;
  return [`${head},外观,无破损,无破损,合格`, `${head},开路电压,52.0–54.6 V,53.4,合格`].map((r) =>
    over.qty ? r.replace(",200,", `,${over.qty},`) : r,
  );
}
const file = (lines: string[]) => ({
  fileName: "erp-export.csv",
  bytes: new TextEncoder().encode(`\uFEFF${[HEAD, ...lines].join("\n")}\n`),
});

beforeAll(async () => {
  t = await createTestDb("anzhi-import-api-");
  org = await createTestOrg(t.db, { key: "m", clock });
  await org.as("director").profile.products.create({
    name: "电动自行车用锂离子蓄电池",
    model: "48V20Ah",
    code: "BAT-48",
    productGroupId: "e-bike-battery-charger",
    subProductId: "e-bike-li-ion-battery",
    scopeRoutes: ["ccc"],
    releaseItems: ["外观", "开路电压"],
  });
  await org.as("officer").inspections.saveImportMapping({
    kind: "outgoing",
    columns: {
      externalId: "单据号",
      productCode: "物料编码",
      specModel: "规格",
      batchNo: "批号",
      result: "结论",
      releaseDecision: "放行",
      standardNo: "标准",
      lineItem: "项目",
      lineRequirement: "要求",
      lineMeasured: "实测",
      lineResult: "判定",
    },
  });
});
afterAll(async () => t?.cleanup());

describe("inspections.import", { timeout: 120_000 }, () => {
  it("keeps the mapping per enterprise, the defaults elsewhere", async () => {
    const mapping = await org.as("viewer").inspections.importMapping({ kind: "outgoing" });
    expect(mapping.saved).toBe(true);
    const byField = Object.fromEntries(mapping.columns.map((c) => [c.field, c.column]));
    expect(byField).toMatchObject({
      externalId: "单据号",
      lineResult: "判定",
      inspector: "检验员",
      approver: "审核人",
    });
    const other = await createTestOrg(t.db, { key: "n", clock });
    const theirs = await other.as("viewer").inspections.importMapping({ kind: "outgoing" });
    expect(theirs.saved).toBe(false);
    expect(theirs.columns.find((c) => c.field === "externalId")?.column).toBe("记录编号");
  });

  it("a dry run names the bad rows and columns and stores nothing", async () => {
    const report = await org.as("officer").inspections.import({
      kind: "outgoing",
      dryRun: true,
      file: file([...rows("D-1"), ...rows("D-2", { qty: "-3" }), ...rows("D-3", { code: "BAT-99" })]),
    });
    expect(report.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
    expect(report.issues.map((i) => `${i.row}:${i.column}:${i.externalId}`)).toEqual(["4:数量:D-2", "6:物料编码:D-3"]);
    expect(await t.db.inspectionRecord.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("imports a 500-row file once; the same file again changes nothing", async () => {
    const lines = Array.from({ length: 250 }, (_, i) => rows(`N-${i}`)).flat();
    expect(lines).toHaveLength(500);
    const first = await org.as("officer").inspections.import({ kind: "outgoing", dryRun: false, file: file(lines) });
    expect(first).toMatchObject({ rows: 500, records: 250, issues: [] });
    expect(first.counts).toEqual({ created: 250, updated: 0, unchanged: 0, rejected: 0 });
    const again = await org.as("officer").inspections.import({ kind: "outgoing", dryRun: false, file: file(lines) });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 250, rejected: 0 });
    const page = await org.as("viewer").inspections.list({ kind: "outgoing", limit: 500 });
    expect(page.items).toHaveLength(250);
    expect(page.items.find((r) => r.externalId === "N-7")).toMatchObject({
      batchNo: "N-7-B",
      inspectionDate: "2027-03-01",
      details: { releaseDecision: "released", markingCheck: "pass", approver: "周建华" },
    });
  });

  it("imports releases and shipments: an uninspected batch opens its 未检验出厂 hazard", async () => {
    const csv =
      "记录编号,产品编码,类型,批次号,数量,单位,日期\nSH-1,BAT-48,发货,N-7-B,10,只,2027-03-02\nSH-2,BAT-48,出厂放行,NONE,10,只,2027-03-02\n";
    const report = await org.as("officer").inspections.import({
      kind: "shipment",
      dryRun: false,
      file: { fileName: "发货.csv", bytes: new TextEncoder().encode(csv) },
    });
    expect(report.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.hazardNos).toHaveLength(1);
    const listed = await org.as("viewer").shipments.list({});
    expect(listed.map((s) => [s.batchNo, s.uninspected]).sort()).toEqual([
      ["N-7-B", false],
      ["NONE", true],
    ]);
  });

  it("a viewer may neither import nor change the mapping", async () => {
    const viewer = org.as("viewer");
    expect(
      (await failure(viewer.inspections.import({ kind: "outgoing", dryRun: true, file: file(rows("V-1")) }))).code,
    ).toBe("FORBIDDEN");
    expect((await failure(viewer.inspections.saveImportMapping({ kind: "outgoing", columns: {} }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
