// Incoming inspections (进货检验) typed in the web app (docs/decisions/021): the template starts
// from the catalogue's incoming checks of the product's group, the schema's rules refuse a
// rejected lot without its handling, and a failed lot opens a hazard naming the supplier.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { testClock } from "../testing/clock.ts";
import { createTestOrg, failure, type TestOrg } from "../testing/profile-fixtures.ts";

let t: TestDb;
let org: TestOrg;
const clock = testClock("2027-03-02 09:00");

beforeAll(async () => {
  t = await createTestDb("anzhi-incoming-");
  org = await createTestOrg(t.db, { key: "c", clock });
});
afterAll(async () => t?.cleanup());

describe("inspections.recordIncoming", { timeout: 60_000 }, () => {
  it("pre-fills the catalogue's incoming checks, refuses a rejected lot without handling, opens a hazard for it", async () => {
    const product = await org.as("director").profile.products.create({
      name: "手提式干粉灭火器",
      model: "MFZ/ABC4",
      productGroupId: "fire-products",
      scopeRoutes: ["ccc"],
    });
    const supplier = await org.as("officer").sellers.suppliers.create({
      name: "常州干粉灭火剂厂",
      uscc: "91350100M000100Y43",
      type: "raw_material",
      contactPhone: "0519-8888 0000",
    });
    const template = await org.as("officer").inspections.template({ productId: product.id, kind: "incoming" });
    expect(template.needsMarkingCheck).toBe(false);
    expect(template.lines[0]?.item).toMatch(/^干粉灭火剂按批检测主要成分含量/);
    expect(template.lines.every((l) => !l.required)).toBe(true);

    const entry = {
      supplierId: supplier.id,
      productId: product.id,
      materialName: "ABC干粉灭火剂",
      receiptDate: "2027-03-01",
      specModel: "磷酸铵盐 50%",
      batchNo: "GF-0301",
      quantity: 2,
      unit: "吨",
      inspectedAt: "2027-03-02T10:00:00+08:00",
      result: "fail" as const,
      inspector: "蒋涛",
      standardNo: "GB 4066-2017",
      documentsChecked: ["conformity_certificate" as const, "inspection_report" as const],
      lines: [{ item: template.lines[0]?.item ?? "", requirement: "≥50%", measured: "38%", result: "fail" as const }],
    };
    const refused = await failure(org.as("officer").inspections.recordIncoming(entry));
    expect(refused.paths).toEqual(["nonConformityHandling"]);

    const stored = await org.as("officer").inspections.recordIncoming({ ...entry, nonConformityHandling: "return" });
    expect(stored.hazardNo).toMatch(/^YH-/);
    const hazard = await t.db.hazard.findFirstOrThrow({
      where: { organizationId: org.id, hazardNo: stored.hazardNo ?? "" },
    });
    expect(hazard).toMatchObject({ stage: "incoming", inspectionRecordId: stored.id });
    expect(hazard.title).toBe("进货检验不合格：ABC干粉灭火剂（供方 常州干粉灭火剂厂，批次 GF-0301）");

    const page = await org.as("viewer").inspections.list({ kind: "incoming", limit: 10 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      itemName: "ABC干粉灭火剂",
      result: "fail",
      hazardNos: [stored.hazardNo],
      details: { receiptDate: "2027-03-01", nonConformityHandling: "return" },
    });
    expect((await failure(org.as("viewer").inspections.recordIncoming(entry))).code).toBe("FORBIDDEN");

    // the page and its XLSX keep the filters: a passed lot of another day stays out of both
    await org.as("officer").inspections.recordIncoming({
      ...entry,
      batchNo: "GF-0220",
      receiptDate: "2027-02-20",
      inspectedAt: "2027-02-20T10:00:00+08:00",
      result: "pass",
      lines: [{ item: "外观", result: "pass" }],
    });
    const all = await org.as("viewer").inspections.browse({ kind: "incoming" });
    expect(all.items.map((r) => [r.batchNo, r.source, r.supplierName])).toEqual([
      ["GF-0301", "web", "常州干粉灭火剂厂"],
      ["GF-0220", "web", "常州干粉灭火剂厂"],
    ]);
    expect(all.items[0]?.hazards).toEqual([{ id: hazard.id, hazardNo: stored.hazardNo, status: "open" }]);
    const filter = { kind: "incoming" as const, result: "fail" as const, from: "2027-03-01", to: "2027-03-31" };
    expect((await org.as("viewer").inspections.browse(filter)).items.map((r) => r.batchNo)).toEqual(["GF-0301"]);
    const file = await org.as("viewer").inspections.exportXlsx(filter);
    expect(file.fileName).toBe("进货检验记录_2027-03-01_2027-03-31.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const [records, lines] = book.worksheets;
    const header = (records?.getRow(3).values as string[]).slice(1);
    const row = (records?.getRow(4).values as string[]).slice(1);
    expect(records?.rowCount).toBe(4);
    expect(Object.fromEntries(header.map((h, i) => [h, row[i]]))).toMatchObject({
      物料名称: "ABC干粉灭火剂",
      供方: "常州干粉灭火剂厂",
      批次号: "GF-0301",
      检验结论: "不合格",
      查验文件: "产品合格证、检验报告",
      不合格处置: "退货",
      隐患编号: stored.hazardNo,
      来源: "手工填写",
    });
    expect((lines?.getRow(4).values as string[]).slice(1)).toEqual([
      "2027-03-02",
      "GF-0301",
      "",
      "1",
      template.lines[0]?.item,
      "≥50%",
      "38%",
      "",
      "不合格",
    ]);
  });
});
