// The regulator's enterprise list at a district bureau's real size: 1,010 enterprises granted one
// agency (beyond SQLite's ~1,000 bind variables, where an id list used to answer HTTP 500). The
// list pages at 50, ranks every enterprise by the sorted indicator alone (then evaluates the page
// in full), and logs only the shown enterprises' reads (in one insert).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkInsert } from "@anzhi/db";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { addRegulatorUser, createAgency } from "@anzhi/domain/regulator/agencies";
import { loginAs, signUpOrg, TEST_PASSWORD, type Caller } from "../testing/sessions.ts";

const BULK = 1_009;
let t: TestDb;
let inspector: Caller;
let a: Awaited<ReturnType<typeof signUpOrg>>;

beforeAll(async () => {
  t = await createTestDb("anzhi-regulator-scale-");
  a = await signUpOrg(t.db, 401);
  const agencyId = (await createAgency(t.db, { name: "新北区市场监督管理局", level: "district", regionCode: "320411" }))
    .id;
  await addRegulatorUser(t.db, "新北区市场监督管理局", {
    email: "inspector@xinbei.test",
    name: "王监管",
    password: TEST_PASSWORD,
  });
  inspector = (await loginAs(t.db, "inspector@xinbei.test")).caller;
  // The signed-up enterprise grants through the product; the other 1,009 are inserted in bulk.
  await a.caller.regulatorAccess.grant({ agencyId, ledgers: "all" });
  const grantedBy = (await t.db.membership.findFirstOrThrow({ where: { organizationId: a.organizationId } })).userId;
  const n = Array.from({ length: BULK }, (_, k) => k + 1);
  const now = new Date();
  await t.db.$transaction(async (tx) => {
    await bulkInsert(
      tx,
      "Organization",
      [
        "id",
        "slug",
        "kind",
        "name",
        "uscc",
        "regionCode",
        "address",
        "employeeCount",
        "annualRevenueWanYuan",
        "sizeClass",
        "activatedOn",
        "updatedAt",
      ],
      n.map((i) => [
        `bulk${i}`,
        `bulk-${i}`,
        "producer",
        `批量企业${String(i).padStart(4, "0")}`,
        `U${String(i).padStart(17, "0")}`,
        "320411",
        "常州",
        10,
        100,
        "micro",
        "2026-01-05",
        now,
      ]),
    );
    await bulkInsert(
      tx,
      "AccessGrant",
      ["id", "organizationId", "agencyId", "ledgers", "grantedByUserId", "grantedAt"],
      n.map((i) => [`gbulk${i}`, `bulk${i}`, agencyId, i === 7 ? '["hazards"]' : "all", grantedBy, now]),
    );
  });
  // One bulk enterprise has an overdue major hazard, so sorting and flags have something to find.
  await t.db.hazard.create({
    data: {
      organizationId: "bulk7",
      hazardNo: "YH-2026-0001",
      source: "manual",
      title: "隐患",
      description: "测试",
      severity: "major",
      dueDate: "2020-01-10",
    },
  });
}, 120_000);
afterAll(async () => t?.cleanup());

describe("the enterprise list at 1,010 granted enterprises", () => {
  it("pages by name at 50 and logs the shown enterprises' reads", async () => {
    const before = await t.db.regulatorReadLog.count({ where: { ledger: "overview" } });
    const first = await inspector.regulator.enterprises();
    expect(first.total).toBe(BULK + 1);
    expect([first.page, first.pageCount, first.enterprises.length]).toEqual([1, 21, 50]);
    // Chinese collation: 测 (cè) sorts before 批 (pī).
    expect(first.enterprises.slice(0, 2).map((e) => e.name)).toEqual(["测试企业401", "批量企业0001"]);
    expect(await t.db.regulatorReadLog.count({ where: { ledger: "overview" } })).toBe(before + 50);
    const last = await inspector.regulator.enterprises({ page: 21 });
    expect(last.enterprises.length).toBe(10);
    // Beyond the last page reads the last page.
    expect((await inspector.regulator.enterprises({ page: 99 })).page).toBe(21);
    const names = new Set<string>();
    for (let page = 1; page <= 21; page++)
      for (const e of (await inspector.regulator.enterprises({ page })).enterprises) names.add(e.name);
    expect(names.size).toBe(BULK + 1);
  }, 120_000);

  it("sorts and filters over every enterprise, not one page", async () => {
    const worst = await inspector.regulator.enterprises({ sort: "overdueHazards" });
    expect(worst.enterprises[0]).toMatchObject({ id: "bulk7", ledgers: ["hazards"] });
    expect(worst.enterprises[0]?.indicators).toMatchObject({ overdueHazards: 1, majorHazards: 1, daily: null });
    // Ranked by hazards only, yet the page shows every granted indicator of its enterprises.
    expect(worst.enterprises[1]?.indicators).toMatchObject({ overdueHazards: 0, weeklyMissing: expect.any(Number) });
    expect(worst.enterprises[1]?.indicators.daily).not.toBeNull();
    const flagged = await inspector.regulator.enterprises({ only: ["majorHazards"] });
    expect([flagged.total, flagged.matched, flagged.enterprises.map((e) => e.id)]).toEqual([BULK + 1, 1, ["bulk7"]]);
    // Every bulk enterprise started on 5 Jan 2026 and never filed a daily record: fully missed.
    const daily = await inspector.regulator.enterprises({ sort: "dailyCompletion", page: 2 });
    expect(daily.enterprises.every((e) => e.indicators.daily === null || e.indicators.daily.rate !== 100)).toBe(true);
  }, 120_000);

  it("answers the major-report inbox over the same grants", async () => {
    await expect(inspector.regulator.reports()).resolves.toEqual([]);
  });
});
