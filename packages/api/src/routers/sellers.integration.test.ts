// Sellers (Order 76) through the app router: the supplier register validates the 统一社会信用代码
// and the XK/CCC numbers; a delivery with a missing or invalid document cannot be accepted and
// opens a hazard; the ledgers filter; a batch traces back to its supplier and on to its buyers.
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { addRegulatorUser, createAgency } from "@anzhi/domain/regulator/agencies";
import { formErrorOf } from "../form-errors.ts";
import { loginAs, TEST_PASSWORD } from "../testing/sessions.ts";
import { testClock } from "../testing/clock.ts";
import { createOrgWithPeople, refusal, rejection, type OrgPeople } from "../testing/org-people.ts";
import type { RouterInputs } from "./app.ts";

let t: TestDb;
let shop: OrgPeople;
let other: OrgPeople;
let supplierId: string;
let second: string;
const clock = testClock("2027-03-10 09:30");

const delivery = (
  over: Partial<RouterInputs["sellers"]["purchases"]["create"]> = {},
): RouterInputs["sellers"]["purchases"]["create"] => ({
  supplierId,
  productName: "电动自行车用充电器",
  specModel: "48V3A",
  batchNo: "B2027-001",
  quantity: 40,
  unit: "台",
  purchaseDate: "2027-03-10",
  manufacturerName: "常州充电科技有限公司",
  conformityCertificate: "ok",
  inspectionReport: "ok",
  cccRequired: true,
  cccCertNo: "2025011609123456",
  cccValidUntil: "2030-05-31",
  markingCheck: "consistent",
  conclusion: "accepted",
  ...over,
});

beforeAll(async () => {
  t = await createTestDb("anzhi-sellers-");
  shop = await createOrgWithPeople(t.db, "a", "seller", { clock });
  other = await createOrgWithPeople(t.db, "b", "seller", { clock });
  supplierId = (
    await shop.as("officer").sellers.suppliers.create({
      name: "常州充电科技有限公司",
      uscc: "９１３５０１００Ｍ０００１００Ｙ４３",
      contactName: "王经理",
      contactPhone: "0519-88886666",
      documents: [
        {
          kind: "ccc_certificate",
          number: "2025 0116 0912 3456",
          validUntil: "2030-05-31",
          productScope: "充电器 48V3A",
        },
        { kind: "xk_licence", number: "（苏）xk06-001-00123", validUntil: "2026-12-31" },
      ],
    })
  ).id;
  second = (
    await shop.as("director").sellers.suppliers.create({
      name: "无锡电源有限公司",
      uscc: "91110108MA01AB2C3T",
      contactPhone: "0510-1234567",
    })
  ).id;
});
afterAll(async () => t?.cleanup());

describe("supplier register", () => {
  it("refuses a bad 统一社会信用代码 with the field named and the expected check character", async () => {
    const promise = shop.as("officer").sellers.suppliers.create({
      name: "假公司",
      uscc: "91350100M000100Y44",
      contactPhone: "1",
    });
    expect(await refusal(promise)).toMatchObject({ code: "BAD_REQUEST", paths: ["uscc"] });
    const form = formErrorOf(await rejection(promise), "zh-CN");
    expect(form.fields.uscc).toContain("3");
    expect(await t.db.supplier.count({ where: { name: "假公司" } })).toBe(0);
  });

  it("refuses a malformed XK number and a duplicate code", async () => {
    expect(
      await refusal(
        shop.as("officer").sellers.suppliers.create({
          name: "X",
          uscc: "91320411MA1N2B3C4X".slice(0, 17) + "0",
          contactPhone: "1",
        }),
      ),
    ).toMatchObject({ paths: ["uscc"] });
    expect(
      await refusal(
        shop.as("officer").sellers.suppliers.create({
          name: "Y",
          uscc: "91350100M000100Y43",
          contactPhone: "1",
          documents: [{ kind: "xk_licence", number: "XK8-001-00001" }],
        }),
      ),
    ).toMatchObject({ paths: ["documents.0.number"] });
    expect(
      await refusal(
        shop.as("officer").sellers.suppliers.create({ name: "重复", uscc: "91350100M000100Y43", contactPhone: "1" }),
      ),
    ).toMatchObject({ code: "CONFLICT", paths: ["uscc"] });
  });

  it("lists suppliers with normalised documents and flags an expired one; viewers cannot write", async () => {
    const rows = await shop.as("viewer").sellers.suppliers.list();
    const s = rows.find((r) => r.id === supplierId);
    expect(s).toMatchObject({ uscc: "91350100M000100Y43", contactPhone: "0519-88886666" });
    expect(s?.documents.map((d) => [d.kind, d.number, d.expired])).toEqual([
      ["ccc_certificate", "2025011609123456", false],
      ["xk_licence", "(苏)XK06-001-00123", true],
    ]);
    expect(
      (
        await refusal(
          shop.as("viewer").sellers.suppliers.create({ name: "Z", uscc: "91110108MA01AB2C3T", contactPhone: "1" }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("an update retires a document left out, never deleting it", async () => {
    await shop.as("director").sellers.suppliers.update({
      id: second,
      name: "无锡电源有限公司",
      uscc: "91110108MA01AB2C3T",
      contactPhone: "0510-1234567",
      documents: [{ kind: "business_licence", number: "91110108MA01AB2C3T" }],
    });
    await shop.as("director").sellers.suppliers.update({
      id: second,
      name: "无锡电源有限公司",
      uscc: "91110108MA01AB2C3T",
      contactPhone: "0510-1234567",
      documents: [],
    });
    const docs = await t.db.supplierDocument.findMany({ where: { supplierId: second } });
    expect(docs).toHaveLength(1);
    expect(docs[0]?.retiredAt).not.toBeNull();
  });

  it("stores a document's scan with the supplier and lists it; a file of the wrong type stores nothing", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const input = {
      name: "南京安全帽商贸有限公司",
      uscc: "91320100MA1PQ8R7KD",
      contactPhone: "025-5555555",
      documents: [
        {
          kind: "xk_licence" as const,
          number: "(苏)XK08-001-00321",
          validUntil: "2029-01-31",
          file: { fileName: "许可证.pdf", bytes: pdf },
        },
      ],
    };
    const gif = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    const bad = await refusal(
      shop.as("officer").sellers.suppliers.create({
        ...input,
        documents: [{ ...input.documents[0], file: { fileName: "x.gif", bytes: gif } }],
      } as never),
    );
    expect(bad.paths).toEqual(["documents.0.file"]);
    expect(await t.db.supplier.count({ where: { name: input.name } })).toBe(0);
    const before = await t.db.attachment.count();
    const { id } = await shop.as("officer").sellers.suppliers.create(input);
    expect(await t.db.attachment.count()).toBe(before + 1);
    const row = (await shop.as("viewer").sellers.suppliers.list()).find((r) => r.id === id);
    expect(row?.documents.map((d) => [d.number, d.files.map((f) => f.fileName)])).toEqual([
      ["(苏)XK08-001-00321", ["许可证.pdf"]],
    ]);
    const fileId = row?.documents[0]?.files[0]?.id ?? "";
    const download = await shop.as("viewer").hazards.file({ fileId });
    expect((await buffer(download.body)).toString()).toMatch(/^%PDF-/);
    // an update keeping the document keeps its scan; another organisation cannot read it
    await shop
      .as("officer")
      .sellers.suppliers.update({ id, ...input, documents: [{ ...input.documents[0], file: undefined }] } as never);
    const again = (await shop.as("viewer").sellers.suppliers.list()).find((r) => r.id === id);
    expect(again?.documents[0]?.files.map((f) => f.id)).toEqual([fileId]);
    expect((await refusal(other.as("viewer").hazards.file({ fileId }))).code).toBe("NOT_FOUND");
  });
});

describe("进货查验记录", () => {
  it("stores a clean delivery with the signed-in officer as checker and no hazard", async () => {
    const saved = await shop.as("officer").sellers.purchases.create(delivery());
    expect(saved.hazardNo).toBeNull();
    const row = await t.db.purchaseCheck.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ checkedBy: "a-officer", source: "web", problemsJson: "[]", conclusion: "accepted" });
  });

  it("refuses 'accepted' when a document is missing, naming the conclusion field", async () => {
    const promise = shop.as("officer").sellers.purchases.create(delivery({ inspectionReport: "missing" }));
    expect(await refusal(promise)).toMatchObject({ code: "BAD_REQUEST", paths: ["conclusion"] });
    expect(formErrorOf(await rejection(promise), "en").fields.conclusion).toMatch(/cannot be accepted/);
  });

  it("a missing report and an expired CCC certificate open one hazard (source purchase_check) for the rejected batch", async () => {
    const before = await t.db.hazard.count();
    const saved = await shop.as("officer").sellers.purchases.create(
      delivery({
        batchNo: "B2027-002",
        inspectionReport: "missing",
        cccValidUntil: "2027-01-31",
        conclusion: "rejected",
        supplierId: second,
      }),
    );
    expect(saved.hazardNo).toMatch(/^YH-2027-\d{4}$/);
    expect(await t.db.hazard.count()).toBe(before + 1);
    const hazard = await t.db.hazard.findFirstOrThrow({ where: { hazardNo: saved.hazardNo ?? "" } });
    expect(hazard).toMatchObject({ source: "purchase_check", stage: "incoming", dueDate: "2027-03-17" });
    expect(hazard.description).toContain("无检验报告");
    expect(hazard.description).toContain("CCC证书已过期");
    const row = await t.db.purchaseCheck.findUniqueOrThrow({ where: { id: saved.id } });
    expect(JSON.parse(row.problemsJson)).toEqual(["report_missing", "ccc_expired"]);
    expect(row.hazardId).toBe(hazard.id);
    const ledger = await shop.as("director").hazards.list({ source: "purchase_check" });
    expect(JSON.stringify(ledger)).toContain(saved.hazardNo ?? "none");
  });

  it("a CCC product without certificate number, or an XK product without licence, is a problem too", async () => {
    const saved = await shop.as("officer").sellers.purchases.create(
      delivery({
        batchNo: "B2027-003",
        cccCertNo: undefined,
        cccValidUntil: undefined,
        xkRequired: true,
        markingCheck: "inconsistent",
        conclusion: "quarantined",
      }),
    );
    const row = await t.db.purchaseCheck.findUniqueOrThrow({ where: { id: saved.id } });
    expect(JSON.parse(row.problemsJson)).toEqual(["ccc_missing", "xk_missing", "marking_inconsistent"]);
    expect(saved.hazardNo).not.toBeNull();
  });

  it("refuses another organisation's supplier", async () => {
    expect(await refusal(other.as("officer").sellers.purchases.create(delivery()))).toMatchObject({
      appCode: "SUPPLIER_NOT_FOUND",
      paths: ["supplierId"],
    });
  });
});

describe("ledgers and trace", () => {
  beforeAll(async () => {
    await shop
      .as("officer")
      .sellers.purchases.create(delivery({ batchNo: "B2027-010", purchaseDate: "2027-02-20", quantity: 100 }));
    for (const [buyer, qty, date] of [
      ["溧阳车行", 30, "2027-02-25"],
      ["金坛电动车店", 50, "2027-03-01"],
    ] as const) {
      await shop.as("officer").sellers.sales.create({
        productName: "电动自行车用充电器",
        specModel: "48V3A",
        batchNo: "B2027-010",
        quantity: qty,
        unit: "台",
        saleDate: date,
        buyerName: buyer,
        buyerContact: "13800000000",
        destination: "江苏省常州市",
      });
    }
  });

  it("filters the purchase ledger by date, supplier, batch, conclusion and problems", async () => {
    const ledger = (q: Partial<RouterInputs["sellers"]["purchases"]["ledger"]> = {}) =>
      shop.as("viewer").sellers.purchases.ledger({ from: "2027-03-01", to: "2027-03-31", ...q });
    expect((await ledger()).map((r) => r.batchNo)).toEqual(["B2027-001", "B2027-002", "B2027-003"]);
    expect((await ledger({ from: "2027-02-01" })).map((r) => r.batchNo)).toContain("B2027-010");
    expect((await ledger({ supplierId: second })).map((r) => r.batchNo)).toEqual(["B2027-002"]);
    expect((await ledger({ batchNo: "003" })).map((r) => r.batchNo)).toEqual(["B2027-003"]);
    // A search ignores ASCII case on SQLite and on PostgreSQL alike.
    expect((await ledger({ batchNo: "b2027-00" })).map((r) => r.batchNo)).toEqual([
      "B2027-001",
      "B2027-002",
      "B2027-003",
    ]);
    expect((await ledger({ batchNo: "b2027-003", product: "充电器" })).map((r) => r.batchNo)).toEqual(["B2027-003"]);
    expect((await ledger({ conclusion: "accepted" })).map((r) => r.batchNo)).toEqual(["B2027-001"]);
    expect((await ledger({ problemsOnly: true })).map((r) => r.hazard?.hazardNo).every(Boolean)).toBe(true);
    expect((await ledger({ problemsOnly: true })).length).toBe(2);
    expect(await other.as("viewer").sellers.purchases.ledger({ from: "2027-01-01", to: "2027-12-31" })).toEqual([]);
    expect((await refusal(ledger({ from: "2027-04-01" }))).paths).toEqual(["to"]);
  });

  it("filters the sales ledger by buyer and batch", async () => {
    const sales = (q: Partial<RouterInputs["sellers"]["sales"]["ledger"]> = {}) =>
      shop.as("viewer").sellers.sales.ledger({ from: "2027-02-01", to: "2027-03-31", ...q });
    expect((await sales()).map((s) => s.buyerName)).toEqual(["溧阳车行", "金坛电动车店"]);
    expect((await sales({ buyer: "金坛" })).map((s) => s.quantity)).toEqual([50]);
    expect(await sales({ batchNo: "nothing" })).toEqual([]);
    expect((await sales({ batchNo: "b2027-010" })).map((s) => s.buyerName)).toEqual(["溧阳车行", "金坛电动车店"]);
    expect((await sales({ from: "2027-03-01" })).map((s) => s.buyerName)).toEqual(["金坛电动车店"]);
  });

  it("traces a batch back to its supplier and on to its buyers, with the stock left", async () => {
    const trace = await shop.as("viewer").sellers.trace({ batchNo: "B2027-010" });
    expect(trace.purchases.map((p) => [p.supplier.name, p.supplier.uscc, p.quantity])).toEqual([
      ["常州充电科技有限公司", "91350100M000100Y43", 100],
    ]);
    expect(trace.sales.map((s) => [s.buyerName, s.quantity])).toEqual([
      ["溧阳车行", 30],
      ["金坛电动车店", 50],
    ]);
    expect(trace.balance).toEqual([{ unit: "台", purchased: 100, sold: 80, remaining: 20 }]);
    expect((await other.as("viewer").sellers.trace({ batchNo: "B2027-010" })).purchases).toEqual([]);
  });

  it("exports the purchase ledger as XLSX with the statutory columns", async () => {
    const file = await shop.as("viewer").sellers.purchases.exportXlsx({ from: "2027-03-01", to: "2027-03-31" });
    expect(file.fileName).toBe("进货台账_2027-03-01_2027-03-31.xlsx");
    expect(file.contentDisposition).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe("进货查验记录（进货台账）");
    expect(sheet?.getRow(3).values).toEqual(expect.arrayContaining(["供货者统一社会信用代码", "查验结论", "查验人"]));
    expect(sheet?.rowCount).toBe(3 + 3);
    const sales = await shop.as("viewer").sellers.sales.exportXlsx({ from: "2027-02-01", to: "2027-03-31" });
    expect(sales.fileName).toBe("销售台账_2027-02-01_2027-03-31.xlsx");
  });
});

describe("regulator read access", () => {
  it("an agency granted the purchase ledger reads it read-only; the sales ledger stays closed", async () => {
    const agencyId = (
      await createAgency(t.db, { name: "新北区市场监督管理局", level: "district", regionCode: "320411" })
    ).id;
    await addRegulatorUser(t.db, "新北区市场监督管理局", {
      email: "inspector@sellers.test",
      name: "王监管",
      password: TEST_PASSWORD,
    });
    await shop.as("principal").regulatorAccess.grant({ agencyId, ledgers: ["purchases"] });
    const inspector = (await loginAs(t.db, "inspector@sellers.test")).caller;
    const table = await inspector.regulator.ledger({
      organizationId: shop.id,
      ledger: "purchases",
      filter: { from: "2027-03-01", to: "2027-03-31", result: "fail" },
    });
    expect(table.columns.map((c) => c.zh)).toContain("供货者统一社会信用代码");
    expect(table.rows.map((r) => r.cells[4])).toEqual(["B2027-002", "B2027-003"]);
    expect(
      (
        await refusal(
          inspector.regulator.ledger({
            organizationId: shop.id,
            ledger: "sales",
            filter: { from: "2027-01-01", to: "2027-12-31" },
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });
});
