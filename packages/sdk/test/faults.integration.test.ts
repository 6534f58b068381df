// The SDK through a local fault-injecting HTTP proxy in front of the real server: a connection
// that dies after the headers, a body that stalls past the timeout, 408, retry-after-ms — each
// is retried with the same Idempotency-Key, so the records are stored once. And sync() keeps a
// resumable report when a batch fails for good.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Anzhi, AnzhiAuthError, SyncError } from "../src/index";
import { createTransport, MAX_SERVER_WAIT_MS } from "../src/transport";
import { incoming, startTestServer, type TestServer } from "./fixtures";

type Fault = (
  req: IncomingMessage,
  res: ServerResponse,
  upstream: (override?: Record<string, string>) => Promise<Response>,
) => Promise<void>;

let s: TestServer;
let key: string;
let proxy: Server;
let proxyUrl: string;
/** Faults for the next requests, in order; once used up, requests pass through. */
let faults: Fault[] = [];
/** Idempotency-Key and path of every request the proxy saw. */
let seen: { key: string | undefined; path: string }[] = [];

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== "content-length" && name !== "transfer-encoding" && name !== "connection") out[name] = value;
  });
  return out;
}

const passThrough: Fault = async (_req, res, upstream) => {
  const response = await upstream();
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...headersOf(response), "content-length": body.length });
  res.end(body);
};

/** The real server's refusal of a revoked key. */
const revokedKey: Fault = (req, res, upstream) =>
  passThrough(req, res, () => upstream({ authorization: "Bearer anz_revoked0_00000000000000000000000000000000" }));

/** The server does the work; the client gets the headers and half the body, then the connection dies. */
const dieAfterHeaders: Fault = async (_req, res, upstream) => {
  const response = await upstream();
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...headersOf(response), "content-length": body.length });
  res.write(body.subarray(0, Math.floor(body.length / 2)));
  setTimeout(() => res.socket?.destroy(), 20);
};

/** The server does the work; the body starts and then stalls (longer than the SDK's timeout). */
const stallBody: Fault = async (_req, res, upstream) => {
  const response = await upstream();
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...headersOf(response), "content-length": body.length });
  res.write(body.subarray(0, 10));
  setTimeout(() => res.socket?.destroy(), 5_000);
};

const status =
  (code: number, headers: Record<string, string> = {}): Fault =>
  async (_req, res) => {
    res.writeHead(code, { "content-type": "text/plain", ...headers });
    res.end("try again");
  };

beforeAll(async () => {
  s = await startTestServer();
  key = await s.orgA.key(["records:read", "records:write"]);
  proxy = createServer((req, res) => {
    seen.push({ key: req.headers["idempotency-key"] as string | undefined, path: req.url ?? "" });
    const fault = faults.shift() ?? passThrough;
    readBody(req)
      .then((body) =>
        fault(req, res, (override = {}) =>
          fetch(`${s.server.url}${req.url}`, {
            method: req.method,
            headers: Object.entries({ ...req.headers, ...override }).flatMap(([name, value]) =>
              typeof value === "string" && name !== "host" && name !== "connection"
                ? [[name, value] as [string, string]]
                : [],
            ),
            body: req.method === "GET" || req.method === "HEAD" ? undefined : new Uint8Array(body),
          }),
        ),
      )
      .catch(() => res.socket?.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await s?.close();
});
beforeEach(() => {
  faults = [];
  seen = [];
});

const client = (opts: { timeoutMs?: number; maxRetries?: number } = {}) =>
  new Anzhi({ apiKey: key, baseUrl: proxyUrl, maxRetries: opts.maxRetries ?? 3, timeoutMs: opts.timeoutMs ?? 20_000 });

const storedOnce = async (ids: string[]) =>
  expect(await s.t.db.inspectionRecord.count({ where: { externalId: { in: ids } } })).toBe(ids.length);

describe("failures while reading the response body", () => {
  it("retries a connection that dies after the headers of a 200, with the same Idempotency-Key", async () => {
    faults = [dieAfterHeaders];
    const report = await client().inspections.incoming.pushBatch([incoming("F-1"), incoming("F-2")]);
    expect(report.counts).toMatchObject({ created: 2 });
    expect(seen).toHaveLength(2);
    expect(seen[1]?.key).toBe(seen[0]?.key);
    await storedOnce(["F-1", "F-2"]);
  });

  it("retries a body that stalls past the timeout, with the same Idempotency-Key", async () => {
    faults = [stallBody];
    const result = await client({ timeoutMs: 1_500 }).inspections.incoming.push(incoming("F-3"));
    expect(result).toMatchObject({ status: "created", externalId: "F-3" });
    expect(seen).toHaveLength(2);
    expect(seen[1]?.key).toBe(seen[0]?.key);
    await storedOnce(["F-3"]);
  });

  it("reports a body that keeps breaking off as a connection error, not a server error", async () => {
    faults = [dieAfterHeaders, dieAfterHeaders];
    const error = await client({ maxRetries: 1 })
      .inspections.incoming.push(incoming("F-4"))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AnzhiConnectionError", code: "CONNECTION_FAILED" });
    expect(seen.map((r) => r.key)).toEqual([seen[0]?.key, seen[0]?.key]);
  });
});

describe("statuses and waits the server asks for", () => {
  it("retries 408", async () => {
    faults = [status(408)];
    expect(await client().inspections.incoming.push(incoming("F-5"))).toMatchObject({ status: "created" });
    expect(seen).toHaveLength(2);
    expect(seen[1]?.key).toBe(seen[0]?.key);
  });

  it("waits retry-after-ms (before Retry-After) and caps a server-given wait at 60 s", async () => {
    const waits: number[] = [];
    const transport = createTransport({
      fetch: globalThis.fetch,
      apiKey: key,
      timeoutMs: 10_000,
      maxRetries: 3,
      locale: "en",
      userAgent: "test",
      retryBaseMs: 1,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    faults = [
      status(503, { "retry-after-ms": "1234", "retry-after": "9" }),
      status(429, { "retry-after": "3" }),
      status(503, { "retry-after": "3600" }),
    ];
    const response = await transport(`${proxyUrl}/api/v1/suppliers/V-0042`, { method: "GET" });
    expect(response.status).toBe(200);
    expect(waits[0]).toBe(1234);
    expect(waits[1]).toBe(3000);
    expect(waits[2]).toBe(MAX_SERVER_WAIT_MS);
    expect(MAX_SERVER_WAIT_MS).toBe(60_000);
  });
});

describe("sync() after a failure", () => {
  it("throws SyncError with the finished batches' counts and rejections, and resumes from it", async () => {
    const records = Array.from({ length: 10 }, (_, i) =>
      incoming(`S-${i}`, i === 1 ? { supplierExternalId: "V-NONE" } : {}),
    );
    // Batches of 2, one at a time: the third batch (records 4–5) is refused for good.
    faults = [passThrough, passThrough, revokedKey];
    const anzhi = client({ maxRetries: 0 });
    const error = await anzhi.sync(records, { batchSize: 2, concurrency: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    const failed = error as SyncError;
    expect(failed.cause).toBeInstanceOf(AnzhiAuthError);
    expect(failed.report).toMatchObject({
      total: 10,
      counts: { created: 3, rejected: 1, updated: 0, unchanged: 0 },
      completed: [{ start: 0, end: 4 }],
    });
    expect(failed.report.rejected).toMatchObject([{ index: 1, externalId: "S-1", status: "rejected" }]);
    // The report is plain JSON: saved tonight, resumed tomorrow.
    const saved = JSON.parse(JSON.stringify(failed.report)) as SyncError["report"];

    seen = [];
    const resumed = await anzhi.sync(records, { batchSize: 2, concurrency: 1, resumeFrom: saved });
    expect(resumed).toMatchObject({
      total: 10,
      counts: { created: 9, rejected: 1, updated: 0, unchanged: 0 },
      completed: [{ start: 0, end: 10 }],
    });
    expect(resumed.rejected.map((r) => r.index)).toEqual([1]);
    // Only the records that were not stored were sent again.
    expect(seen).toHaveLength(3);
    await storedOnce(records.filter((_, i) => i !== 1).map((r) => r.externalId));
  });

  it("refuses a report of another array", async () => {
    const report = {
      total: 3,
      counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
      rejected: [],
      completed: [],
    };
    await expect(client().sync([incoming("S-X")], { resumeFrom: report })).rejects.toMatchObject({
      name: "AnzhiValidationError",
      issues: [{ path: "resumeFrom" }],
    });
  });
});
