import { describe, expect, it } from "vitest";
import { MonthlyMeetingCreateSchema } from "./monthly-meeting";

const minutes = {
  month: "2026-03",
  meetingAt: "2026-03-30T15:00:00+08:00",
  place: "三楼会议室",
  chairUserId: "u_principal",
  recorder: "王敏",
  attendeeUserIds: ["u_principal", "u_director"],
  directorReport: "本月日管控 22 天，零风险 20 天",
  mainProblems: "来料氧化 2 次",
  rectificationProgress: "已全部整改",
  unresolvedIssues: "无",
  decisions: [
    { content: "更换铜杆供应商评价频次为每季度", ownerUserId: "u_director", dueDate: "2026-04-30" },
    { content: "全员复训" },
  ],
  nextMonthPlan: "完成年度许可证自查报告",
  signature: { method: "typed", typedName: "张总" },
};

describe("MonthlyMeetingCreateSchema", () => {
  it("accepts minutes with decisions, owners and due dates optional", () => {
    expect(MonthlyMeetingCreateSchema.parse(minutes).decisions).toHaveLength(2);
  });

  it("needs at least one decision and valid keys", () => {
    const paths = (input: unknown) =>
      MonthlyMeetingCreateSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    const { signature: _none, ...unsigned } = minutes;
    expect(paths(unsigned)).toEqual(["signature:signature.required"]);
    expect(paths({ ...minutes, decisions: [] })).toEqual(["decisions:field.too_few"]);
    expect(paths({ ...minutes, month: "2026-3" })).toEqual(["month:month_key.invalid"]);
    expect(paths({ ...minutes, meetingAt: "2026-03-30 15:00" })).toEqual(["meetingAt:datetime.invalid"]);
    expect(paths({ ...minutes, decisions: [{ content: "x", dueDate: "2026-04-31" }] })).toEqual([
      "decisions.0.dueDate:date.invalid",
    ]);
  });
});
