// Suppliers, products and outgoing inspections through the SDK, and the REST mapping + OpenAPI
// document a Java or C# ERP would use instead.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Anzhi, AnzhiAuthError } from "../src/index";
import { startTestServer, type TestServer } from "./fixtures";

let s: TestServer;
let key: string;
let anzhi: Anzhi;

beforeAll(async () => {
  s = await startTestServer();
  key = await s.orgA.key(["records:read", "records:write"]);
  anzhi = new Anzhi({ apiKey: key, baseUrl: s.server.url, locale: "en" });
});
afterAll(async () => s?.close());

const outgoing = {
  externalId: "OUT-1",
  productCode: "BAT-48",
  specModel: "48V24Ah",
  batchNo: "LH4824-261120-01",
  quantity: 200,
  unit: "只",
  inspectedAt: "2026-11-20T15:00:00+08:00",
  result: "pass" as const,
  inspector: "蒋涛（OQC）",
  standardNo: "GB 43854-2024",
  releaseDecision: "released" as const,
  markingCheck: "pass" as const,
  approver: "周建华",
  lines: [{ item: "开路电压", requirement: "52.0–54.6 V", measured: "53.4", unit: "V", result: "pass" as const }],
};

describe("master data and outgoing inspections", () => {
  it("upserts suppliers and products, then links outgoing records to the product", async () => {
    const suppliers = await anzhi.suppliers.pushBatch([
      { externalId: "V-1", name: "常州镍带有限公司", type: "raw_material" },
      { externalId: "V-1", name: "重复", type: "raw_material" },
    ]);
    expect(suppliers.results.map((r) => r.status)).toEqual(["created", "rejected"]);
    expect(
      await anzhi.suppliers.push({ externalId: "V-1", name: "常州镍带有限公司", type: "raw_material" }),
    ).toMatchObject({ status: "unchanged" });
    expect(
      await anzhi.suppliers.push({
        externalId: "V-1",
        name: "常州镍带有限公司",
        type: "raw_material",
        contactName: "李强",
      }),
    ).toMatchObject({ status: "updated" });
    expect(await anzhi.suppliers.get("V-1")).toMatchObject({ contactName: "李强" });

    const product = {
      code: "BAT-48",
      name: "电动自行车用锂离子蓄电池",
      specModel: "48V24Ah",
      productGroupId: "e-bike-battery-charger",
      scopeRoutes: ["ccc" as const],
    };
    expect(await anzhi.products.push(product)).toMatchObject({ status: "created" });
    expect(await anzhi.products.get("BAT-48")).toMatchObject({
      code: "BAT-48",
      scopeRoutes: ["ccc"],
      specModel: "48V24Ah",
    });

    expect(await anzhi.inspections.outgoing.push(outgoing)).toMatchObject({ status: "created" });
    const stored = await anzhi.inspections.outgoing.get("OUT-1");
    expect(stored).toMatchObject({
      kind: "outgoing",
      productCode: "BAT-48",
      itemName: "电动自行车用锂离子蓄电池",
      details: { releaseDecision: "released" },
    });
    const mine: string[] = [];
    for await (const r of anzhi.inspections.outgoing.list({ productCode: "BAT-48", result: "pass" }))
      mine.push(r.externalId ?? "");
    expect(mine).toEqual(["OUT-1"]);

    // 出厂放行/发货: the inspected batch ships clean, an uninspected one opens its hazard
    const shipped = await anzhi.shipments.pushBatch([
      {
        externalId: "SH-1",
        productCode: "BAT-48",
        event: "shipped",
        batchNo: outgoing.batchNo,
        quantity: 20,
        unit: "只",
        shippedOn: "2026-11-21",
      },
      {
        externalId: "SH-2",
        productCode: "BAT-48",
        event: "released",
        batchNo: "LH4824-NONE",
        quantity: 5,
        unit: "只",
        shippedOn: "2026-11-21",
      },
      {
        externalId: "SH-3",
        productCode: "BAT-48",
        event: "shipped",
        batchNo: "X",
        quantity: 0,
        unit: "只",
        shippedOn: "2026-11-21",
      },
    ]);
    expect(shipped.results.map((r) => r.status)).toEqual(["created", "created", "rejected"]);
    expect(shipped.results[0]?.hazardNo).toBeUndefined();
    expect(shipped.results[1]?.hazardNo).toMatch(/^YH-/);
    expect(await anzhi.shipments.get("SH-2")).toMatchObject({
      uninspected: true,
      hazardNo: shipped.results[1]?.hazardNo,
    });
    const flagged: string[] = [];
    for await (const sh of anzhi.shipments.list({})) if (sh.uninspected) flagged.push(sh.externalId ?? "");
    expect(flagged).toEqual(["SH-2"]);
  });

  it("binds a site-bound key to its site", async () => {
    const bound = new Anzhi({
      apiKey: await s.orgA.key(["records:write", "records:read"], { siteId: s.orgA.siteIds.second }),
      baseUrl: s.server.url,
    });
    const report = await bound.inspections.outgoing.pushBatch([
      { ...outgoing, externalId: "OUT-S1" },
      { ...outgoing, externalId: "OUT-S2", siteCode: "MAIN" },
    ]);
    expect(report.results.map((r) => r.status)).toEqual(["created", "rejected"]);
    expect(report.results[1]?.issues?.[0]).toMatchObject({ path: "siteCode", code: "API_KEY_SITE_MISMATCH" });
    expect((await bound.inspections.outgoing.get("OUT-S1")).siteCode).toBe("SITE2");
    // Records of other sites are invisible to it.
    await expect(bound.inspections.outgoing.get("OUT-1")).rejects.toMatchObject({ status: 404 });
  });

  it("stops accepting a revoked key", async () => {
    const { revokeApiKey } = await import("@anzhi/domain/api-keys/api-keys");
    const secret = await s.orgA.key(["records:read"]);
    const keyRow = await s.t.db.apiKey.findFirstOrThrow({ where: { prefix: secret.slice(0, 12) } });
    const client = new Anzhi({ apiKey: secret, baseUrl: s.server.url });
    expect(await client.suppliers.get("V-1")).toMatchObject({ externalId: "V-1" });
    await revokeApiKey(s.t.db, s.orgA.organizationId, s.orgA.userId, keyRow.id, new Date());
    await expect(client.suppliers.get("V-1")).rejects.toBeInstanceOf(AnzhiAuthError);
  });
});

describe("REST and OpenAPI", () => {
  it("serves an OpenAPI 3.1 document describing every endpoint", async () => {
    const doc = (await (await fetch(`${s.server.url}/api/v1/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/inspections/incoming",
        "/inspections/incoming/batch",
        "/inspections/incoming/{externalId}",
        "/inspections/outgoing",
        "/suppliers",
        "/suppliers/batch",
        "/products/{code}",
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["IncomingInspectionRecord", "ApiErrorBody"]),
    );
  });

  it("pushes and reads over REST with one error shape", async () => {
    const auth = { authorization: `Bearer ${key}`, "content-type": "application/json", "accept-language": "en" };
    const batch = await fetch(`${s.server.url}/api/v1/suppliers/batch`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({
        records: [
          { externalId: "V-R1", name: "REST 供应商", type: "goods" },
          { externalId: "V-R2", type: "goods" },
        ],
      }),
    });
    expect(batch.status).toBe(200);
    expect(await batch.json()).toMatchObject({
      counts: { created: 1, rejected: 1 },
      results: [{ status: "created" }, { status: "rejected", issues: [{ path: "name", code: "VALIDATION_FAILED" }] }],
    });

    const got = await fetch(`${s.server.url}/api/v1/suppliers/V-R1`, { headers: auth });
    expect(await got.json()).toMatchObject({ externalId: "V-R1", name: "REST 供应商" });

    const bad = await fetch(`${s.server.url}/api/v1/suppliers`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ externalId: "V-R3", type: "nope" }),
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as {
      error: { type: string; code: string; param?: string; requestId: string; issues: { path: string }[] };
    };
    expect(body.error).toMatchObject({
      type: "invalid",
      code: "VALIDATION_FAILED",
      requestId: bad.headers.get("x-request-id"),
    });
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(["name", "type"]);

    const missing = await fetch(`${s.server.url}/api/v1/suppliers/NOPE`, { headers: auth });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { type: "not_found", code: "SUPPLIER_NOT_FOUND" } });

    const anonymous = await fetch(`${s.server.url}/api/v1/suppliers/V-R1`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { type: "unauthenticated", code: "API_KEY_INVALID" } });
  });
});
