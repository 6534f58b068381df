// The request guards in front of Remix, on a real Express app and real sockets.
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APP_BODY_LIMIT,
  V1_BODY_LIMIT,
  bodyLimit,
  clientStamp,
  contentSecurityPolicy,
  sameOriginWrites,
  securityHeaders,
} from "./security.ts";

function appWith(trustProxy: boolean | number | string) {
  const app = express();
  app.set("trust proxy", trustProxy);
  app.use(clientStamp(trustProxy));
  app.use(securityHeaders({ dev: false }));
  app.use(sameOriginWrites());
  app.use(bodyLimit());
  app.all("*", (req, res) => {
    let bytes = 0;
    req.on("data", (c: Buffer) => (bytes += c.length));
    req.on("end", () =>
      res.json({
        ip: req.headers["x-anzhi-client-ip"],
        proto: req.protocol,
        forwarded: req.headers["x-forwarded-proto"] ?? null,
        nonce: res.locals.cspNonce,
        bytes,
      }),
    );
  });
  return app;
}

let plain: Server;
let proxied: Server;
let base: string;
let proxiedBase: string;
beforeAll(async () => {
  const listen = (app: express.Express) =>
    new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
  plain = await listen(appWith(false));
  proxied = await listen(appWith("loopback"));
  base = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
  proxiedBase = `http://127.0.0.1:${(proxied.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => plain?.close(r));
  await new Promise((r) => proxied?.close(r));
});

describe("security headers", () => {
  it("sends CSP with a fresh nonce, frame-ancestors 'none', nosniff and a Referrer-Policy on every response", async () => {
    const a = await fetch(`${base}/app`);
    const b = await fetch(`${base}/assets/x.js`);
    for (const res of [a, b]) {
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("strict-transport-security")).toBeNull();
    }
    const [na, nb] = [(await a.json()).nonce, (await b.json()).nonce];
    expect(na).not.toBe(nb);
    expect(a.headers.get("content-security-policy")).toContain(`'nonce-${na}'`);
  });

  it("adds HSTS over https (as a trusted proxy reports it), and lets Vite's dev websocket connect in dev only", async () => {
    const res = await fetch(`${proxiedBase}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(contentSecurityPolicy("n", { dev: true })).toContain("connect-src 'self' ws: wss:");
    expect(contentSecurityPolicy("n", { dev: false })).toContain("connect-src 'self';");
  });

  it("names this origin as the only source of service workers and of the manifest", () => {
    const csp = contentSecurityPolicy("n", { dev: false });
    expect(csp).toContain("worker-src 'self';");
    expect(csp).toContain("manifest-src 'self';");
  });
});

describe("forwarded headers (ANZHI_TRUST_PROXY)", () => {
  it("ignores X-Forwarded-For/-Proto from a client when no proxy is trusted", async () => {
    const res = await fetch(`${base}/`, {
      headers: { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https" },
    });
    const body = await res.json();
    expect(body).toMatchObject({ ip: "127.0.0.1", proto: "http", forwarded: null });
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("believes them from a trusted proxy", async () => {
    const res = await fetch(`${proxiedBase}/`, {
      headers: { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https" },
    });
    expect(await res.json()).toMatchObject({ ip: "203.0.113.9", proto: "https" });
  });

  it("does not let a client choose x-anzhi-client-ip", async () => {
    const res = await fetch(`${base}/`, { headers: { "x-anzhi-client-ip": "198.51.100.1" } });
    expect((await res.json()).ip).toBe("127.0.0.1");
  });
});

describe("same-origin writes", () => {
  const post = (path: string, headers: Record<string, string>) =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: "{}",
    });

  it("refuses a cross-origin logout, tRPC mutation or form post", async () => {
    for (const path of ["/logout", "/api/trpc/auth.logout", "/app/hazards/new"]) {
      expect((await post(path, { origin: "https://evil.example" })).status).toBe(403);
      expect((await post(path, { origin: "null" })).status).toBe(403);
      expect((await post(path, { "sec-fetch-site": "same-site" })).status).toBe(403);
      expect((await post(path, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    }
  });

  it("lets this origin, a request without browser headers and the ERP API through", async () => {
    expect((await post("/logout", { origin: base })).status).toBe(200);
    expect((await post("/logout", { "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await post("/logout", {})).status).toBe(200);
    expect((await post("/api/v1/inspections/batch", { origin: "https://erp.example" })).status).toBe(200);
    // Stripe's webhook: authenticated by its signature, whatever a sender puts in Origin.
    expect((await post("/api/billing/webhook", { origin: "https://stripe.example" })).status).toBe(200);
    expect((await post("/api/billing/webhookx", { origin: "https://stripe.example" })).status).toBe(403);
    expect((await fetch(`${base}/logout`, { headers: { origin: "https://evil.example" } })).status).toBe(200);
  });
});

/** Sends headers and only `sent` bytes of a body declared as `declared` long; resolves the status line. */
function rawPost(path: string, declared: number, sent: number, contentType = "application/json") {
  const { port } = plain.address() as AddressInfo;
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: ${contentType}\r\nContent-Length: ${declared}\r\n\r\n`,
      );
      socket.write(Buffer.alloc(sent, 0x20));
    });
    let data = "";
    socket.on("data", (d) => {
      data += d.toString();
      if (data.includes("\r\n")) {
        resolve(data.slice(0, data.indexOf("\r\n")));
        socket.destroy();
      }
    });
    socket.on("error", reject);
    setTimeout(() => reject(new Error(`no answer; got ${JSON.stringify(data)}`)), 5000);
  });
}

describe("body size limits", () => {
  it("answers 413 from Content-Length before the body is read", async () => {
    await expect(rawPost("/api/trpc/auth.login", 64 * 1024 * 1024, 10)).resolves.toBe("HTTP/1.1 413 Payload Too Large");
    await expect(rawPost("/api/v1/inspections/batch", V1_BODY_LIMIT + 1, 10)).resolves.toBe(
      "HTTP/1.1 413 Payload Too Large",
    );
  });

  it("stops a chunked body as soon as it passes the cap", async () => {
    const big = new Uint8Array(APP_BODY_LIMIT + 64 * 1024);
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < big.length; i += 16 * 1024) c.enqueue(big.subarray(i, i + 16 * 1024));
        c.close();
      },
    });
    const res = await fetch(`${base}/api/trpc/auth.login`, {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE", limit: APP_BODY_LIMIT } });
  });

  it("accepts a legal ERP batch (a few MB), a small app post and a 20 MB multipart form", async () => {
    const batch = JSON.stringify({
      records: Array.from({ length: 1000 }, (_, i) => ({ externalId: `r${i}`, note: "检".repeat(2000) })),
    });
    expect(Buffer.byteLength(batch)).toBeGreaterThan(APP_BODY_LIMIT);
    const v1 = await fetch(`${base}/api/v1/inspections/batch`, { method: "POST", body: batch });
    expect(v1.status).toBe(200);
    expect((await v1.json()).bytes).toBe(Buffer.byteLength(batch));
    expect((await fetch(`${base}/api/trpc/auth.login`, { method: "POST", body: "{}" })).status).toBe(200);
    expect((await fetch(`${base}/api/trpc/auth.login`, { method: "POST", body: batch })).status).toBe(413);
    const form = new FormData();
    form.append("files", new Blob([new Uint8Array(10 * 1024 * 1024 - 100)]), "a.pdf");
    form.append("files", new Blob([new Uint8Array(10 * 1024 * 1024 - 100)]), "b.pdf");
    expect((await fetch(`${base}/app/appointments/new`, { method: "POST", body: form })).status).toBe(200);
  });
});
