// Idempotency-Key is scoped to the API key: the scope is checked before any stored answer is
// replayed, and who-is-asking refusals (401/403) are never stored — so a read-only key cannot read
// a write key's stored answer, and a refusal stored for it cannot swallow the write key's request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createV1Handler } from "./http.ts";
import { createIngestFixture, type IngestFixture } from "./testing.ts";

const BASE = "http://localhost/api/v1";
let t: TestDb;
let handle: (request: Request) => Promise<Response>;
let org: IngestFixture;
let writer: string;
let reader: string;

beforeAll(async () => {
  t = await createTestDb("anzhi-v1-idem-");
  handle = createV1Handler({ db: t.db });
  org = await createIngestFixture(t.db, { slug: "v1-idem" });
  writer = await org.key(["records:read", "records:write"], { name: "ERP write" });
  reader = await org.key(["records:read"], { name: "BI read-only" });
});
afterAll(async () => t?.cleanup());

function post(key: string, idempotencyKey: string, body: unknown, path = "/suppliers") {
  return handle(
    new Request(`${BASE}${path}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${key}`,
        "content-type": "application/json",
        "idempotency-key": idempotencyKey,
      },
      body: JSON.stringify(body),
    }),
  );
}

const supplier = (externalId: string, name = "常州电芯科技有限公司") => ({ externalId, name, type: "component" });
const stored = (key: string) => t.db.idempotencyKey.count({ where: { key } });

describe("Idempotency-Key per API key", () => {
  it("does not replay a write key's stored answer to a read-only key of the same organisation", async () => {
    const first = await post(writer, "idem-1", supplier("V-I1"));
    expect(first.status).toBe(200);
    const stolen = await post(reader, "idem-1", supplier("V-I1"));
    expect(stolen.status).toBe(403);
    expect(stolen.headers.get("idempotent-replayed")).toBeNull();
    expect(await stolen.json()).toMatchObject({ error: { code: "API_KEY_SCOPE_MISSING" } });
    // tRPC transport too.
    const viaTrpc = await post(reader, "idem-1", supplier("V-I1"), "/trpc/suppliers.push");
    expect(viaTrpc.status).toBe(403);
    expect(viaTrpc.headers.get("idempotent-replayed")).toBeNull();
    // The writer still gets its own answer replayed.
    const replay = await post(writer, "idem-1", supplier("V-I1"));
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toMatchObject({ status: "created", externalId: "V-I1" });
  });

  it("never stores a refusal for a read-only key, so the write key's request with that key is performed", async () => {
    const refused = await post(reader, "idem-2", supplier("V-I2"));
    expect(refused.status).toBe(403);
    expect(await stored("idem-2")).toBe(0);
    const write = await post(writer, "idem-2", supplier("V-I2"));
    expect(write.status).toBe(200);
    expect(write.headers.get("idempotent-replayed")).toBeNull();
    expect(await write.json()).toMatchObject({ status: "created" });
    expect(await t.db.supplier.count({ where: { organizationId: org.organizationId, externalId: "V-I2" } })).toBe(1);
  });

  it("keeps two write keys of one organisation apart: the same Idempotency-Key is no conflict", async () => {
    const other = await org.key(["records:write"], { name: "second ERP" });
    expect((await post(writer, "idem-3", supplier("V-I3"))).status).toBe(200);
    const second = await post(other, "idem-3", supplier("V-I4"));
    expect(second.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBeNull();
    expect(await second.json()).toMatchObject({ status: "created", externalId: "V-I4" });
    expect(await stored("idem-3")).toBe(2);
    // Within one key a different body with the same Idempotency-Key is still refused.
    expect((await post(other, "idem-3", supplier("V-I5"))).status).toBe(409);
  });

  it("does not store a refused API key or a site-binding refusal", async () => {
    const bound = await org.key(["records:write"], { siteId: org.siteIds.main, name: "site-bound" });
    expect((await post(`${writer}x`, "idem-4", supplier("V-I6"))).status).toBe(401);
    const mismatch = await post(
      bound,
      "idem-5",
      {
        externalId: "OUT-1",
        productCode: "LH-4820T",
        siteCode: "SITE2",
        specModel: "48V20Ah",
        batchNo: "B1",
        quantity: 1,
        unit: "台",
        inspectedAt: "2026-11-20T15:00:00+08:00",
        result: "pass",
        inspector: "李强",
        standardNo: "GB 43854-2024",
        lines: [{ item: "外观", result: "pass" }],
      },
      "/inspections/outgoing",
    );
    expect(mismatch.status).toBe(403);
    expect(await stored("idem-4")).toBe(0);
    expect(await stored("idem-5")).toBe(0);
  });
});
