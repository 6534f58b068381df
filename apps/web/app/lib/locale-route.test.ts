// POST /locale sends the reader back where they were — only ever on this site.
import { describe, expect, it } from "vitest";
import { action } from "../routes/locale.ts";

function post(redirectTo: string) {
  const body = new URLSearchParams({ locale: "en", redirectTo });
  const request = new Request("http://localhost/locale", { method: "POST", body });
  return action({ request, params: {}, context: {} });
}

describe("POST /locale", () => {
  it("returns to the page it came from", async () => {
    const res = await post("/app/hazards?status=open");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/app/hazards?status=open");
    expect(res.headers.get("set-cookie")).toMatch(/^lng=en/);
  });

  it.each(["/\\evil.example", "//evil", "/\t/evil.example/", "/app\nSet-Cookie: a=b"])(
    "goes home instead of following %j off the site (and never answers 500)",
    async (redirectTo) => {
      const res = await post(redirectTo);
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("/");
    },
  );
});
