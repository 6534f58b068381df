// Dashboard figures, evidence uploads and the ledger export on a real SQLite file.
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { transactionWithFiles, type FileStore } from "../files/attachments.ts";
import { HazardCreateSchema } from "@anzhi/contracts";
import { parseInput } from "../errors.ts";
import { createManualHazard } from "../hazards/manage.ts";
import { transitionHazard } from "../hazards/lifecycle.ts";
import { hazardLedgerXlsx } from "../hazards/xlsx.ts";
import { ageBucket, dashboardData } from "./dashboard.ts";

/** The rectifier's and the verifier's handwritten signatures (docs/decisions/032). */
const drawnSignature = {
  method: "drawn",
  imageSvg: '<svg xmlns="http://www.w3.org/2000/svg"><path d="M 10 80 C 40 20 80 140 120 60" stroke="black"/></svg>',
} as const;

let t: TestDb;
let org: string;
const users: Record<string, string> = {};
const NOW = new Date("2026-11-25T02:00:00Z"); // Wednesday 10:00 in Shanghai, a working day

beforeAll(async () => {
  t = await createTestDb("anzhi-dashboard-");
  org = (
    await t.db.organization.create({
      data: {
        slug: "dash",
        kind: "producer",
        name: "仪表盘公司",
        uscc: "91350100M000100Y43",
        regionCode: "320411",
        address: "常州",
        employeeCount: 10,
        annualRevenueWanYuan: 100,
        sizeClass: "micro",
      },
    })
  ).id;
  for (const [who, role] of [
    ["principal", "principal"],
    ["director", "director"],
    ["o1", "officer"],
    ["o2", "officer"],
  ] as const) {
    const u = await t.db.user.create({ data: { email: `${who}@dash.test`, name: who, passwordHash: "x" } });
    await t.db.membership.create({ data: { userId: u.id, organizationId: org, rolesJson: JSON.stringify([role]) } });
    users[who] = u.id;
  }
  const list = await t.db.riskControlList.create({
    data: { organizationId: org, title: "风险管控清单", currentVersion: 1 },
  });
  await t.db.riskControlItem.create({
    data: {
      organizationId: org,
      listId: list.id,
      seq: 1,
      stage: "process",
      riskCategory: "设备",
      riskPoint: "灭火器",
      controlMeasure: "检查",
      frequency: "daily",
      responsibleRole: "officer",
      basis: "GB",
      introducedInVersion: 1,
    },
  });
  const site = await t.db.site.create({
    data: { organizationId: org, name: "一号厂区", type: "factory", address: "常州" },
  });
  await t.db.dailyCheckRun.create({
    data: {
      organizationId: org,
      siteId: site.id,
      officerUserId: users.o1 ?? "",
      checkDate: "2026-11-25",
      listVersion: 1,
      status: "submitted",
      submittedAt: NOW,
    },
  });
});
afterAll(async () => t?.cleanup());

const dataDir = mkdtempSync(path.join(os.tmpdir(), "anzhi-files-"));
const who = (k: string) => ({ organizationId: org, userId: users[k] ?? "", now: NOW, dataDir });
/** One file stored in a transaction of its own, as a record's transaction stores it. */
const storeAttachment = (
  input: Omit<Parameters<FileStore["store"]>[0], "file" | "path"> & { fileName: string; bytes: Uint8Array },
) =>
  transactionWithFiles(t.db, dataDir, (_tx, files) =>
    files.store({ ...input, file: { fileName: input.fileName, bytes: input.bytes }, path: "file" }),
  );
// Services take parsed input; a test is an edge, so it parses like the CLI does.
const hazard = (extra: Record<string, unknown>) =>
  parseInput(HazardCreateSchema, {
    title: "隐患",
    description: "描述",
    source: "manual",
    severity: "general",
    ownerUserId: users.o1,
    dueDate: "2026-12-31",
    ...extra,
  });

describe("dashboard", () => {
  it("buckets ages at 7, 30 and 90 days", () => {
    expect([0, 7, 8, 30, 31, 90, 91].map(ageBucket)).toEqual([
      "d0_7",
      "d0_7",
      "d8_30",
      "d8_30",
      "d31_90",
      "d31_90",
      "d90_plus",
    ]);
  });

  it("counts today's records, open hazards by severity and age, and overdue ones", async () => {
    const old = await createManualHazard(
      t.db,
      who("director"),
      hazard({ severity: "significant", dueDate: "2026-11-01" }),
    );
    await t.db.hazard.update({ where: { id: old.id }, data: { createdAt: new Date("2026-09-01T02:00:00Z") } });
    await createManualHazard(t.db, who("director"), hazard({ severity: "major", containment: "停产" }));
    const closed = await createManualHazard(t.db, who("director"), hazard({ dueDate: "2026-11-02" }));
    await transitionHazard(t.db, who("o1"), { hazardId: closed.id, action: { type: "start_rectification" } });
    await transitionHazard(t.db, who("o1"), {
      signature: drawnSignature,
      hazardId: closed.id,
      action: {
        type: "submit_for_verification",
        rectificationNote: "done",
        rootCause: "巡检不到位",
        correctiveAction: "纳入月度点检",
        evidenceExceptionReason: "现场更换，旧件已回收，无留存照片",
      },
    });
    await transitionHazard(t.db, who("director"), {
      signature: drawnSignature,
      hazardId: closed.id,
      action: { type: "verify_pass" },
    });

    const d = await dashboardData(t.db, { organizationId: org, timeZone: "Asia/Shanghai", now: NOW });
    expect(d.today).toBe("2026-11-25");
    expect(d.daily).toMatchObject({ due: 2, submitted: 1 });
    expect(d.daily.officers.map((o) => [o.name, o.submitted])).toEqual([
      ["o1", true],
      ["o2", false],
    ]);
    expect(d.hazards.bySeverity).toEqual({ general: 0, significant: 1, major: 1 });
    expect(d.hazards.byAge).toEqual({ d0_7: 1, d8_30: 0, d31_90: 1, d90_plus: 0 });
    expect(d.hazards.open).toBe(2);
    expect(d.hazards.overdue).toBe(1);
    expect(d.hazards.overdueList[0]).toMatchObject({ id: old.id, daysOverdue: 24 });
    expect(d.week).toMatchObject({ key: "2026-W48", status: "open", dueDate: "2026-11-27" });
    expect(d.month.status).toBe("open");
    expect(d.majorReportDrafts).toBe(1);
  });
});

describe("evidence files", () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

  it("stores a photo under the data folder by its content and links it to a hazard", async () => {
    const file = await storeAttachment({
      organizationId: org,
      fileName: "../../现场.png",
      bytes: png,
      actor: { kind: "user", userId: users.o1 ?? "" },
    });
    expect(file).toMatchObject({ fileName: "现场.png", mimeType: "image/png", size: png.length });
    const row = await t.db.attachment.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.storageKey.startsWith(`uploads/${org}/`)).toBe(true);
    expect(readFileSync(path.join(dataDir, row.storageKey))).toEqual(png);
    const h = await createManualHazard(t.db, who("o1"), hazard({ evidenceFileIds: [file.id] }));
    expect(
      await t.db.attachmentLink.count({ where: { entityType: "hazard", entityId: h.id, attachmentId: file.id } }),
    ).toBe(1);
  });

  it("refuses a file whose bytes are not an image or PDF, and one that is too large", async () => {
    const before = await t.db.attachment.count();
    const fake = storeAttachment({
      organizationId: org,
      fileName: "photo.jpg",
      bytes: Buffer.from("MZ not an image"),
      actor: { kind: "system" },
    });
    await expect(fake).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      issues: [{ path: "file", message: "file.type_not_allowed" }],
    });
    const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]);
    await expect(
      storeAttachment({ organizationId: org, fileName: "big.png", bytes: big, actor: { kind: "system" } }),
    ).rejects.toMatchObject({
      issues: [{ message: "file.too_large" }],
    });
    expect(await t.db.attachment.count()).toBe(before);
  });

  it("refuses linking a file id of another organisation", async () => {
    await expect(
      createManualHazard(t.db, who("o1"), hazard({ evidenceFileIds: ["not-a-file"] })),
    ).rejects.toMatchObject({ issues: [{ path: "evidenceFileIds.0" }] });
  });
});

describe("ledger export", () => {
  it("lists every hazard of the range with its status, overdue mark and people", async () => {
    const file = await hazardLedgerXlsx(
      t.db,
      { organizationId: org, timeZone: "Asia/Shanghai", now: NOW },
      { from: "2026-01-01", to: "2099-12-31" },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("隐患台账");
    const rows: string[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
    const data = rows.filter((r) => r[0]?.startsWith("YH-"));
    expect(data).toHaveLength(await t.db.hazard.count({ where: { organizationId: org } }));
    const closedRow = data.find((r) => r[10] === "已销号");
    expect(closedRow?.[13]).toBe("o1");
    expect(closedRow?.[16]).toBe("director");
    expect(data.some((r) => r[11] === "逾期" && r[5] === "较大")).toBe(true);
  });
});
