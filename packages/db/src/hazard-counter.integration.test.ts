// The add_hazard_counter migration: each organisation's counter for a year starts after its
// highest existing hazard number that year, so numbering continues where the ledger left off.
import Database from "better-sqlite3";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { testPostgresUrl } from "./testing.ts";
import { MIGRATIONS_DIR, migrateDatabase, readMigrations } from "./migrate.ts";

const MIGRATION = readMigrations().find((m) => m.name.endsWith("_add_hazard_counter"));
const tmp = mkdtempSync(path.join(os.tmpdir(), "anzhi-hazard-counter-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A SQLite data migration (the PostgreSQL set starts after it, from its baseline).
it.skipIf(testPostgresUrl())("starts every organisation's counter per year after its highest existing number", () => {
  expect(MIGRATION).toBeDefined();
  const before = path.join(tmp, "before");
  for (const m of readMigrations().filter((m) => m.name < (MIGRATION?.name ?? "")))
    cpSync(path.join(MIGRATIONS_DIR, m.name), path.join(before, m.name), { recursive: true });
  const file = path.join(tmp, "hazards.db");
  migrateDatabase(file, before);

  const sqlite = new Database(file);
  const org = sqlite.prepare(
    `INSERT INTO "Organization" (id, slug, kind, name, uscc, regionCode, address, employeeCount, annualRevenueWanYuan, sizeClass, updatedAt)
     VALUES (?, ?, 'producer', ?, ?, '320411', '常州', 10, 100, 'micro', '2026-11-01T00:00:00.000+00:00')`,
  );
  org.run("A", "a", "A", "91350100M000100Y43");
  org.run("B", "b", "B", "91110108MA01AB2C3T");
  const hazard = sqlite.prepare(
    `INSERT INTO "Hazard" (id, organizationId, hazardNo, source, title, description, severity, dueDate, updatedAt)
     VALUES (?, ?, ?, 'manual', 't', 'd', 'general', '2026-12-01', '2026-11-01T00:00:00.000+00:00')`,
  );
  [
    ["A", "YH-2025-0007"],
    ["A", "YH-2026-0003"],
    ["A", "YH-2026-0012"],
    ["A", "YH-2026-0009"],
    ["B", "YH-2026-0002"],
    ["B", "YH-2026-10001"],
  ].forEach(([orgId, no], i) => hazard.run(`h${i}`, orgId, no));
  sqlite.close();

  migrateDatabase(file);
  const after = new Database(file, { readonly: true });
  const rows = after
    .prepare(`SELECT organizationId, year, last FROM "HazardCounter" ORDER BY organizationId, year`)
    .all();
  after.close();
  expect(rows).toEqual([
    { organizationId: "A", year: 2025, last: 7 },
    { organizationId: "A", year: 2026, last: 12 },
    { organizationId: "B", year: 2026, last: 10001 },
  ]);
});
