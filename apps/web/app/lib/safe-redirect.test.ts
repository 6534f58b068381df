import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect.ts";

describe("safeRedirect", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeRedirect("/app/hazards?status=open#top")).toBe("/app/hazards?status=open#top");
    expect(safeRedirect("/regulator")).toBe("/regulator");
  });

  it.each([
    ["/\t/evil.example/"], // what /login?redirectTo=/%09/evil.example/ hands the form
    ["/\\evil.example"],
    ["//evil"],
    ["///evil.example"],
    ["/.//evil.example"],
    ["/app\n/evil"],
    ["/app\r\nSet-Cookie: x=1"],
    ["https://evil.example/app"],
    ["javascript:alert(1)"],
    ["app"],
    [""],
    [null],
    [undefined],
  ])("refuses %j", (to) => {
    const out = safeRedirect(to, "/app");
    expect(out).toBe("/app");
  });

  it("never returns something a browser would read as another origin", () => {
    for (const to of [
      "/%09/evil.example/",
      "/%2F/evil.example",
      "/%5Cevil.example",
      "/..//evil.example",
      "/a/../..//evil",
    ]) {
      const out = safeRedirect(to);
      expect(new URL(out, "https://anzhi.example").origin).toBe("https://anzhi.example");
    }
  });
});
