// The risk control list through the tRPC router on a real SQLite file: generation from the
// products, versioned add/edit/retire with reasons, authorisation, tenancy and the XLSX export.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { riskItemsFor, type RiskControlItemCreate } from "@anzhi/contracts";
import { buildRiskListXlsx, XLSX_COLUMNS, xlsxFileName } from "../risk-list-xlsx.ts";
import { createTestOrg, failure, type TestOrg } from "../testing/profile-fixtures.ts";

let t: TestDb;
let a: TestOrg;
let b: TestOrg;

beforeAll(async () => {
  t = await createTestDb("anzhi-risk-");
  a = await createTestOrg(t.db, { key: "a", kind: "producer" });
  b = await createTestOrg(t.db, { key: "b", kind: "seller" });
  await a
    .as("director")
    .profile.products.create({ name: "电动自行车", productGroupId: "e-bike", scopeRoutes: ["mandatory_standard"] });
  await a
    .as("director")
    .profile.products.create({ name: "安全帽", productGroupId: "safety-helmet", scopeRoutes: ["xk"] });
  await b
    .as("principal")
    .profile.products.create({ name: "水泥", productGroupId: "cement", scopeRoutes: ["mandatory_standard"] });
});

afterAll(async () => {
  await t?.cleanup();
});

const newItem: RiskControlItemCreate = {
  stage: "process",
  riskCategory: "关键参数失控",
  riskPoint: "车架焊接强度不足",
  controlMeasure: "每班首件做焊缝外观和拉力抽检",
  frequency: "daily",
  responsibleRole: "officer",
  basis: ["GB 17761-2024"],
};

describe("generation", () => {
  it("shows nothing to officers before the list exists and refuses them generation", async () => {
    const empty = await a.as("officer").riskList.get();
    expect(empty).toMatchObject({ currentVersion: 0, version: null, items: [], canEdit: false });
    expect(empty.missingCatalogItems).toBe(
      riskItemsFor({ kind: "producer", productGroupIds: ["e-bike", "safety-helmet"] }).length,
    );
    expect((await failure(a.as("officer").riskList.generate())).code).toBe("FORBIDDEN");
    expect(await t.db.riskControlItem.count()).toBe(0);
  });

  it("generates version 1 from the products and kind, naming responsible people", async () => {
    const result = await a.as("director").riskList.generate();
    const drafts = riskItemsFor({ kind: "producer", productGroupIds: ["e-bike", "safety-helmet"] });
    expect(result).toEqual({ version: 1, added: drafts.length, changed: true });
    const list = await a.as("viewer").riskList.get();
    expect(list.currentVersion).toBe(1);
    expect(list.items.map((i) => i.catalogItemId)).toEqual(drafts.map((d) => d.catalogItemId));
    expect(list.version).toMatchObject({
      version: 1,
      triggers: ["initial"],
      preparedBy: { name: "李总监" },
      approvedBy: null,
    });
    const daily = list.items.find((i) => i.frequency === "daily");
    expect(daily).toMatchObject({ responsibleRole: "officer", responsibleName: "张安全员" });
    expect(list.items.every((i) => i.basis.length > 0)).toBe(true);
    // generating again with unchanged products makes no new version
    expect(await a.as("principal").riskList.generate()).toEqual({ version: 1, added: 0, changed: false });
  });
});

describe("versioned changes", () => {
  it("retires an item into a new version while the old version still lists it", async () => {
    const v1 = await a.as("director").riskList.get();
    const target = v1.items[0];
    if (!target) throw new Error("no items");
    const { version } = await a
      .as("director")
      .riskList.retireItem({ itemId: target.id, reason: "该工序已外包，不再自行生产" });
    expect(version).toBe(2);
    const v2 = await a.as("officer").riskList.get();
    expect(v2.items.map((i) => i.id)).not.toContain(target.id);
    expect(v2.items).toHaveLength(v1.items.length - 1);
    expect(v2.version).toMatchObject({
      version: 2,
      reason: "该工序已外包，不再自行生产",
      triggers: ["itemRetired"],
      retired: 1,
    });
    const old = await a.as("officer").riskList.get({ version: 1 });
    expect(old.items.map((i) => i.id)).toContain(target.id);
    expect(old.versions.map((v) => v.version)).toEqual([2, 1]);
    // the row is kept, marked with the version it left the list in
    expect(
      await t.db.riskControlItem.findUniqueOrThrow({
        where: { id: target.id },
        select: { retiredInVersion: true, status: true },
      }),
    ).toEqual({ retiredInVersion: 2, status: "retired" });
  });

  it("edits by superseding the row and adds items, each as a new version by the principal (approved)", async () => {
    const before = await a.as("principal").riskList.get();
    const target = before.items[0];
    if (!target) throw new Error("no items");
    const edited = await a.as("principal").riskList.editItem({
      itemId: target.id,
      reason: "细化管控措施",
      item: { ...newItem, responsibleUserId: a.users.officer.id },
    });
    expect(edited.version).toBe(3);
    expect(edited.item).toMatchObject({
      supersedesId: target.id,
      seq: target.seq,
      riskPoint: "车架焊接强度不足",
      responsibleName: "张安全员",
      catalogItemId: target.catalogItemId,
    });
    const added = await a
      .as("principal")
      .riskList.addItem({ reason: "新增焊接工序管控", item: { ...newItem, riskPoint: "焊丝批次混用" } });
    expect(added.version).toBe(4);
    const now = await a.as("viewer").riskList.get();
    expect(now.items).toHaveLength(before.items.length + 1);
    expect(now.version).toMatchObject({ version: 4, approvedBy: { name: "王主要" } });
    const v2 = await a.as("viewer").riskList.get({ version: 2 });
    expect(v2.items.find((i) => i.id === target.id)?.riskPoint).toBe(target.riskPoint);
  });

  it("requires a reason and valid content, writing nothing otherwise", async () => {
    const item = (await a.as("director").riskList.get()).items[0];
    if (!item) throw new Error("no items");
    const counts = async () => ({
      items: await t.db.riskControlItem.count(),
      versions: await t.db.riskListVersion.count(),
    });
    const before = await counts();
    expect(await failure(a.as("director").riskList.retireItem({ itemId: item.id, reason: "  " }))).toMatchObject({
      code: "BAD_REQUEST",
      paths: ["reason"],
    });
    expect(
      await failure(
        a.as("director").riskList.addItem({
          reason: "x",
          item: { ...newItem, frequency: "hourly" as RiskControlItemCreate["frequency"] },
        }),
      ),
    ).toMatchObject({ paths: ["item.frequency"] });
    expect(
      await failure(
        a.as("director").riskList.addItem({ reason: "x", item: { ...newItem, responsibleUserId: b.users.officer.id } }),
      ),
    ).toMatchObject({ appCode: "MEMBER_NOT_FOUND", paths: ["item.responsibleUserId"] });
    expect(await failure(a.as("director").riskList.get({ version: 99 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });

  it("lets neither an officer nor a viewer change the list", async () => {
    const item = (await a.as("officer").riskList.get()).items[0];
    if (!item) throw new Error("no items");
    const before = await t.db.riskListVersion.count();
    expect((await failure(a.as("officer").riskList.retireItem({ itemId: item.id, reason: "试图撤销" }))).code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await failure(a.as("officer").riskList.editItem({ itemId: item.id, reason: "试图修改", item: newItem }))).code,
    ).toBe("FORBIDDEN");
    expect((await failure(a.as("viewer").riskList.addItem({ reason: "试图新增", item: newItem }))).code).toBe(
      "FORBIDDEN",
    );
    expect(await t.db.riskListVersion.count()).toBe(before);
  });

  it("keeps organisation B away from A's items even with A's ids", async () => {
    await b.as("principal").riskList.generate();
    const itemOfA = (await a.as("director").riskList.get()).items[0];
    if (!itemOfA) throw new Error("no items");
    expect((await b.as("principal").riskList.get()).items.map((i) => i.id)).not.toContain(itemOfA.id);
    expect(await failure(b.as("principal").riskList.retireItem({ itemId: itemOfA.id, reason: "越权" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await failure(b.as("principal").riskList.editItem({ itemId: itemOfA.id, reason: "越权", item: newItem })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await t.db.riskControlItem.findUniqueOrThrow({ where: { id: itemOfA.id }, select: { retiredInVersion: true } }),
    ).toEqual({ retiredInVersion: null });
    // seller lists hold the generic seller items
    expect((await b.as("viewer").riskList.get()).items.some((i) => i.stage === "sales")).toBe(true);
  });

  it("regenerates after a new product: adds the missing catalogue items, never brings back retired ones", async () => {
    const before = await a.as("director").riskList.get();
    await a
      .as("director")
      .profile.products.create({ name: "头盔", productGroupId: "e-bike-helmet", scopeRoutes: ["ccc"] });
    expect((await a.as("director").riskList.get()).missingCatalogItems).toBeGreaterThan(0);
    const result = await a.as("director").riskList.generate();
    const helmetItems = riskItemsFor({ kind: "producer", productGroupIds: ["e-bike-helmet"] }).filter(
      (d) => d.productGroupId === "e-bike-helmet",
    );
    expect(result).toEqual({ version: before.currentVersion + 1, added: helmetItems.length, changed: true });
    const after = await a.as("director").riskList.get();
    expect(after.version).toMatchObject({ triggers: ["newProduct"] });
    expect(after.items).toHaveLength(before.items.length + helmetItems.length);
    expect(after.missingCatalogItems).toBe(0);
  });

  it("lets the principal approve a director's version, and nobody else", async () => {
    const v2 = (await a.as("viewer").riskList.get({ version: 2 })).version;
    expect(v2).toMatchObject({ approvedBy: null, approvedAt: null });
    expect((await failure(a.as("director").riskList.approve({ version: 2 }))).code).toBe("FORBIDDEN");
    expect((await failure(b.as("principal").riskList.approve({ version: 99 }))).code).toBe("NOT_FOUND");
    await a.as("principal").riskList.approve({ version: 2 });
    expect((await a.as("viewer").riskList.get({ version: 2 })).version).toMatchObject({
      approvedBy: { name: "王主要" },
    });
    expect(await t.db.auditEvent.count({ where: { organizationId: a.id, action: "risk_list.approve" } })).toBe(1);
    // approving again changes nothing
    await a.as("principal").riskList.approve({ version: 2 });
    expect(await t.db.auditEvent.count({ where: { organizationId: a.id, action: "risk_list.approve" } })).toBe(1);
  });

  it("lists assignees: active members other than viewers", async () => {
    const people = await a.as("officer").riskList.assignees();
    expect(people.map((p) => p.name).sort()).toEqual(["张安全员", "李总监", "王主要"].sort());
  });
});

describe("XLSX export", () => {
  it("opens with exceljs and holds the header block and one row per item of the version", async () => {
    const doc = await a.as("viewer").riskList.get({ version: 2 });
    const buffer = await buildRiskListXlsx(doc);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const text = (r: number, c: number) => String(sheet.getRow(r).getCell(c).value ?? "");
    expect(text(1, 1)).toBe("工业产品质量安全风险管控清单");
    expect(text(2, 3)).toBe("a测试企业有限公司");
    expect(text(4, 3)).toMatch(/^第 2 版（(现行|已批准|待批准|未批准)）$/);
    expect(text(6, 1)).toBe("编制");
    let headerRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === "序号") headerRow = n;
    });
    expect(XLSX_COLUMNS.map((_, i) => text(headerRow, i + 1))).toEqual([
      "序号",
      "控制环节",
      "风险点",
      "管控措施",
      "管控频次",
      "责任岗位",
      "责任人",
      "依据",
    ]);
    expect(sheet.rowCount - headerRow).toBe(doc.items.length);
    const first = doc.items[0];
    expect(text(headerRow + 1, 1)).toBe("1");
    expect(text(headerRow + 1, 4)).toBe(first?.controlMeasure);
    expect(xlsxFileName(2).contentDisposition).toContain(
      "filename*=UTF-8''%E9%A3%8E%E9%99%A9%E7%AE%A1%E6%8E%A7%E6%B8%85%E5%8D%95-v2.xlsx",
    );
  });
});
