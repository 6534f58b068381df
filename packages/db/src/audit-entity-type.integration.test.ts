// The normalize_audit_entity_type migration: audit rows written with a model name ("Hazard",
// "InspectionRecord") before it read as the snake_case table name after it; other rows stay.
import Database from "better-sqlite3";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrateDatabase, readMigrations } from "./migrate.ts";

const MIGRATION = readMigrations().find((m) => m.name.endsWith("_normalize_audit_entity_type"));
const tmp = mkdtempSync(path.join(os.tmpdir(), "anzhi-audit-entity-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it("rewrites the model names of existing audit rows to table names", () => {
  expect(MIGRATION).toBeDefined();
  const before = path.join(tmp, "before");
  for (const m of readMigrations().filter((m) => m.name < (MIGRATION?.name ?? "")))
    cpSync(path.join(MIGRATIONS_DIR, m.name), path.join(before, m.name), { recursive: true });
  const file = path.join(tmp, "audit.db");
  migrateDatabase(file, before);

  const old = [
    "Hazard",
    "hazard",
    "InspectionRecord",
    "ProductionLicence",
    "CccCertificate",
    "ApiKey",
    "User",
    "weekly_report",
    "daily_check_run",
  ];
  const sqlite = new Database(file);
  const insert = sqlite.prepare(
    `INSERT INTO "AuditEvent" (id, actorKind, action, entityType) VALUES (?, 'system', 'test', ?)`,
  );
  old.forEach((type, i) => insert.run(`a${i}`, type));
  sqlite.close();

  migrateDatabase(file);
  const after = new Database(file, { readonly: true });
  const rows = after.prepare(`SELECT entityType FROM "AuditEvent" ORDER BY id`).all() as Array<{ entityType: string }>;
  after.close();
  expect(rows.map((r) => r.entityType)).toEqual([
    "hazard",
    "hazard",
    "inspection_record",
    "production_licence",
    "ccc_certificate",
    "api_key",
    "user",
    "weekly_report",
    "daily_check_run",
  ]);
});
