// `pnpm anzhi audit verify` on the seeded demo database, then on copies edited behind the app's
// back (triggers dropped, rows rewritten or removed with raw SQLite): verify names the first
// broken link and exits non-zero.
import { copyFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAllDbs } from "@anzhi/db";
import { cliInTempDir } from "../testing.ts";

const { dir, cli, cleanup } = await cliInTempDir("anzhi-cli-audit-");
const file = path.join(dir, "anzhi.db");
const pristine = path.join(dir, "pristine.db");

beforeAll(async () => {
  expect((await cli("migrate")).code).toBe(0);
  expect((await cli("seed")).code).toBe(0);
  await closeAllDbs();
  const db = new Database(file);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  copyFileSync(file, pristine);
}, 120_000);
afterAll(cleanup);

/** A fresh copy of the seeded database, changed by `tamper` with raw SQL (no app, no Prisma). */
async function tampered(tamper: (db: Database.Database) => void): Promise<void> {
  await closeAllDbs();
  copyFileSync(pristine, file);
  const db = new Database(file);
  tamper(db);
  db.close();
}

function orgId(db: Database.Database, slug: string): string {
  return (db.prepare(`SELECT id FROM "Organization" WHERE slug = ?`).get(slug) as { id: string }).id;
}

describe("pnpm anzhi audit verify", () => {
  it("finds every chain of the seeded database intact", async () => {
    const all = await cli("audit", "verify");
    expect(all.code).toBe(0);
    expect(all.lines.length).toBeGreaterThanOrEqual(3);
    for (const line of all.lines) expect(line).toMatch(/: ok, \d+ events, head #\d+ [0-9a-f]{64}$/);
    const one = await cli("audit", "verify", "--org", "demo-battery");
    expect(one.lines).toHaveLength(1);
    expect(one.out).toMatch(/^org demo-battery: ok, \d+ events/);
    expect((await cli("audit", "verify", "--org", "nope")).code).toBe(1);
  });

  it("refuses to change or delete an audit row through SQLite while the triggers stand", async () => {
    await tampered((db) => {
      expect(() => db.prepare(`UPDATE "AuditEvent" SET "dataJson" = '{}' WHERE "seq" = 1`).run()).toThrow(
        /append-only/,
      );
      expect(() => db.prepare(`DELETE FROM "AuditEvent" WHERE "seq" = 2`).run()).toThrow(/append-only/);
    });
    expect((await cli("audit", "verify")).code).toBe(0);
  });

  it("names the first changed event when a row is rewritten with the triggers dropped", async () => {
    let id = "";
    await tampered((db) => {
      const org = orgId(db, "demo-battery");
      const row = db.prepare(`SELECT id FROM "AuditEvent" WHERE "organizationId" = ? AND "seq" = 5`).get(org) as {
        id: string;
      };
      id = row.id;
      db.exec(`DROP TRIGGER "AuditEvent_no_update"`);
      db.prepare(`UPDATE "AuditEvent" SET "dataJson" = '{"zeroRisk":true}' WHERE id = ?`).run(id);
    });
    const result = await cli("audit", "verify");
    expect(result.code).toBe(1);
    expect(result.out).toContain(`org demo-battery: BROKEN at #5 (event ${id}): hash_mismatch`);
    expect(result.out).toMatch(/org demo-hardware: ok/);
    expect(result.err).toBe("error: audit trail broken in 1 chain(s)");
    expect((await cli("audit", "verify", "--org", "demo-hardware")).code).toBe(0);
  });

  it("names the gap when an event is removed, and the link when one is rewritten with its own hash", async () => {
    await tampered((db) => {
      db.exec(`DROP TRIGGER "AuditEvent_no_delete"`);
      db.prepare(`DELETE FROM "AuditEvent" WHERE "organizationId" = ? AND "seq" = 3`).run(orgId(db, "demo-hardware"));
    });
    const removed = await cli("audit", "verify", "--org", "demo-hardware");
    expect(removed.code).toBe(1);
    expect(removed.out).toMatch(/BROKEN at #3 \(event \w+\): missing_position/);

    // A forger who recomputes the edited row's own hash still breaks the next link.
    const { eventHash } = await import("@anzhi/domain/audit/chain");
    await tampered((db) => {
      const org = orgId(db, "demo-hardware");
      const row = db.prepare(`SELECT * FROM "AuditEvent" WHERE "organizationId" = ? AND "seq" = 4`).get(org) as {
        id: string;
        prevHash: string;
        at: number | string;
      } & Record<string, string | null>;
      const forged = { ...row, action: "forged", at: new Date(row.at) } as unknown as Parameters<typeof eventHash>[0];
      db.exec(`DROP TRIGGER "AuditEvent_no_update"`);
      db.prepare(`UPDATE "AuditEvent" SET "action" = 'forged', "hash" = ? WHERE id = ?`).run(
        eventHash(forged, 4, row.prevHash),
        row.id,
      );
    });
    const forged = await cli("audit", "verify", "--org", "demo-hardware");
    expect(forged.code).toBe(1);
    expect(forged.out).toMatch(/BROKEN at #5 \(event \w+\): prev_hash_mismatch/);
  });
});
