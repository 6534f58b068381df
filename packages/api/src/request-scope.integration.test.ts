// The loaders of one Remix request share one session lookup and one membership cache
// (withRequestScope): Remix gives each loader its own copy of the Request, so the scope rides on
// the async context. Shown by changing the database between two loaders' callers: inside one
// scope the second still sees what the first read; a new request, or one that ran an action,
// reads afresh.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { callerForRequest, handleTrpc, withRequestScope } from "./http.ts";
import { signUpInput } from "./testing/sessions.ts";

let t: TestDb;
let cookie: string;

beforeAll(async () => {
  t = await createTestDb("anzhi-request-scope-");
  process.env.DATABASE_URL = t.url; // read once by getEnv() on the first request below
  const res = await handleTrpc(
    new Request("http://localhost/api/trpc/auth.signUp", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(signUpInput(311)),
    }),
  );
  cookie = /^(anzhi_session=[^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";
  expect(cookie).not.toBe("");
});
afterAll(async () => t?.cleanup());

/** What Remix hands one loader: a fresh Request with the same URL and headers. */
const loaderRequest = (method = "GET") => new Request("http://localhost/app", { method, headers: { cookie } });

describe("one request scope per document request", () => {
  it("reads the membership once for all the request's loaders", async () => {
    await withRequestScope(async () => {
      const root = await callerForRequest(loaderRequest());
      const org = await root.members.current();
      await t.db.membership.updateMany({ where: { organizationId: org.id }, data: { status: "deactivated" } });
      const route = await callerForRequest(loaderRequest());
      await expect(route.members.current()).resolves.toMatchObject({ id: org.id });
    });
    // The next request reads afresh.
    const next = await callerForRequest(loaderRequest());
    await expect(next.members.current()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await t.db.membership.updateMany({ data: { status: "active" } });
  });

  it("resolves the session once, and stops sharing once an action runs", async () => {
    await withRequestScope(async () => {
      const root = await callerForRequest(loaderRequest());
      const me = await root.auth.me();
      await t.db.session.updateMany({ where: { userId: me.user.id }, data: { expiresAt: new Date(0) } });
      await expect((await callerForRequest(loaderRequest())).auth.me()).resolves.toMatchObject({
        user: { id: me.user.id },
      });
      // An action (POST) in the same request: it and everything after it read the database.
      await expect((await callerForRequest(loaderRequest("POST"))).auth.me()).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
      await expect((await callerForRequest(loaderRequest())).auth.me()).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    });
  });
});
