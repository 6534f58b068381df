// The setup guide's ticks, on a hand-made organisation built up one step at a time on a real
// SQLite file, and on a neighbour whose rows must never tick ours.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { setupProgress } from "./setup.ts";

let t: TestDb;
let org: string;
let other: string;
let officer: string;
const NOW = new Date("2026-11-25T02:00:00Z"); // 2026-11-25 10:00 in Shanghai
const clock = () => ({ organizationId: org, timeZone: "Asia/Shanghai", now: NOW });
const doneKeys = async () => (await setupProgress(t.db, clock())).steps.filter((s) => s.done).map((s) => s.key);

async function makeOrg(slug: string, uscc: string): Promise<string> {
  const o = await t.db.organization.create({
    data: {
      slug,
      kind: "producer",
      name: slug,
      uscc,
      regionCode: "320411",
      address: "常州",
      employeeCount: 10,
      annualRevenueWanYuan: 100,
      sizeClass: "micro",
    },
  });
  return o.id;
}

beforeAll(async () => {
  t = await createTestDb("anzhi-setup-");
  org = await makeOrg("setup-a", "91350100M000100Y43");
  other = await makeOrg("setup-b", "91320400MA0000010X");
  officer = (await t.db.user.create({ data: { email: "o@setup.test", name: "安全员", passwordHash: "x" } })).id;
});

afterAll(async () => {
  await t?.cleanup();
});

describe("setupProgress", () => {
  it("starts with nothing done, and a neighbour's rows tick nothing", async () => {
    const site = await t.db.site.create({
      data: { organizationId: other, name: "别家厂区", type: "factory", address: "x" },
    });
    await t.db.orgSizeFigure.create({
      data: { organizationId: other, year: 2025, employeeCount: 5, annualRevenueWanYuan: 1, recordedAt: NOW },
    });
    await t.db.product.create({
      data: { organizationId: other, name: "别家产品", model: "m", productGroupId: "g", siteId: site.id },
    });
    const p = await setupProgress(t.db, clock());
    expect(p).toEqual({
      steps: [
        { key: "profile", done: false },
        { key: "sites", done: false },
        { key: "products", done: false },
        { key: "riskList", done: false },
        { key: "people", done: false },
        { key: "firstDaily", done: false },
      ],
      done: false,
      next: "profile",
      dailyBlockedBy: "sites",
    });
  });

  it("ticks the profile only for the previous year's size figures", async () => {
    await t.db.orgSizeFigure.create({
      data: { organizationId: org, year: 2024, employeeCount: 10, annualRevenueWanYuan: 100, recordedAt: NOW },
    });
    expect(await doneKeys()).toEqual([]);
    await t.db.orgSizeFigure.create({
      data: { organizationId: org, year: 2025, employeeCount: 10, annualRevenueWanYuan: 100, recordedAt: NOW },
    });
    expect(await doneKeys()).toEqual(["profile"]);
    // in the new year the figures of 2026 are due: the step opens again
    const nextYear = await setupProgress(t.db, { ...clock(), now: new Date("2027-03-15T02:00:00Z") });
    expect(nextYear.next).toBe("profile");
  });

  it("counts a site and a product only while they are not retired", async () => {
    const retired = await t.db.site.create({
      data: { organizationId: org, name: "旧厂区", type: "factory", address: "x", retiredAt: NOW },
    });
    expect(await doneKeys()).toEqual(["profile"]);
    const site = await t.db.site.create({ data: { organizationId: org, name: "一厂", type: "factory", address: "x" } });
    await t.db.product.create({
      data: { organizationId: org, name: "电线", model: "m", productGroupId: "g", siteId: retired.id, retiredAt: NOW },
    });
    expect(await doneKeys()).toEqual(["profile", "sites"]);
    await t.db.product.create({
      data: { organizationId: org, name: "电缆", model: "m", productGroupId: "g", siteId: site.id },
    });
    const p = await setupProgress(t.db, clock());
    expect(p.steps.filter((s) => s.done).map((s) => s.key)).toEqual(["profile", "sites", "products"]);
    expect(p.dailyBlockedBy).toBe("riskList");
  });

  it("ticks the risk list at its first approved version, not at a draft", async () => {
    const list = await t.db.riskControlList.create({ data: { organizationId: org, title: "清单", currentVersion: 1 } });
    const v = await t.db.riskListVersion.create({
      data: {
        organizationId: org,
        listId: list.id,
        version: 1,
        reason: "initial",
        effectiveFrom: "2026-11-25",
        createdByUserId: officer,
      },
    });
    const draft = await setupProgress(t.db, clock());
    expect(draft.next).toBe("riskList");
    expect(draft.steps[3]).toEqual({ key: "riskList", done: false, awaitingApproval: true });
    await t.db.riskListVersion.update({ where: { id: v.id }, data: { approvedAt: NOW, approvedByUserId: officer } });
    const approved = await setupProgress(t.db, clock());
    expect(approved.next).toBe("people");
    expect(approved.steps[3]).toEqual({ key: "riskList", done: true });
  });

  it("needs an officer appointment in force that is linked to an account", async () => {
    const base = { organizationId: org, employment: "full_time", phoneEnc: "x" };
    await t.db.roleAssignment.create({
      data: { ...base, role: "director", personName: "总监", userId: officer, appointedOn: "2026-11-01" },
    });
    await t.db.roleAssignment.create({
      data: { ...base, role: "officer", personName: "无账号", appointedOn: "2026-11-01" },
    });
    await t.db.roleAssignment.create({
      data: {
        ...base,
        role: "officer",
        personName: "已离任",
        userId: officer,
        appointedOn: "2026-01-01",
        endedOn: "2026-11-20",
      },
    });
    await t.db.roleAssignment.create({
      data: { ...base, role: "officer", personName: "下月到任", userId: officer, appointedOn: "2026-12-01" },
    });
    expect((await setupProgress(t.db, clock())).dailyBlockedBy).toBe("people");
    await t.db.roleAssignment.create({
      data: { ...base, role: "officer", personName: "安全员", userId: officer, appointedOn: "2026-11-25" },
    });
    const p = await setupProgress(t.db, clock());
    expect(p).toMatchObject({ next: "firstDaily", dailyBlockedBy: null, done: false });
  });

  it("is done once a daily record is signed, not while it is a draft", async () => {
    const site = await t.db.site.findFirstOrThrow({ where: { organizationId: org, retiredAt: null } });
    const run = await t.db.dailyCheckRun.create({
      data: { organizationId: org, siteId: site.id, officerUserId: officer, checkDate: "2026-11-25", listVersion: 1 },
    });
    expect((await setupProgress(t.db, clock())).done).toBe(false);
    await t.db.dailyCheckRun.update({
      where: { id: run.id },
      data: { status: "submitted", signedAt: NOW, signedByUserId: officer, submittedAt: NOW },
    });
    expect(await setupProgress(t.db, clock())).toMatchObject({ done: true, next: null, dailyBlockedBy: null });
  });
});
