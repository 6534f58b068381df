// The HTTP path the browser uses: /api/trpc with the session cookie, Secure behind https.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { handleTrpc } from "./http.ts";
import { signUpInput } from "./testing/sessions.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("anzhi-http-");
  process.env.DATABASE_URL = t.url; // read once by getEnv() on the first request below
});
afterAll(async () => t?.cleanup());

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return handleTrpc(new Request(`http://localhost/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }));
}

describe("/api/trpc sessions", () => {
  it("signs up over https (proxy) with a Secure cookie, then knows the person from that cookie", async () => {
    const res = await post("auth.signUp", signUpInput(301), { "x-forwarded-proto": "https" });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^anzhi_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; .*; Secure$/);
    const token = /^anzhi_session=([^;]+)/.exec(cookie)?.[1] ?? "";
    const me = await handleTrpc(new Request("http://localhost/api/trpc/auth.me", { headers: { cookie: `anzhi_session=${token}` } }));
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
