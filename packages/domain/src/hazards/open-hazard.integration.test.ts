import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { openHazard } from "./open-hazard.ts";

let t: TestDb;
let orgA: string;
let orgB: string;

const org = (slug: string, uscc: string) => ({
  slug,
  kind: "producer",
  name: slug,
  uscc,
  regionCode: "320411",
  address: "常州",
  employeeCount: 10,
  annualRevenueWanYuan: 100,
  sizeClass: "micro",
});

beforeAll(async () => {
  t = await createTestDb("anzhi-hazard-");
  orgA = (await t.db.organization.create({ data: org("a-org", "91350100M000100Y43") })).id;
  orgB = (await t.db.organization.create({ data: org("b-org", "91110108MA01AB2C3T") })).id;
});
afterAll(async () => t?.cleanup());

// 2026-11-27 10:30 in Shanghai.
const NOW = new Date("2026-11-27T02:30:00Z");
const base = {
  source: "manual",
  title: "灭火器过期",
  description: "车间灭火器过期未更换",
  severity: "general",
  dueDate: "2026-12-04",
  actor: { kind: "system" },
  now: NOW,
} as const;

const seeded = {
  source: "manual",
  title: "示例隐患",
  description: "种子数据直接写入",
  severity: "general",
  dueDate: "2026-12-04",
};

describe("openHazard", () => {
  it("numbers hazards per organisation and year and records the create event and audit", async () => {
    const first = await t.db.$transaction((tx) => openHazard(tx, { ...base, organizationId: orgA }));
    const second = await t.db.$transaction((tx) => openHazard(tx, { ...base, organizationId: orgA }));
    const otherOrg = await t.db.$transaction((tx) => openHazard(tx, { ...base, organizationId: orgB }));
    // Numbered by the year it was found in, in the organisation's time zone — not by its due date:
    // found on 31 December (due in January) is still 2026's; 00:30 on 1 January in Shanghai
    // (16:30Z on 31 December) is 2027's.
    const dueNextYear = await t.db.$transaction((tx) =>
      openHazard(tx, { ...base, organizationId: orgA, dueDate: "2027-01-05", now: new Date("2026-12-31T08:00:00Z") }),
    );
    const nextYear = await t.db.$transaction((tx) =>
      openHazard(tx, { ...base, organizationId: orgA, dueDate: "2027-01-08", now: new Date("2026-12-31T16:30:00Z") }),
    );
    expect([first.hazardNo, second.hazardNo, otherOrg.hazardNo, dueNextYear.hazardNo, nextYear.hazardNo]).toEqual([
      "YH-2026-0001",
      "YH-2026-0002",
      "YH-2026-0001",
      "YH-2026-0003",
      "YH-2027-0001",
    ]);
    expect((await t.db.hazard.findUniqueOrThrow({ where: { id: nextYear.id } })).createdAt).toEqual(
      new Date("2026-12-31T16:30:00Z"),
    );
    const events = await t.db.hazardEvent.findMany({ where: { hazardId: first.id } });
    expect(events).toMatchObject([
      { fromStatus: null, toStatus: "open", action: "create", actorKind: "system", at: NOW },
    ]);
    expect(await t.db.auditEvent.count({ where: { entityId: first.id, action: "hazard.open" } })).toBe(1);
    expect((await t.db.hazard.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("open");
  });

  it("writes nothing when the surrounding transaction fails, and the number is given back", async () => {
    const before = await t.db.hazard.count();
    await expect(
      t.db.$transaction(async (tx) => {
        await openHazard(tx, { ...base, organizationId: orgA });
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");
    expect(await t.db.hazard.count()).toBe(before);
    // Gapless per year: the rolled-back hazard's number goes to the next one.
    const next = await t.db.$transaction((tx) => openHazard(tx, { ...base, organizationId: orgA }));
    expect(next.hazardNo).toBe("YH-2026-0004");
  });

  it("numbers from the organisation's counter row, not by scanning the ledger", async () => {
    const orgC = (await t.db.organization.create({ data: org("c-org", "91320411MA0000001X") })).id;
    const first = await t.db.$transaction((tx) => openHazard(tx, { ...base, organizationId: orgC }));
    expect(first.hazardNo).toBe("YH-2026-0001");
    expect(await t.db.hazardCounter.findMany({ where: { organizationId: orgC } })).toMatchObject([
      { year: 2026, last: 1 },
    ]);
    // The counter alone decides: moved on (as the migration does for an existing ledger), the
    // next number follows it although the ledger holds only 0001.
    await t.db.hazardCounter.update({
      where: { organizationId_year: { organizationId: orgC, year: 2026 } },
      data: { last: 41 },
    });
    const next = await t.db.$transaction((tx) => openHazard(tx, { ...base, organizationId: orgC }));
    expect(next.hazardNo).toBe("YH-2026-0042");
  });

  it("starts a year without a counter after the highest number already in the ledger (seeded rows)", async () => {
    const orgD = (await t.db.organization.create({ data: org("d-org", "91320411MA0000002X") })).id;
    await t.db.hazard.create({
      data: { ...seeded, organizationId: orgD, hazardNo: "YH-2026-0017" },
    });
    const opened = await t.db.$transaction((tx) => openHazard(tx, { ...base, organizationId: orgD }));
    expect(opened.hazardNo).toBe("YH-2026-0018");
  });

  it("uses the time zone the caller passes instead of looking it up", async () => {
    // 16:30Z on 31 December is already 2027 in Shanghai (the organisation's zone), still 2026 in UTC.
    const opened = await t.db.$transaction((tx) =>
      openHazard(tx, { ...base, organizationId: orgB, timeZone: "UTC", now: new Date("2026-12-31T16:30:00Z") }),
    );
    expect(opened.hazardNo).toBe("YH-2026-0002");
  });
});
