import { describe, expect, it } from "vitest";
import { isWorkingDay, type WorkingCalendarOverrides } from "@anzhi/contracts";
import { calendarOf, weekdaysOfMask } from "./calendar.ts";
import { dayStatus, isLateSubmission, itemDueState, periodRecordStatus, periodWindow } from "./due.ts";

const TZ = "Asia/Shanghai";
const cal: WorkingCalendarOverrides = calendarOf({
  workingWeekdays: 31,
  followsPublicHolidays: true,
  calendarOverridesJson: '{"workingDays":[],"restDays":[]}',
});
/** A Shanghai wall-clock instant. */
const sh = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

describe("the organisation calendar", () => {
  it("maps the Mon=1…Sun=64 mask and the stored overrides", () => {
    expect(weekdaysOfMask(31)).toEqual([1, 2, 3, 4, 5]);
    expect(weekdaysOfMask(1 | 32)).toEqual([1, 6]);
    expect(
      calendarOf({
        workingWeekdays: 63,
        followsPublicHolidays: false,
        calendarOverridesJson: '{"workingDays":["2026-10-03"],"restDays":["2026-10-09"]}',
      }),
    ).toEqual({
      weekdays: [1, 2, 3, 4, 5, 6],
      observeStatutoryHolidays: false,
      extraWorkingDays: ["2026-10-03"],
      extraRestDays: ["2026-10-09"],
      history: [],
    });
  });

  it("keeps an earlier weekly pattern for the days before its end (closed history, ADR 015)", () => {
    const cal = calendarOf({
      workingWeekdays: 63,
      followsPublicHolidays: true,
      calendarOverridesJson: JSON.stringify({
        workingDays: [],
        restDays: [],
        history: [{ until: "2026-11-23", weekdays: [1, 2, 3, 4, 5], observeStatutoryHolidays: true }],
      }),
    });
    // Saturday 21 Nov was a rest day under the old Mon–Fri pattern; Saturday 28 Nov works.
    expect(isWorkingDay("2026-11-21", cal)).toBe(false);
    expect(isWorkingDay("2026-11-28", cal)).toBe(true);
  });
});

describe("daily items over National Day 2026 (holiday 1–7 Oct, 调休 Saturday 10 Oct)", () => {
  it("are not due on the holiday and are due on the make-up Saturday", () => {
    expect(itemDueState("daily", "2026-10-05", cal, null).state).toBe("not_working_day");
    expect(itemDueState("daily", "2026-10-10", cal, null).state).toBe("due_today");
    expect(itemDueState("daily", "2026-10-11", cal, null).state).toBe("not_working_day");
  });

  it("a weekly item of that week falls due on the 调休 Saturday and is open from Thursday", () => {
    const w = periodWindow("weekly", "2026-10-08", cal);
    expect(w).toMatchObject({
      key: "2026-W41",
      start: "2026-10-05",
      end: "2026-10-11",
      firstWorkingDay: "2026-10-08",
      dueDate: "2026-10-10",
    });
    expect(itemDueState("weekly", "2026-10-08", cal, null).state).toBe("open");
    expect(itemDueState("weekly", "2026-10-09", cal, "2026-10-08").state).toBe("done");
    expect(itemDueState("weekly", "2026-10-10", cal, null).state).toBe("due_today");
    // a check in the previous week does not count for this one
    expect(itemDueState("weekly", "2026-10-10", cal, "2026-09-30").state).toBe("due_today");
  });

  it("the enterprise's own rest day moves the weekly due date back to Friday", () => {
    const own = { ...cal, extraRestDays: ["2026-10-10"] };
    expect(periodWindow("weekly", "2026-10-08", own).dueDate).toBe("2026-10-09");
    expect(itemDueState("daily", "2026-10-10", own, null).state).toBe("not_working_day");
    const extraWork = { ...cal, extraWorkingDays: ["2026-10-03"] };
    expect(itemDueState("daily", "2026-10-03", extraWork, null).state).toBe("due_today");
  });
});

describe("ISO week 53", () => {
  it("2026-W53 runs 28 Dec 2026 – 3 Jan 2027 and falls due on Thursday 31 Dec (元旦 is a holiday)", () => {
    const w = periodWindow("weekly", "2027-01-01", cal);
    expect(w).toMatchObject({ key: "2026-W53", start: "2026-12-28", end: "2027-01-03", dueDate: "2026-12-31" });
    expect(periodRecordStatus("weekly", "2026-12-28", "2027-01-01", cal, null, TZ)).toEqual({
      status: "overdue",
      dueDate: "2026-12-31",
    });
    expect(periodRecordStatus("weekly", "2026-12-28", "2026-12-31", cal, null, TZ).status).toBe("due_today");
  });
});

describe("a month that starts on a weekend (August 2026 starts on a Saturday)", () => {
  it("a monthly item is open from Monday 3 Aug and falls due on Monday 31 Aug", () => {
    expect(periodWindow("monthly", "2026-08-01", cal)).toMatchObject({
      key: "2026-08",
      firstWorkingDay: "2026-08-03",
      dueDate: "2026-08-31",
    });
    expect(itemDueState("monthly", "2026-08-01", cal, null).state).toBe("not_working_day");
    expect(itemDueState("monthly", "2026-08-03", cal, null).state).toBe("open");
    expect(itemDueState("monthly", "2026-08-31", cal, null).state).toBe("due_today");
    expect(itemDueState("monthly", "2026-08-31", cal, "2026-08-14").state).toBe("done");
  });

  it("the minutes signed on 1 Sep are late; unsigned on 1 Sep they are overdue", () => {
    expect(periodRecordStatus("monthly", "2026-08-01", "2026-09-01", cal, null, TZ).status).toBe("overdue");
    expect(periodRecordStatus("monthly", "2026-08-01", "2026-09-01", cal, sh("2026-09-01T09:00:00"), TZ).status).toBe(
      "signed_late",
    );
    expect(periodRecordStatus("monthly", "2026-08-01", "2026-09-01", cal, sh("2026-08-31T23:59:00"), TZ).status).toBe(
      "signed",
    );
  });
});

describe("late and missed days", () => {
  const submitted = (at: string) => ({ checkDate: "2026-10-09", operatingStatus: "operating", submittedAt: sh(at) });

  it("a working day without a submitted record is pending today and missed afterwards", () => {
    expect(dayStatus("2026-10-09", "2026-10-09", cal, null, TZ)).toBe("pending");
    expect(dayStatus("2026-10-09", "2026-10-10", cal, null, TZ)).toBe("missed");
    expect(
      dayStatus(
        "2026-10-09",
        "2026-10-10",
        cal,
        { checkDate: "2026-10-09", operatingStatus: "operating", submittedAt: null },
        TZ,
      ),
    ).toBe("missed");
    expect(dayStatus("2026-10-05", "2026-10-10", cal, null, TZ)).toBe("rest");
    expect(dayStatus("2026-10-12", "2026-10-10", cal, null, TZ)).toBe("upcoming");
  });

  it("a record submitted before local midnight is on time; after it, late (Shanghai time, not UTC)", () => {
    // 23:30 in Shanghai is 15:30 UTC the same day; 00:10 the next day is still 16:10 UTC on the 9th.
    expect(dayStatus("2026-10-09", "2026-10-10", cal, submitted("2026-10-09T23:30:00"), TZ)).toBe("done");
    expect(isLateSubmission("2026-10-09", sh("2026-10-10T00:10:00"), TZ)).toBe(true);
    expect(dayStatus("2026-10-09", "2026-10-12", cal, submitted("2026-10-10T00:10:00"), TZ)).toBe("late");
    expect(
      dayStatus(
        "2026-10-09",
        "2026-10-12",
        cal,
        { ...submitted("2026-10-09T10:00:00"), operatingStatus: "not_operating" },
        TZ,
      ),
    ).toBe("not_operating");
  });
});
