import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testPostgresUrl, type TestDb } from "./testing.ts";
import { withPayload } from "./bulk-payload.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("anzhi-payload-");
});
afterAll(async () => t?.cleanup());

// SQLite only: PostgreSQL takes the JSON document as one jsonb parameter (dialect.ts).
describe.skipIf(testPostgresUrl())("anzhi_payload()", () => {
  it("hands a JSON document to SQLite inside a transaction and forgets it afterwards", async () => {
    const doc = JSON.stringify([
      ["a", "一"],
      ["b", "二"],
    ]);
    let key = "";
    const rows = await withPayload(doc, async (k) => {
      key = k;
      return t.db.$transaction((tx) =>
        tx.$queryRawUnsafe<{ k: string; v: string }[]>(
          "SELECT value ->> 0 AS k, value ->> 1 AS v FROM json_each(anzhi_payload(?))",
          k,
        ),
      );
    });
    expect(rows.map((r) => [r.k, r.v])).toEqual([
      ["a", "一"],
      ["b", "二"],
    ]);
    const after = await t.db.$queryRawUnsafe<{ p: string | null }[]>("SELECT anzhi_payload(?) AS p", key);
    expect(after[0]?.p).toBeNull();
  });
});
