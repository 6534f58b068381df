import { describe, expect, it } from "vitest";
import { WeeklyReportCreateSchema } from "./weekly-report";

const report = {
  week: "2026-W10",
  screeningDate: "2026-03-06",
  siteIds: ["site_1"],
  participantUserIds: ["u_director", "u_officer"],
  lastWeekFollowUp: "上周两项问题均已整改并复核",
  hazardsFound: [],
  noHazardStatement: "本周排查未发现风险隐患",
  managementEvaluation: "日管控记录完整",
  nextWeekPriorities: "迎接市局抽查",
  signature: { method: "typed", typedName: "王主任" },
};

const messages = (input: unknown) =>
  WeeklyReportCreateSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];

describe("WeeklyReportCreateSchema", () => {
  it("requires the director's signature, refused on its field", () => {
    const { signature: _none, ...unsigned } = report;
    expect(messages(unsigned)).toEqual(["signature:signature.required"]);
  });

  it("accepts a report without hazards and leaves the no-finding statement to the service", () => {
    expect(WeeklyReportCreateSchema.safeParse(report).success).toBe(true);
    // Only the service knows whether the week found anything (hazards from the ERP, sampling …), so
    // it, not the schema, asks for the statement (routines.integration.test.ts, docs/decisions/024).
    expect(messages({ ...report, noHazardStatement: undefined })).toEqual([]);
  });

  it("accepts hazards instead of the statement", () => {
    const hazard = {
      description: "成品库消防通道堆放杂物",
      stage: "storage",
      severity: "general",
      measure: "清理并划线",
      ownerUserId: "u_officer",
      dueDate: "2026-03-09",
    };
    expect(
      WeeklyReportCreateSchema.safeParse({ ...report, noHazardStatement: undefined, hazardsFound: [hazard] }).success,
    ).toBe(true);
  });

  it("validates the ISO week and the screening date against it", () => {
    expect(messages({ ...report, week: "2025-W53" })).toEqual(["week:week_key.invalid"]);
    expect(messages({ ...report, screeningDate: "2026-03-01" })).toEqual([
      "screeningDate:weekly.screening_before_week",
    ]);
    // Screening early the next week for the week before is allowed.
    expect(messages({ ...report, screeningDate: "2026-03-09" })).toEqual([]);
  });

  it("needs at least one participant and no duplicates", () => {
    expect(messages({ ...report, participantUserIds: [] })).toEqual(["participantUserIds:field.too_few"]);
    expect(messages({ ...report, participantUserIds: ["u", "u"] })).toEqual(["participantUserIds:field.duplicate"]);
  });
});
