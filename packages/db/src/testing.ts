// Test helpers: a fresh, fully migrated SQLite file per call (real database, no mocks).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb, type Db } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";

export interface TestDb {
  db: Db;
  file: string;
  url: string;
  cleanup: () => Promise<void>;
}

export async function createTestDb(prefix = "anzhi-test-"): Promise<TestDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, "test.db");
  migrateDatabase(file);
  const url = `file:${file}`;
  const db = await openDb(url);
  return {
    db,
    file,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
