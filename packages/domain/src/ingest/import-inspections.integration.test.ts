// CSV/XLSX import of inspection records on a real SQLite file (docs/decisions/021): bad rows are
// named by row and column on a dry run that stores nothing; a 500-row file imports through the ERP
// path with the completeness rule and is idempotent on re-run; the saved column mapping is used.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { isAppError } from "../errors.ts";
import { importInspections, saveImportMapping, type Importer } from "./import-inspections.ts";

let t: TestDb;
let who: Importer;
let orgId: string;

const HEAD = [
  "记录编号",
  "产品编码",
  "型号规格",
  "批次号",
  "数量",
  "单位",
  "检验时间",
  "检验结论",
  "检验员",
  "审核人",
  "放行决定",
  "标志核对",
  "检验依据",
  "检验项目",
  "技术要求",
  "实测值",
  "单项判定",
];

/** The two rows (one per test line) of a complete outgoing record. */
function recordRows(id: string, over: Record<string, string> = {}, second: Record<string, string> = {}): string[][] {
  const base: Record<string, string> = {
    记录编号: id,
    产品编码: "WIRE-6",
    型号规格: "BV 450/750V 1×6mm²",
    批次号: `B-${id}`,
    数量: "100",
    单位: "卷",
    检验时间: "2027-03-01 10:00",
    检验结论: "合格",
    检验员: "蒋涛",
    审核人: "周建华",
    放行决定: "放行",
    标志核对: "合格",
    检验依据: "GB/T 5023.3-2008",
    检验项目: "导体电阻",
    技术要求: "≤3.08 Ω/km",
    实测值: "3.01",
    单项判定: "合格",
  };
  const first = { ...base, ...over };
  const next: Record<string, string> = {
    ...first,
    检验项目: "电压试验",
    技术要求: "2500V 5min 不击穿",
    实测值: "不击穿",
    单项判定: "合格",
    ...second,
  };
  return [HEAD.map((h) => first[h] ?? ""), HEAD.map((h) => next[h] ?? "")];
}

const csv = (rows: string[][]) =>
  new TextEncoder().encode(
    [HEAD, ...rows]
      .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
      .join("\r\n"),
  );

async function xlsx(rows: string[][], head = HEAD): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("出厂检验");
  sheet.addRow(head);
  for (const r of rows) sheet.addRow(r.map((c, i) => (head[i] === "数量" ? Number(c) : c)));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await createTestDb("anzhi-import-");
  const org = await t.db.organization.create({
    data: {
      slug: "import",
      kind: "producer",
      name: "import",
      uscc: "91350100M000100Y43",
      regionCode: "320411",
      address: "常州",
      employeeCount: 10,
      annualRevenueWanYuan: 100,
      sizeClass: "micro",
      timeZone: "Asia/Shanghai",
    },
  });
  orgId = org.id;
  const user = await t.db.user.create({ data: { email: "i@example.test", name: "I", passwordHash: "x" } });
  await t.db.site.create({ data: { organizationId: org.id, name: "厂区", type: "factory", address: "常州" } });
  await t.db.product.create({
    data: {
      organizationId: org.id,
      code: "WIRE-6",
      name: "聚氯乙烯绝缘电线",
      model: "BV 450/750V 1×6mm²",
      productGroupId: "wire-cable",
      scopeRoutesJson: '["xk","ccc"]',
      releaseItemsJson: '["导体电阻","电压试验"]',
    },
  });
  who = { organizationId: org.id, userId: user.id, locale: "zh-CN", now: new Date("2027-03-02T02:00:00Z") };
});
afterAll(async () => t?.cleanup());

describe("a file with bad rows", { timeout: 60_000 }, () => {
  it("names each bad row and column on a dry run and stores nothing", async () => {
    const rows = [
      ...recordRows("R-1"),
      ...recordRows("R-2", { 数量: "十" }),
      ...recordRows("R-3", { 产品编码: "NOPE" }),
      ...recordRows("R-4", { 审核人: "" }, { 检验项目: "绝缘电阻" }),
      ...recordRows("R-5", {}, { 单项判定: "也许" }),
      ...recordRows("R-6", { 检验时间: "明天" }),
    ];
    const report = await importInspections(t.db, who, {
      kind: "outgoing",
      file: { fileName: "出厂检验.csv", bytes: csv(rows) },
      dryRun: true,
    });
    expect(report).toMatchObject({ dryRun: true, rows: 12, records: 6 });
    expect(report.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 5 });
    expect(report.issues.map((i) => [i.row, i.externalId, i.column, i.message])).toEqual([
      [4, "R-2", "数量", "类型不正确"],
      [6, "R-3", "产品编码", "未找到产品编码 NOPE"],
      [8, "R-4", "检验项目", "缺少产品执行标准要求的出厂检验项目：电压试验"],
      [8, "R-4", "审核人", "请填写审核（批准放行）人"],
      [11, "R-5", "单项判定", "不是有效的选项"],
      [12, "R-6", "检验时间", "时间无效，请填写如 2026-03-01 08:30 的日期和时间"],
    ]);
    expect(await t.db.inspectionRecord.count({ where: { organizationId: orgId } })).toBe(0);
  });

  it("refuses a file without a required column, naming it", async () => {
    const head = HEAD.filter((h) => h !== "检验员");
    const bytes = await xlsx([(recordRows("R-1")[0] ?? []).filter((_, i) => HEAD[i] !== "检验员")], head);
    const e = await importInspections(t.db, who, {
      kind: "outgoing",
      file: { fileName: "a.xlsx", bytes },
      dryRun: true,
    })
      .then(() => null)
      .catch((err: unknown) => err);
    expect(isAppError(e) && e.code).toBe("IMPORT_COLUMNS_MISSING");
    expect(isAppError(e) && e.details.columns).toBe("检验员");
  });

  it("refuses a file that is no spreadsheet", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    await expect(
      importInspections(t.db, who, { kind: "outgoing", file: { fileName: "x.xlsx", bytes }, dryRun: true }),
    ).rejects.toMatchObject({ code: "IMPORT_FILE_UNREADABLE" });
  });
});

describe("a 500-row XLSX import", { timeout: 120_000 }, () => {
  const rows = Array.from({ length: 250 }, (_, i) => recordRows(`X-${String(i).padStart(3, "0")}`)).flat();

  it("stores 250 records of two lines through the ERP path, and the same file again changes nothing", async () => {
    const bytes = await xlsx(rows);
    const file = { fileName: "出厂检验.xlsx", bytes };
    const dry = await importInspections(t.db, who, { kind: "outgoing", file, dryRun: true });
    expect(dry).toMatchObject({ rows: 500, records: 250, counts: { created: 250, rejected: 0 }, issues: [] });
    expect(await t.db.inspectionRecord.count({ where: { organizationId: orgId } })).toBe(0);

    const first = await importInspections(t.db, who, { kind: "outgoing", file, dryRun: false });
    expect(first.counts).toEqual({ created: 250, updated: 0, unchanged: 0, rejected: 0 });
    const stored = await t.db.inspectionRecord.findFirstOrThrow({
      where: { organizationId: orgId, externalId: "X-007" },
      include: { lines: { orderBy: { seq: "asc" } } },
    });
    expect(stored).toMatchObject({
      source: "import",
      createdByUserId: who.userId,
      apiKeyId: null,
      result: "pass",
      disposition: "released",
      inspectionDate: "2027-03-01",
      quantity: 100,
    });
    expect(stored.inspectedAt.toISOString()).toBe("2027-03-01T02:00:00.000Z");
    expect(stored.lines.map((l) => [l.item, l.measured, l.result])).toEqual([
      ["导体电阻", "3.01", "pass"],
      ["电压试验", "不击穿", "pass"],
    ]);
    const audits = await t.db.auditEvent.count({ where: { organizationId: orgId } });

    const again = await importInspections(t.db, who, { kind: "outgoing", file, dryRun: false });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 250, rejected: 0 });
    expect(await t.db.inspectionRecord.count({ where: { organizationId: orgId } })).toBe(250);
    expect(await t.db.inspectionLine.count({ where: { organizationId: orgId } })).toBe(500);
    // only the import's own event is added
    expect(await t.db.auditEvent.count({ where: { organizationId: orgId } })).toBe(audits + 1);
  });

  it("a changed row makes a new revision; a failed record opens its hazard once", async () => {
    const changed = rows.map((r) => [...r]);
    const resultAt = HEAD.indexOf("检验结论");
    const lineAt = HEAD.indexOf("单项判定");
    const releaseAt = HEAD.indexOf("放行决定");
    for (const r of changed.slice(0, 2)) {
      r[resultAt] = "不合格";
      r[releaseAt] = "暂扣";
    }
    const line = changed[1];
    if (line) line[lineAt] = "不合格";
    const file = { fileName: "出厂检验.xlsx", bytes: await xlsx(changed) };
    const report = await importInspections(t.db, who, { kind: "outgoing", file, dryRun: false });
    expect(report.counts).toEqual({ created: 0, updated: 1, unchanged: 249, rejected: 0 });
    expect(report.hazardNos).toHaveLength(1);
    const again = await importInspections(t.db, who, { kind: "outgoing", file, dryRun: false });
    expect(again.counts.unchanged).toBe(250);
    expect(again.hazardNos).toEqual([]);
  });
});

describe("the saved column mapping", { timeout: 30_000 }, () => {
  it("reads the fields from the ERP's own column names", async () => {
    await saveImportMapping(t.db, who, { kind: "outgoing", columns: { externalId: "单据号", inspector: "质检员" } });
    const head = HEAD.map((h) => (h === "记录编号" ? "单据号" : h === "检验员" ? "质检员" : h));
    const bytes = await xlsx(recordRows("M-1"), head);
    const report = await importInspections(t.db, who, {
      kind: "outgoing",
      file: { fileName: "erp.xlsx", bytes },
      dryRun: false,
    });
    expect(report.counts.created).toBe(1);
    expect(
      await t.db.inspectionRecord.findFirst({ where: { organizationId: orgId, externalId: "M-1" } }),
    ).toMatchObject({ inspector: "蒋涛" });
  });
});

describe("releases and shipments from a file", { timeout: 30_000 }, () => {
  const SHIP_HEAD = ["记录编号", "产品编码", "类型", "批次号", "数量", "单位", "日期", "收货单位"];
  const shipCsv = (rows: string[][]) =>
    new TextEncoder().encode([SHIP_HEAD, ...rows].map((r) => r.join(",")).join("\n"));
  const rows = [
    // X-001 was imported above with a passing, released inspection on 2027-03-01
    ["SH-1", "WIRE-6", "发货", "B-X-001", "20", "卷", "2027/3/2", "南京五金城"],
    ["SH-2", "WIRE-6", "出厂放行", "B-NONE", "5", "卷", "2027-03-02", ""],
    ["SH-3", "NOPE", "发货", "B-X-001", "1", "卷", "2027-03-02", ""],
    ["SH-4", "WIRE-6", "退回", "B-X-001", "1", "卷", "2027-03-02", ""],
  ];

  it("checks without storing, then flags the uninspected batch with a hazard; the same file again changes nothing", async () => {
    const file = { fileName: "发货.csv", bytes: shipCsv(rows) };
    const dry = await importInspections(t.db, who, { kind: "shipment", file, dryRun: true });
    expect(dry.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 2 });
    expect(dry.issues.map((i) => [i.row, i.column, i.externalId])).toEqual([
      [4, "产品编码", "SH-3"],
      [5, "类型", "SH-4"],
    ]);
    expect(await t.db.shipment.count({ where: { organizationId: orgId } })).toBe(0);

    const done = await importInspections(t.db, who, { kind: "shipment", file, dryRun: false });
    expect(done.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 2 });
    expect(done.hazardNos).toHaveLength(1);
    const stored = await t.db.shipment.findMany({ where: { organizationId: orgId }, orderBy: { externalId: "asc" } });
    expect(stored.map((s) => [s.externalId, s.event, s.shippedOn, s.uninspected, s.source, s.createdByUserId])).toEqual(
      [
        ["SH-1", "shipped", "2027-03-02", false, "import", who.userId],
        ["SH-2", "released", "2027-03-02", true, "import", who.userId],
      ],
    );
    const hazard = await t.db.hazard.findFirstOrThrow({
      where: { organizationId: orgId, hazardNo: done.hazardNos[0] ?? "" },
    });
    expect(hazard.ruleKey).toBe("uninspected_release");

    const again = await importInspections(t.db, who, { kind: "shipment", file, dryRun: false });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 2 });
    expect(again.hazardNos).toEqual([]);
  });
});
