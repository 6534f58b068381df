// The raw statements of dialect.ts on whichever database the suite runs against (SQLite by
// default, PostgreSQL under `pnpm test:pg`).
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  bulkInsert,
  bumpHazardCounter,
  dialectOf,
  listTables,
  serialize,
  textContains,
  writeChainLinks,
} from "./dialect.ts";
import { forOrganization } from "./scope.ts";
import { createTestDb, type TestDb } from "./testing.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("anzhi-dialect-");
  await t.db.organization.create({
    data: {
      id: "org-a",
      slug: "a",
      kind: "producer",
      name: "常州甲厂",
      uscc: "91350100M000100Y43",
      regionCode: "320411",
      address: "常州",
      employeeCount: 10,
      annualRevenueWanYuan: 100,
      sizeClass: "micro",
    },
  });
});
afterAll(async () => t?.cleanup());

it("knows its database, in a transaction too", async () => {
  expect(dialectOf(t.db)).toBe(t.dialect);
  expect(await t.db.$transaction(async (tx) => dialectOf(tx))).toBe(t.dialect);
});

it("searches text ignoring ASCII case on both databases, through a scoped client too", async () => {
  await t.db.auditEvent.createMany({
    data: ["Case.Search 批次 AB-7", "case.search 批次 ab-8", "other"].map((action) => ({
      organizationId: "org-a",
      actorKind: "system",
      action,
      entityType: "system",
      dataJson: "{}",
    })),
  });
  const actions = async (db: object & Pick<TestDb["db"], "auditEvent">, text: string) =>
    (await db.auditEvent.findMany({ where: { action: textContains(db, text) }, orderBy: { action: "asc" } })).map(
      (r) => r.action,
    );
  expect(await actions(t.db, "CASE.SEARCH")).toEqual(["Case.Search 批次 AB-7", "case.search 批次 ab-8"]);
  expect(await actions(t.db, "批次 Ab-7")).toEqual(["Case.Search 批次 AB-7"]);
  const scoped = forOrganization(t.db, "org-a");
  expect(dialectOf(scoped)).toBe(t.dialect);
  expect(await actions(scoped, "ab-")).toEqual(["Case.Search 批次 AB-7", "case.search 批次 ab-8"]);
});

it("inserts many rows with one statement and Prisma reads them back unchanged", async () => {
  const at = new Date("2026-12-02T08:30:00.123Z");
  await t.db.$transaction((tx) =>
    bulkInsert(
      tx,
      "AuditEvent",
      ["id", "organizationId", "actorKind", "action", "entityType", "dataJson", "ip", "at"],
      [
        ["b1", "org-a", "system", "test.bulk", "system", '{"名称":"检验"}', null, at],
        ["b2", null, "system", "test.bulk", "system", "{}", "10.0.0.1", at],
      ],
    ),
  );
  const rows = await t.db.auditEvent.findMany({ where: { action: "test.bulk" }, orderBy: { id: "asc" } });
  expect(rows.map((r) => [r.id, r.organizationId, r.dataJson, r.ip, r.at.toISOString()])).toEqual([
    ["b1", "org-a", '{"名称":"检验"}', null, at.toISOString()],
    ["b2", null, "{}", "10.0.0.1", at.toISOString()],
  ]);
  await t.db.$transaction((tx) =>
    writeChainLinks(tx, [
      ["b1", 1, "", "h1"],
      ["b2", 1, "", "h2"],
    ]),
  );
  expect((await t.db.auditEvent.findUniqueOrThrow({ where: { id: "b1" } })).seq).toBe(1);
});

it("numbers hazards without a duplicate even when the year's first numbers race", async () => {
  const bump = () =>
    t.db.$transaction(async (tx) => {
      await serialize(tx, "test");
      return bumpHazardCounter(tx, "org-a", 2027, 5);
    });
  const got = await Promise.all(Array.from({ length: 8 }, bump));
  expect(got.sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
  // Unserialised first rows: ON CONFLICT turns the loser's insert into the next number.
  const raced = await Promise.all(
    Array.from({ length: 6 }, () => t.db.$transaction((tx) => bumpHazardCounter(tx, "org-a", 2028, 1))),
  );
  expect(raced.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  // A batch reserves its numbers in one update: the first from `first`, the next after the last.
  const reserve = (first: number, count: number) =>
    t.db.$transaction((tx) => bumpHazardCounter(tx, "org-a", 2029, first, count));
  expect(await reserve(3, 1000)).toBe(1002);
  expect(await reserve(1, 5)).toBe(1007);
  await expect(reserve(1, 0)).rejects.toThrow(/positive integer/);
});

it("lists the application's tables", async () => {
  const tables = await listTables(t.db);
  expect(tables).toContain("Organization");
  expect(tables).not.toContain("_prisma_migrations");
});

// A transaction holds SQLite's write lock from its start (client.ts, beginImmediate): another
// connection that commits between its read and its write can no longer make that write fail with
// SQLITE_BUSY. Shown from a second connection, which cannot take the write lock meanwhile.
it.skipIf(!!process.env.ANZHI_TEST_DATABASE)(
  "on SQLite a transaction takes the write lock when it begins, before its first write",
  async () => {
    const Database = (await import("better-sqlite3")).default;
    const other = new Database(t.file, { timeout: 0 });
    try {
      const tryWriteLock = () => {
        try {
          other.prepare("BEGIN IMMEDIATE").run();
          other.prepare("ROLLBACK").run();
          return "free";
        } catch (error) {
          return (error as { code?: string }).code;
        }
      };
      expect(tryWriteLock()).toBe("free");
      const inside = await t.db.$transaction(async (tx) => {
        await tx.organization.findMany({ select: { id: true } }); // a read, no write yet
        return tryWriteLock();
      });
      expect(inside).toBe("SQLITE_BUSY");
      expect(tryWriteLock()).toBe("free");
    } finally {
      other.close();
    }
  },
);
