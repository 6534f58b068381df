// Per-batch risk items on the daily sheet (docs/decisions/022): a 每批 check at receipt has one
// line per 进货查验 record of the day, named by its batch; a 逐台 check before release has one line
// per outgoing inspection, or its one line when nothing was released; signing needs every batch
// line; "其余正常" answers them all; the signed record keeps each batch's line.
import { drawnSignature } from "../testing/signature.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { clock, createRoutineOrg, refused, sh, type RoutineOrg } from "./routines.fixture.ts";

let t: TestDb;
let a: RoutineOrg;
let receiptItem: string;
let releaseItem: string;
const purchases: string[] = [];
const DAY = "2026-10-09";

beforeAll(async () => {
  t = await createTestDb("anzhi-daily-batches-");
  a = await createRoutineOrg(t.db, "a");
  const list = await t.db.riskControlList.findUniqueOrThrow({ where: { organizationId: a.id } });
  const item = (seq: number, stage: string, trigger: string, riskPoint: string) =>
    t.db.riskControlItem.create({
      data: {
        organizationId: a.id,
        listId: list.id,
        seq,
        stage,
        riskCategory: "进货产品不合格",
        riskPoint,
        controlMeasure: `${riskPoint}：查验合格证明和检验报告`,
        frequency: "daily",
        trigger,
        responsibleRole: "officer",
        basis: "市场监管总局令第76号",
        introducedInVersion: 1,
      },
      select: { id: true },
    });
  receiptItem = (await item(6, "incoming", "perBatch", "购进无合格证明的产品")).id;
  releaseItem = (await item(7, "outgoing", "perUnit", "未经检验的产品出厂")).id;
  const supplier = await t.db.supplier.create({
    data: { organizationId: a.id, name: "常州电芯供应有限公司", uscc: "91320411MA1X0000X0", type: "goods" },
  });
  for (const [batchNo, at] of [
    ["B-1009-01", "2026-10-09T08:00:00"],
    ["B-1009-02", "2026-10-09T09:00:00"],
  ] as const) {
    const row = await t.db.purchaseCheck.create({
      data: {
        organizationId: a.id,
        supplierId: supplier.id,
        productName: "锂电芯",
        specModel: "21700",
        batchNo,
        quantity: 1000,
        unit: "只",
        purchaseDate: DAY,
        conformityCertificate: "ok",
        inspectionReport: "ok",
        markingCheck: "consistent",
        conclusion: "accepted",
        checkedBy: "a-officer",
        contentHash: batchNo,
        source: "web",
        createdAt: sh(at),
      },
    });
    purchases.push(row.id);
  }
  // a delivery of another day is not on this day's sheet
  await t.db.purchaseCheck.create({
    data: {
      organizationId: a.id,
      supplierId: supplier.id,
      productName: "锂电芯",
      specModel: "21700",
      batchNo: "B-1008-01",
      quantity: 10,
      unit: "只",
      purchaseDate: "2026-10-08",
      conformityCertificate: "ok",
      inspectionReport: "ok",
      markingCheck: "consistent",
      conclusion: "accepted",
      checkedBy: "a-officer",
      contentHash: "B-1008-01",
      source: "web",
    },
  });
});
afterAll(async () => t?.cleanup());

const answer = (riskItemId: string, batchRef?: string) => ({
  siteId: a.siteId,
  checkDate: DAY,
  riskItemId,
  ...(batchRef ? { batchRef } : {}),
  result: "ok" as const,
});

describe("per-batch items on the daily sheet", { timeout: 30_000 }, () => {
  it("lists one line per batch received that day, and the release check once when nothing was released", async () => {
    clock.now = sh("2026-10-09T10:00:00");
    const day = await a.as("officer").routines.daily.day();
    const items = day.sheets[0]?.items ?? [];
    const receipt = items.filter((i) => i.riskItemId === receiptItem);
    expect(receipt.map((i) => [i.batchRef, i.batchLabel, i.state])).toEqual([
      [`purchase:${purchases[0]}`, "常州电芯供应有限公司 · 锂电芯 21700 · 批号 B-1009-01", "due_today"],
      [`purchase:${purchases[1]}`, "常州电芯供应有限公司 · 锂电芯 21700 · 批号 B-1009-02", "due_today"],
    ]);
    expect(items.filter((i) => i.riskItemId === releaseItem).map((i) => [i.batchRef, i.batchLabel])).toEqual([
      ["", null],
    ]);
    // the daily items without a trigger keep their one line
    expect(items.filter((i) => i.riskItemId === a.daily[0]).map((i) => i.batchRef)).toEqual([""]);
  });

  it("refuses an answer for a batch that is not on the sheet", async () => {
    const r = await refused(a.as("officer").routines.daily.answer(answer(receiptItem, "purchase:nope")));
    expect(r).toMatchObject({ appCode: "RECORD_NOT_FOUND", paths: ["batchRef"] });
    const bare = await refused(a.as("officer").routines.daily.answer(answer(receiptItem)));
    expect(bare).toMatchObject({ appCode: "RECORD_NOT_FOUND", paths: ["riskItemId"] });
  });

  it("needs every batch line before signing, and names the missing batch", async () => {
    for (const id of a.daily) await a.as("officer").routines.daily.answer(answer(id));
    await a.as("officer").routines.daily.answer(answer(releaseItem));
    await a.as("officer").routines.daily.answer(answer(receiptItem, `purchase:${purchases[0]}`));
    const r = await refused(
      a.as("officer").routines.daily.submit({ signature: drawnSignature, siteId: a.siteId, checkDate: DAY }),
    );
    expect(r.appCode).toBe("RECORD_INCOMPLETE");
    expect(r.paths).toEqual([`items.${receiptItem}.purchase:${purchases[1]}`]);
    expect(await t.db.dailyCheckRun.count({ where: { organizationId: a.id, status: "submitted" } })).toBe(0);
  });

  it("其余正常 answers the remaining batch line; the signed record keeps one line per batch", async () => {
    await a.as("officer").routines.daily.restOk({ siteId: a.siteId, checkDate: DAY });
    const signed = await a
      .as("officer")
      .routines.daily.submit({ signature: drawnSignature, siteId: a.siteId, checkDate: DAY });
    const run = await a.as("viewer").routines.daily.get({ runId: signed.runId });
    const lines = run.entries.filter((e) => e.riskItemId === receiptItem);
    expect(lines.map((e) => [e.batchLabel, e.result])).toEqual([
      ["常州电芯供应有限公司 · 锂电芯 21700 · 批号 B-1009-01", "ok"],
      ["常州电芯供应有限公司 · 锂电芯 21700 · 批号 B-1009-02", "ok"],
    ]);
    expect(run.entries.filter((e) => e.riskItemId === releaseItem)).toHaveLength(1);
    // the database keeps a signed line's batch fixed
    const line = lines[0];
    if (!line) throw new Error("no line");
    await expect(
      t.db.dailyCheckEntry.update({ where: { id: line.id }, data: { batchLabel: "改过" } }),
    ).rejects.toThrow();
    expect((await t.db.dailyCheckEntry.findUniqueOrThrow({ where: { id: line.id } })).batchLabel).toBe(line.batchLabel);
  });
});
