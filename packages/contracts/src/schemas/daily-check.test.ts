import { describe, expect, it } from "vitest";
import { DailyCheckEntrySchema, DailyCheckSubmissionSchema, isZeroRisk } from "./daily-check";

const ok = { riskControlItemId: "rci_1", result: "ok" } as const;
const problem = {
  riskControlItemId: "rci_2",
  result: "problem",
  observation: "来料铜杆表面氧化",
  immediateAction: "该批隔离待检",
  handling: "escalated",
} as const;
const base = { siteId: "site_1", checkDate: "2026-03-02", riskControlListId: "rcl_1", operatingStatus: "operating" } as const;

const issuesOf = (input: unknown) =>
  DailyCheckSubmissionSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];

describe("DailyCheckEntrySchema", () => {
  it("requires observation, action and handling for a problem", () => {
    const result = DailyCheckEntrySchema.safeParse({ riskControlItemId: "rci_1", result: "problem", observation: " " });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "daily.observation_required",
      "daily.action_required",
      "daily.handling_required",
    ]);
    expect(DailyCheckEntrySchema.safeParse(problem).success).toBe(true);
  });
});

describe("DailyCheckSubmissionSchema", () => {
  it("accepts a zero-risk day", () => {
    const record = DailyCheckSubmissionSchema.parse({ ...base, entries: [ok, { ...ok, riskControlItemId: "rci_3" }] });
    expect(isZeroRisk(record)).toBe(true);
  });

  it("a day with a problem needs the summary, measures and whom it was reported to", () => {
    expect(issuesOf({ ...base, entries: [ok, problem] })).toEqual([
      "hazardSummary:daily.hazard_summary_required",
      "measuresTaken:daily.measures_required",
      "reportedTo:daily.reported_to_required",
    ]);
    const complete = {
      ...base,
      entries: [ok, problem],
      hazardSummary: "铜杆氧化",
      measuresTaken: "隔离并通知供方",
      reportedTo: "director",
      reportedAt: "2026-03-02T10:15:00+08:00",
    };
    const record = DailyCheckSubmissionSchema.parse(complete);
    expect(isZeroRisk(record)).toBe(false);
  });

  it("a non-operating day needs a reason and no entries", () => {
    expect(issuesOf({ ...base, operatingStatus: "not_operating", entries: [ok] })).toEqual([
      "notOperatingReason:daily.reason_required",
      "entries:daily.entries_not_allowed",
    ]);
    const record = DailyCheckSubmissionSchema.parse({
      ...base,
      operatingStatus: "not_operating",
      notOperatingReason: "春节停产",
      entries: [],
    });
    expect(isZeroRisk(record)).toBe(false);
  });

  it("an operating day needs entries, each list item once", () => {
    expect(issuesOf({ ...base, entries: [] })).toEqual(["entries:daily.entries_required"]);
    expect(issuesOf({ ...base, entries: [ok, ok] })).toEqual(["entries:daily.duplicate_item"]);
  });

  it("rejects an impossible check date and a client-sent zeroRisk", () => {
    expect(issuesOf({ ...base, checkDate: "2026-02-29", entries: [ok] })).toEqual(["checkDate:date.invalid"]);
    expect(DailyCheckSubmissionSchema.safeParse({ ...base, entries: [ok], zeroRisk: true }).success).toBe(false);
  });
});
