// The foundation's promise: on a database migrated from empty and seeded (twice), the
// organisation-scoped client never shows one organisation another's rows, for every model.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORG_SCOPED_MODELS, forOrganization, countAppliedMigrations } from "@anzhi/db";
import { createTestDb, migrationsFor, type TestDb } from "@anzhi/db/testing";
import { createFieldCipher } from "../crypto/field-cipher.ts";
import { DEMO_SLUGS, seedDemo } from "../seed/index.ts";

let t: TestDb;
let a: string;
let b: string;

type Delegate = {
  findMany: (args?: object) => Promise<Array<{ organizationId: string }>>;
  count: (args?: object) => Promise<number>;
};

function delegate(client: object, model: string): Delegate {
  const key = model.charAt(0).toLowerCase() + model.slice(1);
  return (client as Record<string, Delegate>)[key] as Delegate;
}

beforeAll(async () => {
  t = await createTestDb("anzhi-tenancy-");
  const cipher = createFieldCipher(randomBytes(32));
  await seedDemo(t.db, { encrypt: cipher.encrypt, now: new Date("2026-11-27T02:30:00Z") });
  await seedDemo(t.db, { encrypt: cipher.encrypt, now: new Date("2026-11-27T02:30:00Z") });
  a = (await t.db.organization.findUniqueOrThrow({ where: { slug: DEMO_SLUGS.battery } })).id;
  b = (await t.db.organization.findUniqueOrThrow({ where: { slug: DEMO_SLUGS.hardware } })).id;
});

afterAll(async () => {
  await t?.cleanup();
});

describe("tenancy on seeded data", () => {
  it("starts from every committed migration", async () => {
    expect(await countAppliedMigrations(t.url)).toBe(migrationsFor(t).length);
  });

  it("scopes every organisation-owned model", async () => {
    const scopedA = forOrganization(t.db, a);
    let modelsWithRowsOfBoth = 0;
    for (const model of ORG_SCOPED_MODELS) {
      const rows = await delegate(scopedA, model).findMany();
      expect(
        rows.every((r) => r.organizationId === a),
        `${model} leaked another organisation's rows`,
      ).toBe(true);
      expect(await delegate(scopedA, model).count()).toBe(
        await delegate(t.db, model).count({ where: { organizationId: a } }),
      );
      // even an explicit request for B's rows returns nothing
      expect(await delegate(scopedA, model).findMany({ where: { organizationId: b } })).toEqual([]);
      const ofB = await delegate(t.db, model).count({ where: { organizationId: b } });
      if (rows.length > 0 && ofB > 0) modelsWithRowsOfBoth++;
    }
    // the check is meaningful: both demo organisations own rows in many tables
    expect(modelsWithRowsOfBoth).toBeGreaterThanOrEqual(10);
  });
});
