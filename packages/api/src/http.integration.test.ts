// The HTTP path the browser uses: /api/trpc with the session cookie, Secure behind https.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { handleTrpc } from "./http.ts";
import { signUpInput } from "./testing/sessions.ts";
import { isSecureRequest } from "./session-cookie.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("anzhi-http-");
  process.env.DATABASE_URL = t.url; // read once by getEnv() on the first request below
});
afterAll(async () => t?.cleanup());

function post(path: string, body: unknown, headers: Record<string, string> = {}, origin = "http://localhost") {
  return handleTrpc(
    new Request(`${origin}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe("/api/trpc sessions", () => {
  it("signs up over https with a Secure cookie, then knows the person from that cookie", async () => {
    const res = await post("auth.signUp", signUpInput(301), {}, "https://localhost");
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^anzhi_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; .*; Secure$/);
    const token = /^anzhi_session=([^;]+)/.exec(cookie)?.[1] ?? "";
    const me = await handleTrpc(
      new Request("http://localhost/api/trpc/auth.me", { headers: { cookie: `anzhi_session=${token}` } }),
    );
    expect(me.status).toBe(200);
    const body = (await me.json()) as { result: { data: { user: { email: string } } } };
    expect(body.result.data.user.email).toBe("principal301@example.test");
  });

  it("answers 401 without a session and 400 with field issues for a bad sign-up, over plain http without Secure", async () => {
    const anon = await handleTrpc(new Request("http://localhost/api/trpc/auth.me"));
    expect(anon.status).toBe(401);
    const bad = await post("auth.signUp", signUpInput(302, { uscc: "91320400MA0003020X" }));
    expect(bad.status).toBe(400);
    const err = (await bad.json()) as { error: { data: { issues: { path: string; message: string }[] } } };
    expect(err.error.data.issues.map((i) => i.path)).toEqual(["uscc"]);
    const ok = await post("auth.signUp", signUpInput(303));
    expect(ok.headers.get("set-cookie")).not.toMatch(/Secure/);
  });
});

describe("forwarded headers", () => {
  it("ignores a client's X-Forwarded-Proto when no proxy is trusted (ANZHI_TRUST_PROXY unset)", async () => {
    const res = await post("auth.signUp", signUpInput(304), { "x-forwarded-proto": "https" });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).not.toMatch(/Secure/);
  });

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    const req = new Request("http://localhost/", { headers: { "x-forwarded-proto": "https" } });
    expect(isSecureRequest(req, false)).toBe(false);
    expect(isSecureRequest(req, true)).toBe(true);
    expect(isSecureRequest(req, "loopback")).toBe(true);
    expect(isSecureRequest(new Request("https://localhost/"), false)).toBe(true);
  });
});

describe("/api/trpc on bad input", () => {
  function raw(path: string, body: string, lang?: "en") {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      ...(lang ? { cookie: "lng=en" } : {}),
    };
    return handleTrpc(new Request(`http://localhost/api/trpc/${path}`, { method: "POST", headers, body }));
  }
  async function badRequest(res: Response) {
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: {
        message: string;
        data: { httpStatus: number; appCode: string; issues: { path: string; message: string }[] };
      };
    };
    expect(body.error.data).toMatchObject({ httpStatus: 400, appCode: "VALIDATION_FAILED" });
    return body.error;
  }

  it("answers 400 for a malformed JSON body, naming the input, in the caller's language", async () => {
    const zh = await badRequest(await raw("auth.signUp", '{"kind":"producer",'));
    expect(zh.data.issues).toEqual([{ path: "input", message: expect.stringMatching(/^请求内容不是有效的 JSON/) }]);
    expect(zh.message).toMatch(/^提交的内容有误/);
    const en = await badRequest(await raw("auth.signUp", "{bad", "en"));
    expect(en.data.issues).toEqual([
      { path: "input", message: expect.stringMatching(/^The request is not valid JSON/) },
    ]);
  });

  it("answers 400 for an unpaired UTF-16 surrogate, naming the field, and creates nothing", async () => {
    const body = JSON.stringify(signUpInput(310)).replace('"测试企业310"', String.raw`"测试\ud800企业"`);
    const zh = await badRequest(await raw("auth.signUp", body));
    expect(zh.data.issues).toEqual([
      { path: "name", message: "含有无法保存的字符（不成对的 Unicode 代理项或 NUL 字符）" },
    ]);
    const en = await badRequest(await raw("auth.signUp", body, "en"));
    expect(en.data.issues).toEqual([
      { path: "name", message: "Contains characters that cannot be stored (an unpaired Unicode surrogate or a NUL)" },
    ]);
    expect(await t.db.user.count({ where: { email: "principal310@example.test" } })).toBe(0);
  });
});
