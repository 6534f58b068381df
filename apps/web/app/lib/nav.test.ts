// Who lands where, which pages each role is offered, and the phone's three shortcuts.
import { describe, expect, it } from "vitest";
import { NAV, bottomBar, groupedNav, homeOf, visibleNav } from "./nav.ts";

const member = (roles: ("principal" | "director" | "officer" | "viewer")[], isAdmin = false) => ({
  roles,
  isAdmin,
  kind: "producer" as const,
});
const paths = (m: ReturnType<typeof member>) => visibleNav(NAV, m).map((i) => i.to);

describe("homeOf", () => {
  it("takes the most senior post held, else admin", () => {
    expect(homeOf(member(["officer"]))).toBe("officer");
    expect(homeOf(member(["officer", "director"]))).toBe("director");
    expect(homeOf(member(["director", "principal"], true))).toBe("principal");
    expect(homeOf(member(["viewer"]))).toBe("viewer");
    expect(homeOf(member(["viewer"], true))).toBe("admin");
  });
});

describe("visibleNav", () => {
  it("does not offer an officer the home that would only send them to today, nor admin or principal pages", () => {
    const officer = paths(member(["officer"]));
    expect(officer).toContain("/app/today");
    expect(officer).not.toContain("/app");
    expect(officer).not.toContain("/app/calendar");
    expect(officer).not.toContain("/app/api-keys");
    expect(officer).not.toContain("/app/audit");
  });

  it("gives an admin without a post the home and the settings, not today's checklist", () => {
    const admin = paths(member(["viewer"], true));
    expect(admin).toEqual(expect.arrayContaining(["/app", "/app/members", "/app/api-keys", "/app/audit"]));
    expect(admin).not.toContain("/app/today");
  });

  it("groups every entry under 日常 · 台账 · 企业 · 设置, in that order, leaving out empty groups", () => {
    const groups = groupedNav(visibleNav(NAV, member(["principal"], true)));
    expect(groups.map((g) => g.group)).toEqual(["daily", "ledgers", "enterprise", "settings"]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(visibleNav(NAV, member(["principal"], true)).length);
    expect(groupedNav([]).length).toBe(0);
  });
});

describe("bottomBar", () => {
  it("keeps three places per home, all of them offered by the navigation", () => {
    for (const m of [
      member(["officer"]),
      member(["director"]),
      member(["principal"]),
      member(["viewer"]),
      member([], true),
    ]) {
      const visible = visibleNav(NAV, m);
      const bar = bottomBar(visible, homeOf(m));
      expect(bar).toHaveLength(3);
      for (const item of bar) expect(visible).toContain(item);
    }
    expect(bottomBar(visibleNav(NAV, member(["officer"])), "officer").map((i) => i.to)).toEqual([
      "/app/today",
      "/app/hazards",
      "/app/daily",
    ]);
  });
});
