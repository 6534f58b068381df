// The v1 HTTP handler on bad input, over both transports (REST for Java/C# ERPs, tRPC for the
// SDK): malformed JSON, unpaired UTF-16 surrogates and garbage list cursors are the caller's
// fault — 400 with the field and the reason in the caller's language, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiErrorBody } from "@anzhi/contracts";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createV1Handler } from "./http.ts";
import { createIngestFixture } from "./testing.ts";

const BASE = "http://localhost/api/v1";
let t: TestDb;
let handle: (request: Request) => Promise<Response>;
let key: string;

beforeAll(async () => {
  t = await createTestDb("anzhi-v1-http-");
  handle = createV1Handler({ db: t.db });
  key = await (await createIngestFixture(t.db, { slug: "v1-http" })).key(["records:read", "records:write"]);
});
afterAll(async () => t?.cleanup());

type Lang = "zh-CN" | "en";

function send(path: string, init: { method?: string; body?: string; lang?: Lang; idempotencyKey?: string } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${key}`, "accept-language": init.lang ?? "zh-CN" };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.idempotencyKey) headers["idempotency-key"] = init.idempotencyKey;
  return handle(
    new Request(`${BASE}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      body: init.body,
    }),
  );
}

interface TrpcErrorBody {
  error: {
    message: string;
    data: { httpStatus: number; appCode: string; issues: { path: string; message: string }[] | null };
  };
}

async function rest(response: Response) {
  expect(response.status).toBe(400);
  const body = (await response.json()) as ApiErrorBody;
  expect(body.error).toMatchObject({ type: "invalid", code: "VALIDATION_FAILED", requestId: expect.any(String) });
  return body.error;
}

async function trpc(response: Response) {
  expect(response.status).toBe(400);
  const body = (await response.json()) as TrpcErrorBody;
  expect(body.error.data).toMatchObject({ httpStatus: 400, appCode: "VALIDATION_FAILED" });
  return { message: body.error.message, issues: body.error.data.issues ?? [] };
}

// A supplier whose name holds a lone high surrogate, written as the JSON escape an ERP would send.
const loneSurrogate = String.raw`{"externalId":"V-77","name":"常州\ud800电芯","type":"raw_material"}`;
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const badCursors = [
  ["out of the date range", cursorOf([1e20, "x"])],
  ["an id with a lone surrogate", Buffer.from(String.raw`[0,"\udc00"]`).toString("base64url")],
  ["not base64 JSON at all", "zz%%"],
] as const;

describe("REST /api/v1 on bad input", () => {
  it("answers 400 for a malformed JSON body, naming the body, in Chinese by default and English on request", async () => {
    const zh = await rest(await send("/suppliers", { body: "{bad" }));
    expect(zh).toMatchObject({ param: "body", issues: [{ path: "body", message: expect.stringContaining("JSON") }] });
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
    const en = await rest(await send("/suppliers", { body: "{bad", lang: "en", idempotencyKey: "bad-json-1" }));
    expect(en.issues?.[0]).toMatchObject({
      path: "body",
      message: expect.stringMatching(/^The request is not valid JSON/),
    });
  });

  it("answers 400 for an unpaired surrogate, naming the field, and stores nothing", async () => {
    const zh = await rest(await send("/suppliers", { body: loneSurrogate }));
    expect(zh.issues).toEqual([{ path: "name", message: expect.stringMatching(/Unicode/) }]);
    expect(zh.param).toBe("name");
    const en = await rest(await send("/suppliers/batch", { body: `{"records":[${loneSurrogate}]}`, lang: "en" }));
    expect(en.issues).toEqual([
      {
        path: "records.0.name",
        message: "Contains characters that cannot be stored (an unpaired Unicode surrogate or a NUL)",
      },
    ]);
    expect(await t.db.supplier.count({ where: { externalId: "V-77" } })).toBe(0);
  });

  // PostgreSQL's text cannot hold a NUL: refused on the field on both databases, never a 500.
  it("answers 400 for a NUL inside a text field, naming the field, and stores nothing", async () => {
    const body = String.raw`{"externalId":"V-78","name":"常州有\u0000限公司","type":"raw_material"}`;
    const zh = await rest(await send("/suppliers", { body }));
    expect(zh.issues).toEqual([{ path: "name", message: expect.stringContaining("NUL") }]);
    const en = await rest(await send("/suppliers/batch", { body: `{"records":[${body}]}`, lang: "en" }));
    expect(en.issues?.[0]?.path).toBe("records.0.name");
    expect(await t.db.supplier.count({ where: { externalId: "V-78" } })).toBe(0);
  });

  it.each(badCursors)("answers 400 for a cursor %s", async (_label, cursor) => {
    const zh = await rest(await send(`/suppliers?cursor=${encodeURIComponent(cursor)}`));
    expect(zh.issues).toEqual([{ path: "cursor", message: expect.stringContaining("nextCursor") }]);
    const en = await rest(await send(`/inspections/incoming?cursor=${encodeURIComponent(cursor)}`, { lang: "en" }));
    expect(en.issues).toEqual([
      { path: "cursor", message: "Invalid cursor: pass the nextCursor of the previous page" },
    ]);
  });
});

describe("REST /api/v1 validation messages", () => {
  const product = { code: "P-Q0", name: "蓄电池", productGroupId: "e-bike-battery-charger", scopeRoutes: ["ccc"] };
  it("fills the bound of a refused quantity in both languages (no {minimum} placeholder)", async () => {
    const record = {
      externalId: "OUT-Q0",
      productCode: "LH-4820T",
      specModel: "48V20Ah",
      batchNo: "B-Q0",
      quantity: 0,
      unit: "台",
      inspectedAt: "2026-11-20T15:00:00+08:00",
      result: "pass",
      inspector: "李强",
      standardNo: "GB 43854-2024",
      lines: [{ item: "外观", result: "pass" }],
    };
    const zh = await rest(await send("/inspections/outgoing", { body: JSON.stringify(record) }));
    expect(zh.issues).toEqual([{ path: "quantity", message: "必须大于 0" }]);
    const en = await rest(await send("/inspections/outgoing", { body: JSON.stringify(record), lang: "en" }));
    expect(en.issues).toEqual([{ path: "quantity", message: "Must be greater than 0" }]);
    const batch = await send("/products/batch", {
      body: JSON.stringify({ records: [product, { ...product, code: "" }] }),
    });
    expect(JSON.stringify(await batch.json())).not.toMatch(/\{\w+\}/);
  });
});

describe("tRPC /api/v1/trpc on bad input", () => {
  it("answers 400 for a malformed JSON body and for malformed ?input=", async () => {
    const body = await trpc(await send("/trpc/suppliers.push", { body: "{bad", lang: "en" }));
    expect(body.issues).toEqual([{ path: "input", message: expect.stringMatching(/^The request is not valid JSON/) }]);
    const query = await trpc(await send("/trpc/suppliers.list?input=%7Bbad"));
    expect(query.issues).toEqual([{ path: "input", message: expect.stringMatching(/JSON/) }]);
    expect(query.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("answers 400 for an unpaired surrogate, naming the field", async () => {
    const body = await trpc(
      await send("/trpc/products.push", {
        body: String.raw`{"code":"\udfffX","name":"蓄电池","productGroupId":"e-bike-battery-charger","scopeRoutes":["ccc"]}`,
        lang: "en",
      }),
    );
    expect(body.issues).toEqual([
      { path: "code", message: "Contains characters that cannot be stored (an unpaired Unicode surrogate or a NUL)" },
    ]);
  });

  it.each(badCursors)("answers 400 for a cursor %s", async (_label, cursor) => {
    const input = encodeURIComponent(JSON.stringify({ cursor }));
    const body = await trpc(await send(`/trpc/inspections.outgoing.list?input=${input}`, { lang: "en" }));
    expect(body.issues).toEqual([
      { path: "cursor", message: "Invalid cursor: pass the nextCursor of the previous page" },
    ]);
  });
});
