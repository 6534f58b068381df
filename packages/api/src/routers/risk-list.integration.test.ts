// The risk control list through the tRPC router on a real SQLite file: generation from the
// products, versioned add/edit/retire with reasons, authorisation, tenancy and the XLSX export.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { riskItemsFor, type RiskControlItemCreate } from "@anzhi/contracts";
import { riskListTable } from "@anzhi/domain/regulator/ledgers-records";
import { buildRiskListXlsx, XLSX_COLUMNS, xlsxFileName } from "../risk-list-xlsx.ts";
import { createTestOrg, failure, type TestOrg } from "../testing/profile-fixtures.ts";

/** Text with standard numbers (GB 2811-2019, GB/T 3836.1-2021) and the CCC/Ex marks taken out. */
function withoutStandardCodes(text: string): string {
  return text
    .replace(/\b(GB|QB|JB)(\/T)?\s?[\d.]+(-\d{4})?/g, "")
    .replace(/\b(CCC|Ex|BMS|PACK|OCV|ABS|PC|HDPE|pH|BB|km\/h)\b/g, "");
}

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

  it("puts per-batch and per-delivery checks on the officer, daily at the trigger, with real Chinese text", async () => {
    const list = await a.as("viewer").riskList.get();
    const byCatalog = new Map(list.items.map((i) => [i.catalogItemId, i]));
    // 安全帽 impact tests: every batch, before release — not a weekly item for the director
    expect(byCatalog.get("safety-helmet-04")).toMatchObject({
      frequency: "daily",
      trigger: "perBatch",
      responsibleRole: "officer",
      responsibleName: "张安全员",
      riskLevel: "major",
      checkMethod: "test",
      riskPoint: "安全帽：冲击吸收或耐穿透性能不合格的批次出厂",
      consequence: "作业人员头部防护失效，受到伤害甚至死亡",
    });
    // as generated (earlier tests added and edited a few by hand)
    for (const item of list.items.filter((i) => i.catalogItemId !== null && i.supersedesId === null)) {
      expect(item.riskPoint).not.toMatch(/·.*环节$/);
      expect(item.riskLevel).not.toBeNull();
      expect(item.consequence).not.toBeNull();
      expect(item.checkMethod).not.toBeNull();
      expect(withoutStandardCodes(item.basis)).not.toMatch(/[A-Za-z]{2,}/);
      if (item.trigger && ["perBatch", "perUnit", "perLot", "perDelivery", "perSale"].includes(item.trigger))
        expect([item.frequency, item.responsibleRole]).toEqual(["daily", "officer"]);
    }
    // the generic release item cites the law in Chinese, no English "focus" or "art."
    expect(byCatalog.get("gen-p-04")?.basis).toBe("《中华人民共和国产品质量法》第十二条；市监质监发〔2023〕53号");
    expect(byCatalog.get("gen-p-05")?.basis).toBe("《中华人民共和国产品质量法》第二十七条");
  });

  it("a seller's 进货查验 is the officer's at every delivery", async () => {
    const list = await b.as("viewer").riskList.get();
    const receipt = list.items.find((i) => i.catalogItemId === "cement-08");
    expect(receipt).toMatchObject({
      stage: "incoming",
      frequency: "daily",
      trigger: "perDelivery",
      responsibleRole: "officer",
    });
    expect(list.items.find((i) => i.catalogItemId === "gen-s-02")).toMatchObject({
      trigger: "perBatch",
      responsibleRole: "officer",
      basis: "《中华人民共和国产品质量法》第三十三条；市场监管总局令第76号",
    });
  });

  it("assigns one person to many items in one new version with one reason", async () => {
    const before = await a.as("director").riskList.get();
    const picked = before.items.filter((i) => i.frequency === "weekly").slice(0, 3);
    expect(picked).toHaveLength(3);
    const officer = (await a.as("director").riskList.assignees()).find((p) => p.name === "张安全员");
    if (!officer) throw new Error("no officer");
    const result = await a.as("director").riskList.assignItems({
      itemIds: picked.map((i) => i.id),
      responsibleUserId: officer.userId,
      reason: "周检项目交由质量安全员执行",
    });
    expect(result).toEqual({ version: before.currentVersion + 1, assigned: 3 });
    const after = await a.as("director").riskList.get();
    expect(after.version).toMatchObject({
      reason: "周检项目交由质量安全员执行",
      triggers: ["itemsAssigned"],
      added: 3,
      retired: 3,
    });
    expect(after.items).toHaveLength(before.items.length);
    for (const old of picked) {
      const now = after.items.find((i) => i.supersedesId === old.id);
      expect(now).toMatchObject({
        seq: old.seq,
        riskPoint: old.riskPoint,
        frequency: old.frequency,
        basis: old.basis,
        responsibleName: "张安全员",
      });
    }
    // the previous version still names the earlier people
    const previous = await a.as("viewer").riskList.get({ version: before.currentVersion });
    expect(previous.items.filter((i) => picked.some((p) => p.id === i.id)).map((i) => i.responsibleName)).toEqual(
      picked.map((p) => p.responsibleName),
    );
    expect(await t.db.auditEvent.count({ where: { organizationId: a.id, action: "risk_item.assign" } })).toBe(1);
    // naming them again changes nothing and makes no version
    const again = await a.as("director").riskList.assignItems({
      itemIds: after.items.filter((i) => i.responsibleName === "张安全员" && i.frequency === "weekly").map((i) => i.id),
      responsibleUserId: officer.userId,
      reason: "重复",
    });
    expect(again).toEqual({ version: after.currentVersion, assigned: 0 });
  });

  it("refuses a bulk assignment naming a retired item, another organisation's item, no item or a non-member", async () => {
    const list = await a.as("director").riskList.get();
    const officer = (await a.as("director").riskList.assignees()).find((p) => p.name === "张安全员");
    if (!officer) throw new Error("no officer");
    const retired = await t.db.riskControlItem.findFirstOrThrow({
      where: { organizationId: a.id, retiredInVersion: { not: null } },
    });
    const ok = list.items[0];
    if (!ok) throw new Error("no items");
    const stale = await failure(
      a
        .as("director")
        .riskList.assignItems({ itemIds: [ok.id, retired.id], responsibleUserId: officer.userId, reason: "x" }),
    );
    expect(stale).toMatchObject({ appCode: "RECORD_NOT_FOUND", paths: ["itemIds.1"] });
    const foreign = (await b.as("viewer").riskList.get()).items[0];
    if (!foreign) throw new Error("no items in b");
    expect(
      (
        await failure(
          a
            .as("director")
            .riskList.assignItems({ itemIds: [foreign.id], responsibleUserId: officer.userId, reason: "x" }),
        )
      ).appCode,
    ).toBe("RECORD_NOT_FOUND");
    const bPerson = (await b.as("director").riskList.assignees())[0];
    if (!bPerson) throw new Error("no people in b");
    expect(
      (
        await failure(
          a.as("director").riskList.assignItems({ itemIds: [ok.id], responsibleUserId: bPerson.userId, reason: "x" }),
        )
      ).appCode,
    ).toBe("MEMBER_NOT_FOUND");
    expect(
      (
        await failure(
          a.as("director").riskList.assignItems({ itemIds: [], responsibleUserId: officer.userId, reason: "x" }),
        )
      ).appCode,
    ).toBe("VALIDATION_FAILED");
    expect(
      (
        await failure(
          a.as("officer").riskList.assignItems({ itemIds: [ok.id], responsibleUserId: officer.userId, reason: "x" }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect((await a.as("director").riskList.get()).currentVersion).toBe(list.currentVersion);
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
    // the columns of the provincial model form 《工业产品质量安全风险管控清单》
    expect(XLSX_COLUMNS.map((_, i) => text(headerRow, i + 1))).toEqual([
      "序号",
      "控制环节",
      "风险点",
      "风险类别",
      "风险等级",
      "可能后果",
      "管控措施",
      "检查方式",
      "判定依据",
      "管控频次",
      "责任岗位",
      "责任人",
    ]);
    expect(sheet.rowCount - headerRow).toBe(doc.items.length);
    const first = doc.items[0];
    expect(text(headerRow + 1, 1)).toBe("1");
    expect(text(headerRow + 1, 3)).toBe(first?.riskPoint);
    expect(text(headerRow + 1, 7)).toBe(first?.controlMeasure);
    // a helmet's impact test is printed 每批, on the officer, with its Chinese criterion
    const impact = doc.items.findIndex((i) => i.catalogItemId === "safety-helmet-04");
    const row = headerRow + 1 + impact;
    expect(impact).toBeGreaterThanOrEqual(0);
    expect([text(row, 5), text(row, 8), text(row, 10), text(row, 11)]).toEqual([
      "重大",
      "检验试验",
      "每批",
      "质量安全员",
    ]);
    expect(text(row, 9)).toBe("GB 2811-2019《头部防护 安全帽》");
    for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
      for (const c of [3, 4, 6, 9]) expect(withoutStandardCodes(text(r, c))).not.toMatch(/[A-Za-z]{2,}/);
    }
    expect(xlsxFileName(2).contentDisposition).toContain(
      "filename*=UTF-8''%E9%A3%8E%E9%99%A9%E7%AE%A1%E6%8E%A7%E6%B8%85%E5%8D%95-v2.xlsx",
    );
  });

  it("gives the regulator's risk-list ledger the same model-form columns, for the version in force", async () => {
    const doc = await a.as("viewer").riskList.get({ version: (await a.as("viewer").riskList.get()).inForceVersion });
    const table = await riskListTable(t.db, a.id);
    expect(table.columns.map((c) => c.zh)).toEqual(XLSX_COLUMNS);
    expect(table.rows.map((r) => r.cells[2])).toEqual(doc.items.map((i) => i.riskPoint));
  });
});
