// The app at a chosen instant: one clock per request, the enterprise's day in its own time zone.
// 00:30 on 4 January in Shanghai is still 3 January in UTC — the hours in which a server that
// reads the UTC date (or the wall clock) shows yesterday's ledger.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createOrgWithPeople, type OrgPeople } from "../testing/org-people.ts";
import { testClock } from "../testing/clock.ts";

let t: TestDb;
let a: OrgPeople;
const clock = testClock("2027-01-04 00:30", "Asia/Shanghai");

beforeAll(async () => {
  t = await createTestDb("anzhi-clock-");
  a = await createOrgWithPeople(t.db, "a", "producer", { clock });
});
afterAll(async () => t?.cleanup());

async function exportedNos(range: { from: string; to: string }): Promise<string[]> {
  const file = await a.as("director").hazards.exportXlsx(range);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  const nos: string[] = [];
  wb.worksheets[0]?.eachRow((row) => {
    const v = String(row.getCell(1).value ?? "");
    if (/^YH-/.test(v)) nos.push(v);
  });
  return nos;
}

describe("at 2027-01-04 00:30 Asia/Shanghai (2027-01-03 16:30 UTC)", () => {
  it("the enterprise's today is 4 January", async () => {
    expect(clock().toISOString()).toBe("2027-01-03T16:30:00.000Z");
    expect((await a.as("officer").members.current()).today).toBe("2027-01-04");
    expect((await a.as("director").dashboard.overview()).today).toBe("2027-01-04");
  });

  it("a hazard found now is dated, numbered and exported as 4 January's", async () => {
    const { id, hazardNo } = await a.as("officer").hazards.create({
      title: "叉车通道堆放纸箱",
      description: "成品库通道被占用",
      source: "manual",
      severity: "general",
      ownerUserId: a.ids.officer,
      dueDate: "2027-01-11",
    });
    expect(hazardNo).toBe("YH-2027-0001");
    expect((await t.db.hazard.findUniqueOrThrow({ where: { id } })).createdAt).toEqual(clock());
    expect(
      (await a.as("director").hazards.list({ from: "2027-01-04", to: "2027-01-04" })).items.map((h) => h.id),
    ).toEqual([id]);
    expect((await a.as("director").hazards.list({ from: "2027-01-03", to: "2027-01-03" })).items).toEqual([]);
    expect(await exportedNos({ from: "2027-01-04", to: "2027-01-04" })).toEqual(["YH-2027-0001"]);
  });

  it("moving the clock moves what is overdue", async () => {
    clock.set("2027-01-11 23:59");
    expect((await a.as("director").hazards.list({ overdue: true })).total).toBe(0);
    clock.set("2027-01-12 00:01");
    expect((await a.as("director").hazards.list({ overdue: true })).items.map((h) => h.hazardNo)).toEqual([
      "YH-2027-0001",
    ]);
    clock.set("2027-01-04 00:30");
  });
});
