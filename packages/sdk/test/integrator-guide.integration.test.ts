// The push-and-retry examples of docs/integrator-guide.md, taken from the guide itself and run
// against the real server behind a proxy that first answers 503 (Retry-After: 1) and then stores
// the record but drops the answer halfway: each example must retry with the same Idempotency-Key,
// get the stored answer back, and leave exactly one record. curl always; C# compiled with Debian's
// Mono (`mcs`, installed by scripts/ensure-test-tools.mjs; required when CI is set); Java when a
// JDK is on PATH.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./fixtures";

const run = promisify(execFile);
const guide = readFileSync(path.resolve(import.meta.dirname, "../../../docs/integrator-guide.md"), "utf8");

/** The fenced block right after `<!-- example: name -->` (or the first block of a language). */
function example(name: string): string {
  const match = new RegExp(`<!-- example: ${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(guide);
  if (!match?.[1]) throw new Error(`docs/integrator-guide.md has no "${name}" example`);
  return match[1];
}
const recordJson = /```json\n([\s\S]*?)\n```/.exec(guide)?.[1] ?? "";

const hasJava = (() => {
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const hasMono = (() => {
  try {
    execFileSync("mcs", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

let s: TestServer;
let key: string;
let proxy: Server;
let proxyUrl: string;
let work: string;
let seen: (string | undefined)[] = [];
/** What the proxy does with the next requests; once used up, requests pass through. */
let faults: ("busy" | "lose")[] = [];

/** Headers of one connection (Java's HttpClient offers an h2c upgrade), not forwarded. */
const HOP_BY_HOP = new Set(["host", "content-length", "connection", "upgrade", "http2-settings", "keep-alive"]);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  s = await startTestServer();
  key = await s.orgA.key(["records:read", "records:write"]);
  work = mkdtempSync(path.join(os.tmpdir(), "anzhi-guide-"));
  proxy = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
      seen.push(idempotencyKey);
      const fault = faults.shift();
      if (fault === "busy") {
        res.writeHead(503, { "retry-after": "1", "content-type": "application/json" });
        res.end('{"error":{"type":"internal","code":"INTERNAL","message":"upstream busy","requestId":"proxy"}}');
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === "string" && !HOP_BY_HOP.has(name)) headers.set(name, value);
      const upstream = await fetch(`${s.server.url}${req.url}`, {
        method: req.method,
        headers,
        ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
      });
      const answer = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, {
        "content-type": upstream.headers.get("content-type") ?? "application/json",
        "content-length": answer.length,
        ...(upstream.headers.get("idempotent-replayed") ? { "idempotent-replayed": "true" } : {}),
      });
      if (fault === "lose") {
        // Stored upstream; the client gets half the answer, then the connection dies.
        res.write(answer.subarray(0, Math.floor(answer.length / 2)));
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      res.end(answer);
    })();
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, 240_000);

afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await s?.close();
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  seen = [];
  faults = ["busy", "lose"];
});

/** The guide's record.json under its own externalId, so each example creates its own record. */
function writeRecord(externalId: string): string {
  const file = `${externalId}.json`;
  writeFileSync(path.join(work, file), recordJson.replace('"IQC-2026-000123"', JSON.stringify(externalId)));
  return file;
}

async function expectStoredOnce(stdout: string, externalId: string): Promise<void> {
  expect(JSON.parse(stdout.trim())).toMatchObject({ externalId, status: "created", revision: 1 });
  expect(seen).toHaveLength(3);
  expect(seen[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(new Set(seen).size).toBe(1);
  expect(await s.t.db.inspectionRecord.count({ where: { externalId } })).toBe(1);
}

const env = () => ({ ...process.env, ANZHI_URL: proxyUrl, ANZHI_API_KEY: key });

describe("docs/integrator-guide.md", () => {
  it("pushes with the curl example: retried with one Idempotency-Key, stored once", async () => {
    writeFileSync(path.join(work, "push.sh"), example("curl"));
    const { stdout } = await run("sh", ["push.sh", writeRecord("IQC-GUIDE-CURL")], { cwd: work, env: env() });
    await expectStoredOnce(stdout, "IQC-GUIDE-CURL");
  });

  it("refuses a bad record without retrying it (curl)", async () => {
    faults = [];
    writeFileSync(path.join(work, "bad.json"), JSON.stringify({ externalId: "IQC-BAD" }));
    const error = (await run("sh", ["push.sh", "bad.json"], { cwd: work, env: env() }).catch((e: unknown) => e)) as {
      code: number;
      stdout: string;
      stderr: string;
    };
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/HTTP 400/);
    expect(JSON.parse(error.stdout.trim())).toMatchObject({ error: { code: "VALIDATION_FAILED" } });
    expect(seen).toHaveLength(1);
  });

  it.skipIf(!hasJava)("pushes with the Java example the same way", async () => {
    writeFileSync(path.join(work, "Push.java"), example("java"));
    const { stdout } = await run("java", ["Push.java", writeRecord("IQC-GUIDE-JAVA")], { cwd: work, env: env() });
    await expectStoredOnce(stdout, "IQC-GUIDE-JAVA");
  });

  it.skipIf(!hasMono && !process.env.CI)("pushes with the C# example the same way (Mono)", async () => {
    writeFileSync(path.join(work, "Push.cs"), example("csharp"));
    await run("mcs", ["-r:System.Net.Http.dll", "-out:Push.exe", "Push.cs"], { cwd: work });
    const { stdout } = await run("mono", ["Push.exe", writeRecord("IQC-GUIDE-CSHARP")], { cwd: work, env: env() });
    await expectStoredOnce(stdout, "IQC-GUIDE-CSHARP");
  });
});
