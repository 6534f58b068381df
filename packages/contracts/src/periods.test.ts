import { TZDate } from "@date-fns/tz";
import { getISOWeek, getISOWeekYear } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  compareLocalDate,
  eachDay,
  endOfLocalDayUtc,
  isoWeekday,
  isoWeekKey,
  isoWeekOf,
  isoWeeksInYear,
  LocalDateRangeSchema,
  LocalDateSchema,
  localDate,
  monthOf,
  parseMonthKey,
  parseWeekKey,
  startOfLocalDayUtc,
  localInstant,
  TimeZoneSchema,
  WeekKeySchema,
} from "./periods";

/** Random real calendar dates 1900-01-01 … 2100-12-31 as "YYYY-MM-DD". */
const arbLocalDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe("test environment", () => {
  it("runs in a non-China host zone, so host-zone leaks would fail these tests", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Los_Angeles");
  });
});

describe("LocalDateSchema", () => {
  it.each(["2026-03-01", "2024-02-29", "2000-02-29"])("accepts %s", (d) => {
    expect(LocalDateSchema.safeParse(d).success).toBe(true);
  });

  it.each(["2026-02-30", "2025-02-29", "1900-02-29", "2026-13-01", "2026-3-1", "2026-03-01T00:00:00Z", ""])(
    "rejects %j with date.invalid",
    (d) => {
      const result = LocalDateSchema.safeParse(d);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("date.invalid");
    },
  );

  it("LocalDateRangeSchema puts an inverted range on end", () => {
    const result = LocalDateRangeSchema.safeParse({ start: "2026-03-02", end: "2026-03-01" });
    expect(result.error?.issues[0]).toMatchObject({ message: "date.range_order", path: ["end"] });
    expect(LocalDateRangeSchema.safeParse({ start: "2026-03-01", end: "2026-03-01" }).success).toBe(true);
  });
});

describe("localDate", () => {
  it("23:30 in Shanghai on 2026-03-01 is 2026-03-01 (UTC 15:30 the same day)", () => {
    expect(localDate(new Date("2026-03-01T15:30:00Z"))).toBe("2026-03-01");
  });

  it("00:30 in Shanghai belongs to the local day although UTC is still the previous day", () => {
    const instant = new Date("2026-02-28T16:30:00Z");
    expect(instant.toISOString().slice(0, 10)).toBe("2026-02-28");
    expect(localDate(instant, "Asia/Shanghai")).toBe("2026-03-01");
  });

  it("honours other zones", () => {
    expect(localDate(new Date("2026-03-01T03:00:00Z"), "America/New_York")).toBe("2026-02-28");
    expect(localDate(new Date("2026-03-01T03:00:00Z"), "UTC")).toBe("2026-03-01");
  });
});

describe("a local wall-clock time as an instant", () => {
  it("is 00:30 on 4 January in Shanghai at 16:30Z the day before", () => {
    expect(localInstant("2027-01-04 00:30", "Asia/Shanghai").toISOString()).toBe("2027-01-03T16:30:00.000Z");
    expect(localInstant("2027-01-04T00:30:15").toISOString()).toBe("2027-01-03T16:30:15.000Z");
    expect(localDate(localInstant("2027-01-01 00:30"), "Asia/Shanghai")).toBe("2027-01-01");
  });

  it("follows the zone's offset on that date (New York, summer and winter)", () => {
    expect(localInstant("2026-07-01 12:00", "America/New_York").toISOString()).toBe("2026-07-01T16:00:00.000Z");
    expect(localInstant("2026-12-01 12:00", "America/New_York").toISOString()).toBe("2026-12-01T17:00:00.000Z");
  });

  it("refuses a malformed value", () => {
    expect(() => localInstant("2027-01-04")).toThrow(/YYYY-MM-DD HH:mm/);
  });
});

describe("start/end of a local day as instants", () => {
  it("Shanghai midnight is 16:00Z the day before", () => {
    expect(startOfLocalDayUtc("2026-03-01").toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(endOfLocalDayUtc("2026-03-01").toISOString()).toBe("2026-03-01T15:59:59.999Z");
  });

  it("handles a 23-hour DST day", () => {
    const start = startOfLocalDayUtc("2026-03-08", "America/New_York");
    const end = endOfLocalDayUtc("2026-03-08", "America/New_York");
    expect(start.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(end.getTime() - start.getTime() + 1).toBe(23 * 3_600_000);
  });

  it("starts at the first existing instant when midnight is skipped (Santiago)", () => {
    expect(startOfLocalDayUtc("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });

  it("property: every instant of the day maps back to that local day", () => {
    fc.assert(
      fc.property(arbLocalDate, fc.double({ min: 0, max: 1, noNaN: true }), (day, fraction) => {
        const start = startOfLocalDayUtc(day).getTime();
        const end = endOfLocalDayUtc(day).getTime();
        const instant = new Date(start + Math.floor((end - start) * fraction));
        expect(localDate(instant)).toBe(day);
        expect(localDate(new Date(start - 1))).toBe(addDays(day, -1));
      }),
    );
  });
});

describe("ISO weeks", () => {
  it.each([
    ["2026-01-01", 2026, 1, "2025-12-29", "2026-01-04"],
    ["2020-12-31", 2020, 53, "2020-12-28", "2021-01-03"],
    ["2021-01-03", 2020, 53, "2020-12-28", "2021-01-03"],
    ["2021-01-04", 2021, 1, "2021-01-04", "2021-01-10"],
    ["2027-01-01", 2026, 53, "2026-12-28", "2027-01-03"],
    ["2026-02-01", 2026, 5, "2026-01-26", "2026-02-01"],
  ])("%s is %i-W%i (%s … %s)", (day, isoYear, isoWeek, start, end) => {
    expect(isoWeekOf(day)).toEqual({ isoYear, isoWeek, start, end });
  });

  it("formats keys with two-digit weeks", () => {
    expect(isoWeekKey("2026-01-28")).toBe("2026-W05");
    expect(isoWeekKey("2027-01-01")).toBe("2026-W53");
  });

  it("knows which years have 53 weeks", () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2026)).toBe(53);
  });

  it("parses week keys and rejects weeks a year does not have", () => {
    expect(parseWeekKey("2026-W53")).toEqual({ isoYear: 2026, isoWeek: 53, start: "2026-12-28", end: "2027-01-03" });
    expect(parseWeekKey("2026-W01")?.start).toBe("2025-12-29");
    expect(parseWeekKey("2025-W53")).toBeNull();
    expect(parseWeekKey("2026-W00")).toBeNull();
    expect(parseWeekKey("2026-W5")).toBeNull();
    expect(WeekKeySchema.safeParse("2025-W53").error?.issues[0]?.message).toBe("week_key.invalid");
  });

  it("property: agrees with date-fns on ISO week and year", () => {
    fc.assert(
      fc.property(arbLocalDate, (day) => {
        const [y, m, d] = day.split("-").map(Number) as [number, number, number];
        const utc = new TZDate(y, m - 1, d, "UTC");
        const week = isoWeekOf(day);
        expect([week.isoYear, week.isoWeek]).toEqual([getISOWeekYear(utc), getISOWeek(utc)]);
        expect(isoWeekday(week.start)).toBe(1);
        expect(isoWeekday(week.end)).toBe(7);
        expect(compareLocalDate(week.start, day)).toBeLessThanOrEqual(0);
        expect(compareLocalDate(day, week.end)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it("property: parseWeekKey(isoWeekKey(d)) is the week containing d", () => {
    fc.assert(
      fc.property(arbLocalDate, (day) => {
        expect(parseWeekKey(isoWeekKey(day))).toEqual(isoWeekOf(day));
      }),
    );
  });
});

describe("months", () => {
  it.each([
    ["2024-02-10", "2024-02", "2024-02-01", "2024-02-29"],
    ["2026-02-03", "2026-02", "2026-02-01", "2026-02-28"],
    ["2026-12-31", "2026-12", "2026-12-01", "2026-12-31"],
    ["2026-04-30", "2026-04", "2026-04-01", "2026-04-30"],
  ])("%s is in %s (%s … %s)", (day, month, start, end) => {
    expect(monthOf(day)).toEqual({ month, start, end });
  });

  it("parses month keys", () => {
    expect(parseMonthKey("2026-03")).toEqual({ month: "2026-03", start: "2026-03-01", end: "2026-03-31" });
    expect(parseMonthKey("2026-13")).toBeNull();
    expect(parseMonthKey("2026-3")).toBeNull();
  });
});

describe("calendar arithmetic", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-29", 0)).toBe("2026-03-29");
  });

  it("lists days inclusively, and none for an inverted range", () => {
    expect(eachDay("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(eachDay("2026-03-02", "2026-03-01")).toEqual([]);
    expect(eachDay("2026-01-01", "2026-12-31")).toHaveLength(365);
  });

  it("compares dates", () => {
    expect(compareLocalDate("2026-03-01", "2026-02-28")).toBe(1);
    expect(compareLocalDate("2026-02-28", "2026-03-01")).toBe(-1);
    expect(compareLocalDate("2026-03-01", "2026-03-01")).toBe(0);
  });

  it("throws on strings that are not local dates", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => isoWeekOf("2026/03/01")).toThrow(RangeError);
  });

  it("knows weekdays (1 = Monday)", () => {
    expect(isoWeekday("2026-03-02")).toBe(1);
    expect(isoWeekday("2026-03-01")).toBe(7);
    expect(isoWeekday("1970-01-01")).toBe(4);
    expect(isoWeekday("1969-12-31")).toBe(3);
  });
});

describe("TimeZoneSchema", () => {
  it("accepts and canonicalises IANA names", () => {
    expect(TimeZoneSchema.parse("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(TimeZoneSchema.parse(" asia/shanghai ")).toBe("Asia/Shanghai");
    expect(TimeZoneSchema.parse("UTC")).toBe("UTC");
  });

  it.each(["Mars/Olympus_Mons", "+08:00", "GMT+8", "", "Asia/Shanghai; drop"])("rejects %j", (zone) => {
    const result = TimeZoneSchema.safeParse(zone);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("timezone.invalid");
  });
});

describe("missing values", () => {
  it("say field.required rather than a format error", () => {
    for (const schema of [LocalDateSchema, WeekKeySchema, TimeZoneSchema]) {
      expect(schema.safeParse(undefined).error?.issues.map((i) => i.message)).toEqual(["field.required"]);
    }
  });

  it("a malformed week key gives one issue, not two", () => {
    expect(WeekKeySchema.safeParse("2026-W5").error?.issues).toHaveLength(1);
  });
});

describe("plausible dates and instants", () => {
  it("accepts 2000-01-01 through 2099-12-31 and refuses the years around them with their own reason", async () => {
    const { LocalDateSchema } = await import("./periods");
    const { DateTimeSchema } = await import("./schemas/common");
    expect(LocalDateSchema.safeParse("2000-01-01").success).toBe(true);
    expect(LocalDateSchema.safeParse("2099-12-31").success).toBe(true);
    for (const d of ["1999-12-31", "2100-01-01", "0000-01-01", "9999-12-31"]) {
      expect(LocalDateSchema.safeParse(d).error?.issues[0]?.message).toBe("date.out_of_range");
    }
    expect(DateTimeSchema.safeParse("2026-03-01T08:30:00+08:00").success).toBe(true);
    // 2000-01-01 07:00 in China is still 1999 in UTC
    for (const v of ["9999-12-31T23:00:00-05:00", "0000-01-01T00:00:00Z", "2000-01-01T07:00:00+08:00"]) {
      expect(DateTimeSchema.safeParse(v).error?.issues[0]?.message).toBe("datetime.out_of_range");
    }
    expect(DateTimeSchema.safeParse("2026-03-01 08:30").error?.issues[0]?.message).toBe("datetime.invalid");
  });
});
