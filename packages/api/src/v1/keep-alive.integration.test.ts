// A large POST refused before its body was read (bad key 401, rate limit 429) must not break the
// next request on the same keep-alive connection. Two servers: the package's node-server, and a
// streaming adapter without any safety net (as the web app's Remix/Express adapter hands the body
// to the handler as a stream), so the v1 handler's own draining is what is tested there.
import { Readable } from "node:stream";
import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createV1Handler, type V1HandlerOptions } from "./http.ts";
import { startV1Server, type RunningV1Server } from "./node-server.ts";
import { RateLimiter } from "./rate-limit.ts";
import { createIngestFixture } from "./testing.ts";

const DRAIN_LIMIT = 256 * 1024;
let t: TestDb;
let good: string;
let limited: string;
let nodeServer: RunningV1Server;
let adapter: Server;
const urls: Record<string, string> = {};

/** What @remix-run/express does: the Node request streamed into a fetch Request, the Response written back. */
function streamingAdapter(opts: V1HandlerOptions): Server {
  const handle = createV1Handler(opts);
  return createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : null,
      duplex: "half",
    } as RequestInit);
    void handle(request).then(async (response) => {
      res.statusCode = response.status;
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
}

beforeAll(async () => {
  t = await createTestDb("anzhi-v1-keepalive-");
  const org = await createIngestFixture(t.db, { slug: "v1-keepalive" });
  good = await org.key(["records:read", "records:write"], { name: "good" });
  const free = await createIngestFixture(t.db, { slug: "v1-keepalive-free", plan: "free" });
  limited = await free.key(["records:read", "records:write"], { name: "limited" });
  // The free plan's bucket holds one request and hardly refills: its second request is refused.
  const rateLimiter = new RateLimiter({
    free: { ratePerSecond: 0.001, burst: 1 },
    standard: { ratePerSecond: 10, burst: 40 },
    professional: { ratePerSecond: 1000, burst: 1000 },
  });
  const opts = { db: t.db, rateLimiter, drainLimitBytes: DRAIN_LIMIT };
  nodeServer = await startV1Server(opts);
  urls["node-server"] = nodeServer.url;
  adapter = streamingAdapter(opts);
  await new Promise<void>((resolve) => adapter.listen(0, "127.0.0.1", resolve));
  urls["streaming adapter"] = `http://127.0.0.1:${(adapter.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await nodeServer?.close();
  adapter?.closeAllConnections();
  await new Promise((resolve) => adapter?.close(resolve));
  await t?.cleanup();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  reusedSocket: boolean;
}

function send(
  agent: Agent,
  base: string,
  init: { method?: string; path: string; key: string; body?: Buffer },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}${init.path}`,
      {
        agent,
        method: init.method ?? "GET",
        headers: {
          authorization: `Bearer ${init.key}`,
          ...(init.body ? { "content-type": "application/json", "content-length": init.body.length } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, reusedSocket: req.reusedSocket }),
        );
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    req.end(init.body);
  });
}

/** A batch body of about `bytes` bytes. */
function bigBatch(bytes: number): Buffer {
  const record = JSON.stringify({ externalId: "X", name: "常州电芯科技有限公司".repeat(4), type: "component" });
  const count = Math.ceil(bytes / Buffer.byteLength(record));
  return Buffer.from(JSON.stringify({ records: Array.from({ length: count }, () => JSON.parse(record) as unknown) }));
}

describe.each(["node-server", "streaming adapter"])("keep-alive after an early refusal (%s)", (server) => {
  const base = () => urls[server] ?? "";

  it("answers a large POST with a bad key 401 and serves the next request on the same connection", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const refused = await send(agent, base(), {
      method: "POST",
      path: "/api/v1/suppliers/batch",
      key: `${good}-wrong`,
      body: bigBatch(200 * 1024),
    });
    expect(refused.status).toBe(401);
    const next = await send(agent, base(), { path: "/api/v1/suppliers/V-0042", key: good });
    expect(next).toMatchObject({ status: 200, reusedSocket: true });
    agent.destroy();
  });

  it("answers a large POST over the rate limit 429 and serves the next request on the same connection", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let answer: Answer | null = null;
    for (let i = 0; i < 5 && answer?.status !== 429; i++) {
      answer = await send(agent, base(), {
        method: "POST",
        path: "/api/v1/suppliers/batch",
        key: limited,
        body: bigBatch(200 * 1024),
      });
    }
    expect(answer?.status).toBe(429);
    expect(answer?.headers["retry-after-ms"]).toMatch(/^\d+$/);
    const next = await send(agent, base(), { path: "/api/v1/suppliers/V-0042", key: good });
    expect(next).toMatchObject({ status: 200, reusedSocket: true });
    agent.destroy();
  });

  it("closes the connection instead of reading a refused body beyond the drain limit; the next request works", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    // The refusal itself may be cut short by the close (the client is still sending): what
    // matters is that it announces the close and that the next request does not fail.
    const refused = await send(agent, base(), {
      method: "POST",
      path: "/api/v1/suppliers/batch",
      key: `${good}-wrong`,
      body: bigBatch(4 * DRAIN_LIMIT),
    }).catch(() => null);
    if (refused) expect(refused).toMatchObject({ status: 401, headers: { connection: "close" } });
    const next = await send(agent, base(), { path: "/api/v1/suppliers/V-0042", key: good });
    expect(next).toMatchObject({ status: 200, reusedSocket: false });
    agent.destroy();
  });
});
