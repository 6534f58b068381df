import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isStatutoryWorkday,
  isWorkingDay,
  lastWorkingDayOfIsoWeek,
  lastWorkingDayOfMonth,
  statutoryCalendarCoverage,
  statutoryDayInfo,
  WorkingCalendarOverridesSchema,
  workingDaysIn,
} from "./calendar";
import { isoWeekday } from "./periods";

describe("statutory calendar", () => {
  it("covers the published years through at least 2026", () => {
    expect(statutoryCalendarCoverage.firstYear).toBeLessThanOrEqual(2023);
    expect(statutoryCalendarCoverage.lastYear).toBeGreaterThanOrEqual(2026);
  });

  it("National Day 2026-10-01 (a Thursday) is a holiday", () => {
    expect(isoWeekday("2026-10-01")).toBe(4);
    expect(isStatutoryWorkday("2026-10-01")).toBe(false);
    expect(statutoryDayInfo("2026-10-01")).toEqual({
      date: "2026-10-01",
      workday: false,
      kind: "holiday",
      name: "国庆节",
      source: "published",
    });
  });

  it("the in-lieu weekdays 2026-10-06/07 are rest days", () => {
    expect(isStatutoryWorkday("2026-10-06")).toBe(false);
    expect(isStatutoryWorkday("2026-10-07")).toBe(false);
    expect(isStatutoryWorkday("2026-10-09")).toBe(true);
  });

  it.each([
    ["2026-02-14", 6, "春节"],
    ["2026-10-10", 6, "国庆节"],
    ["2025-01-26", 7, "春节"],
    ["2025-10-11", 6, "国庆节"],
  ])("调休 make-up day %s (ISO weekday %i) is a working day", (day, weekday, name) => {
    expect(isoWeekday(day)).toBe(weekday);
    expect(isStatutoryWorkday(day)).toBe(true);
    expect(statutoryDayInfo(day)).toMatchObject({ kind: "make_up_workday", name, source: "published" });
  });

  it("an ordinary Saturday is not a working day, an ordinary Monday is", () => {
    expect(statutoryDayInfo("2026-03-07")).toMatchObject({ workday: false, kind: "weekend" });
    expect(statutoryDayInfo("2026-03-09")).toMatchObject({ workday: true, kind: "weekday" });
  });

  it("falls back to fixed-date holidays for years not yet published", () => {
    const year = statutoryCalendarCoverage.lastYear + 1;
    expect(statutoryDayInfo(`${year}-10-02`)).toMatchObject({ workday: false, kind: "holiday", source: "fallback" });
    expect(statutoryDayInfo(`${year}-05-02`)).toMatchObject({ workday: false, name: "劳动节" });
    expect(statutoryDayInfo(`${year}-03-10`).source).toBe("fallback");
  });
});

describe("enterprise working days", () => {
  it("without overrides equals the statutory calendar", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 5 }), (offset) => {
        const day = new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        expect(isWorkingDay(day)).toBe(isStatutoryWorkday(day));
      }),
    );
  });

  it("March 2026 starts on a Sunday: 22 working days, the first on Monday the 2nd", () => {
    const days = workingDaysIn("2026-03-01", "2026-03-31");
    expect(isoWeekday("2026-03-01")).toBe(7);
    expect(days).toHaveLength(22);
    expect(days[0]).toBe("2026-03-02");
    expect(lastWorkingDayOfMonth("2026-03-15")).toBe("2026-03-31");
  });

  it("August 2026 starts on a Saturday and ends on a Monday", () => {
    expect(isoWeekday("2026-08-01")).toBe(6);
    expect(workingDaysIn("2026-08-01", "2026-08-31")).toHaveLength(21);
    expect(lastWorkingDayOfMonth("2026-08-01")).toBe("2026-08-31");
  });

  it("the last working day of February 2026 is the make-up Saturday the 28th", () => {
    expect(lastWorkingDayOfMonth("2026-02-10")).toBe("2026-02-28");
  });

  it("October 2026: 7 holiday days, 1 make-up Saturday", () => {
    // 22 weekdays, minus Oct 1, 2, 5, 6, 7 (weekday holidays), plus Saturday Oct 10.
    expect(workingDaysIn("2026-10-01", "2026-10-31")).toHaveLength(18);
  });

  it("ISO week 2026-W08 falls entirely in the Spring Festival: no working day", () => {
    expect(lastWorkingDayOfIsoWeek("2026-02-18")).toBeNull();
    expect(lastWorkingDayOfIsoWeek("2026-02-18", { extraWorkingDays: ["2026-02-20"] })).toBe("2026-02-20");
  });

  it("ISO week 53 of 2020 (published data): 2021-01-01 is New Year, so Thursday 2020-12-31", () => {
    expect(lastWorkingDayOfIsoWeek("2021-01-03")).toBe("2020-12-31");
  });

  it("ISO week 53 of 2026 reaches into 2027, where the fixed-date fallback keeps 1 January off", () => {
    expect(lastWorkingDayOfIsoWeek("2026-12-28")).toBe("2026-12-31");
  });

  it("a Monday-to-Saturday factory works ordinary Saturdays but not holiday Saturdays", () => {
    const sixDays = { weekdays: [1, 2, 3, 4, 5, 6] };
    expect(isWorkingDay("2026-03-07", sixDays)).toBe(true);
    expect(isWorkingDay("2026-10-03", sixDays)).toBe(false);
    expect(isWorkingDay("2026-09-20", sixDays)).toBe(true); // make-up Sunday
    expect(lastWorkingDayOfIsoWeek("2026-03-04", sixDays)).toBe("2026-03-07");
  });

  it("a continuous-process plant that ignores the statutory calendar follows its weekdays only", () => {
    const continuous = { weekdays: [1, 2, 3, 4, 5, 6, 7], observeStatutoryHolidays: false };
    expect(isWorkingDay("2026-10-01", continuous)).toBe(true);
    expect(workingDaysIn("2026-10-01", "2026-10-31", continuous)).toHaveLength(31);
    const weekdaysOnly = { observeStatutoryHolidays: false };
    expect(isWorkingDay("2026-10-01", weekdaysOnly)).toBe(true);
    expect(isWorkingDay("2026-10-10", weekdaysOnly)).toBe(false); // make-up Saturday does not apply
  });

  it("extra rest days beat extra working days", () => {
    const overrides = { extraWorkingDays: ["2026-03-07"], extraRestDays: ["2026-03-07", "2026-03-09"] };
    expect(isWorkingDay("2026-03-07", overrides)).toBe(false);
    expect(isWorkingDay("2026-03-09", overrides)).toBe(false);
    expect(isWorkingDay("2026-03-07", { extraWorkingDays: ["2026-03-07"] })).toBe(true);
  });

  it("validates overrides", () => {
    expect(WorkingCalendarOverridesSchema.safeParse({ weekdays: [0] }).success).toBe(false);
    expect(WorkingCalendarOverridesSchema.safeParse({ extraRestDays: ["2026-02-30"] }).success).toBe(false);
    expect(
      WorkingCalendarOverridesSchema.safeParse({ weekdays: [1, 7], extraWorkingDays: ["2026-10-01"] }).success,
    ).toBe(true);
  });
});
