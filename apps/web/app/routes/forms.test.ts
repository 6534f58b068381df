// The route form schemas read a post the way the browser sends it and hand the procedure its
// input: ticked rows only, blank extra lines dropped, dynamic rows kept by position, wall-clock times in the enterprise's zone,
// the regulator's filter defaults. (The procedures' own checks are tested with the procedures.)
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { parseForm } from "../lib/forms.server.ts";
import { AppointmentsFormSchema } from "./app.appointments._index.form.ts";
import { AssessmentFormSchema } from "./app.appointments.assessment.form.ts";
import { HazardFormSchema } from "./app.hazards.$hazardId.form.ts";
import { outgoingInspectionFormSchema } from "./app.inspections.form.ts";
import { monthlyNewFormSchema } from "./app.monthly.new.form.ts";
import { ProposalDecideFormSchema } from "./app.proposals.$proposalId.form.ts";
import { TodayFormSchema } from "./app.today.form.ts";
import { WeeklyNewFormSchema } from "./app.weekly.new.form.ts";
import { ledgerExportSchema, ledgerQuerySchema } from "./regulator.enterprises.$orgId._index.form.ts";

/** The paths of the issues a parse throws. */
function issuePaths(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof ZodError) return error.issues.map((i) => i.path.join("."));
    throw error;
  }
  throw new Error("the form was accepted");
}

const post = (entries: Array<[string, string]>) => {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
};

describe("route form schemas", () => {
  it("a training keeps the ticked attendees with their score and 合格 box", () => {
    const parsed = parseForm(
      post([
        ["intent", "training"],
        ["trainingDate", "2027-03-01"],
        ["topic", "岗位职责"],
        ["hours", "2.5"],
        ["attendees[0].roleAssignmentId", "ra1"],
        ["attendees[0].score", "90"],
        ["attendees[0].passed", "on"],
        ["attendees[1].score", "70"],
        ["attendees[2].roleAssignmentId", "ra3"],
      ]),
      AppointmentsFormSchema,
    );
    expect(parsed).toEqual({
      intent: "training",
      trainingDate: "2027-03-01",
      topic: "岗位职责",
      hours: 2.5,
      attendees: [
        { roleAssignmentId: "ra1", score: 90, passed: true },
        { roleAssignmentId: "ra3", passed: false },
      ],
    });
  });

  it("each signing form nests the posted signature and refuses a post without one on the signature field", () => {
    const typed: Array<[string, string]> = [
      ["signature.method", "typed"],
      ["signature.typedName", "李安全"],
    ];
    const forms: Array<[Array<[string, string]>, Parameters<typeof parseForm>[1]]> = [
      [
        [
          ["intent", "acknowledge"],
          ["id", "ra1"],
        ],
        AppointmentsFormSchema,
      ],
      [
        [
          ["intent", "notOperating"],
          ["siteId", "s1"],
          ["checkDate", "2027-03-01"],
          ["reason", "停电"],
        ],
        TodayFormSchema,
      ],
      [
        [
          ["intent", "allOk"],
          ["siteId", "s1"],
          ["checkDate", "2027-03-01"],
          ["confirm", "on"],
        ],
        TodayFormSchema,
      ],
      [
        [
          ["intent", "submit"],
          ["siteId", "s1"],
          ["checkDate", "2027-03-01"],
        ],
        TodayFormSchema,
      ],
      [
        [
          ["proposalId", "p1"],
          ["decision", "adopted"],
          ["confirm", "on"],
        ],
        ProposalDecideFormSchema,
      ],
    ];
    for (const [fields, schema] of forms) {
      // (Conform reads the missing union of the daily forms as an empty object: refused on signature.method)
      expect([fields[0], issuePaths(() => parseForm(post(fields), schema))]).toEqual([
        fields[0],
        [expect.stringMatching(/^signature(\.method)?$/)],
      ]);
      expect(parseForm(post([...fields, ...typed]), schema)).toMatchObject({
        signature: { method: "typed", typedName: "李安全" },
      });
    }
  });

  it("an assessment without a ticked person is refused on results", () => {
    expect(() =>
      parseForm(
        post([
          ["assessedOn", "2027-03-01"],
          ["authority", "某市市场监管局"],
          ["results[0].score", "80"],
        ]),
        AssessmentFormSchema,
      ),
    ).toThrow(/field.too_few/);
  });

  it("a hazard's rectification and verification carry the signer's signature; starting the rectification needs none", () => {
    const rectify: Array<[string, string]> = [
      ["intent", "submit_for_verification"],
      ["version", "7"],
      ["rectificationNote", "已更换"],
      ["rootCause", "巡检不到位"],
      ["correctiveAction", "纳入月度点检"],
    ];
    expect(issuePaths(() => parseForm(post(rectify), HazardFormSchema))).toEqual(["signature"]);
    expect(
      issuePaths(() =>
        parseForm(
          post([
            ["intent", "verify_fail"],
            ["reason", "不合格"],
          ]),
          HazardFormSchema,
        ),
      ),
    ).toEqual(["signature"]);
    const signed = parseForm(
      post([...rectify, ["signature.method", "typed"], ["signature.typedName", "李明"]]),
      HazardFormSchema,
    );
    expect(signed).toMatchObject({
      intent: "submit_for_verification",
      expectedVersion: 7,
      signature: { method: "typed", typedName: "李明" },
      action: { type: "submit_for_verification", rectificationNote: "已更换" },
    });
    expect(parseForm(post([["intent", "start_rectification"]]), HazardFormSchema)).not.toHaveProperty("signature");
  });

  it("the weekly report's hazards found are the rows posted, each refused on its own fields", () => {
    const base: Array<[string, string]> = [
      ["week", "2027-W10"],
      ["screeningDate", "2027-03-12"],
      ["siteIds", "s1"],
      ["participantUserIds", "u1"],
      ["lastWeekFollowUp", "已复核"],
      ["managementEvaluation", "受控"],
      ["nextWeekPriorities", "跟踪"],
      ["signature.method", "typed"],
      ["signature.typedName", "王总监"],
    ];
    const none = parseForm(post([...base, ["noHazardStatement", "未发现"]]), WeeklyNewFormSchema);
    expect(none.hazardsFound).toEqual([]);
    expect(none.siteIds).toEqual(["s1"]);
    const row = (i: number, description: string, measure?: string): Array<[string, string]> => [
      [`hazardsFound[${i}].description`, description],
      [`hazardsFound[${i}].stage`, "management"],
      [`hazardsFound[${i}].severity`, "general"],
      ...(measure ? ([[`hazardsFound[${i}].measure`, measure]] as Array<[string, string]>) : []),
      [`hazardsFound[${i}].ownerUserId`, "u1"],
      [`hazardsFound[${i}].dueDate`, "2027-03-20"],
    ];
    const two = parseForm(
      post([...base, ...row(0, "消防通道堵塞", "清理"), ...row(1, "灭火器过期", "更换")]),
      WeeklyNewFormSchema,
    );
    expect(two.hazardsFound.map((h) => h.description)).toEqual(["消防通道堵塞", "灭火器过期"]);
    expect(
      issuePaths(() =>
        parseForm(post([...base, ...row(0, "消防通道堵塞", "清理"), ...row(1, "灭火器过期")]), WeeklyNewFormSchema),
      ),
    ).toEqual(["hazardsFound.1.measure"]);
  });

  it("the monthly minutes read the meeting time in the enterprise's zone and keep every decision row where it was posted", () => {
    const minutes: Array<[string, string]> = [
      ["month", "2027-03"],
      ["meetingAt", "2027-03-31T15:00"],
      ["place", "一号会议室"],
      ["recorder", "王记录"],
      ["signature.method", "typed"],
      ["signature.typedName", "周建华"],
      ["attendeeUserIds", "u1"],
      ["directorReport", "a"],
      ["mainProblems", "b"],
      ["rectificationProgress", "c"],
      ["unresolvedIssues", "无"],
      ["nextMonthPlan", "d"],
    ];
    const parsed = parseForm(
      post([
        ...minutes,
        ["decisions[0].content", "加装监测"],
        ["decisions[0].ownerUserId", "u1"],
        ["decisions[1].content", "修订制度"],
        ["decisions[2].content", "组织培训"],
        ["decisions[3].content", "更换灭火器"],
        ["decisions[3].dueDate", "2027-04-30"],
      ]),
      monthlyNewFormSchema("Asia/Shanghai"),
    );
    expect(parsed.meetingAt).toBe("2027-03-31T07:00:00.000Z");
    expect(parsed.decisions).toEqual([
      { content: "加装监测", ownerUserId: "u1" },
      { content: "修订制度" },
      { content: "组织培训" },
      { content: "更换灭火器", dueDate: "2027-04-30" },
    ]);
    // a row left without its text is named by its own index, not dropped
    expect(
      issuePaths(() =>
        parseForm(
          post([...minutes, ["decisions[0].content", "加装监测"], ["decisions[1].dueDate", "2027-04-30"]]),
          monthlyNewFormSchema("Asia/Shanghai"),
        ),
      ),
    ).toEqual(["decisions.1.content"]);
    expect(issuePaths(() => parseForm(post(minutes), monthlyNewFormSchema("Asia/Shanghai")))).toEqual(["decisions"]);
  });

  it("an outgoing inspection keeps the template's lines and the extra lines that were filled", () => {
    const parsed = parseForm(
      post([
        ["productId", "p1"],
        ["specModel", "6-QW-60"],
        ["batchNo", "B1"],
        ["quantity", "10"],
        ["unit", "只"],
        ["inspectedAt", "2027-03-15T09:30"],
        ["result", "pass"],
        ["inspector", "李检"],
        ["standardNo", "GB/T 5008.1-2013"],
        ["lines[0].item", "外观"],
        ["lines[0].result", "pass"],
        ["lines[1].item", "额外项"],
        ["lines[1].result", "na"],
        ["lines[2].result", "na"],
      ]),
      outgoingInspectionFormSchema("Asia/Shanghai"),
    );
    expect(parsed.inspectedAt).toBe("2027-03-15T01:30:00.000Z");
    expect(parsed.lines.map((l) => l.item)).toEqual(["外观"]);
  });

  it("the regulator's ledger query falls back to the page's defaults; the export is xlsx unless csv", () => {
    const q = new URLSearchParams({ siteId: "s1" });
    expect(
      parseForm(q, ledgerQuerySchema("org1", { ledger: "hazards", from: "2027-01-01", to: "2027-03-15" })),
    ).toEqual({
      organizationId: "org1",
      ledger: "hazards",
      filter: { from: "2027-01-01", to: "2027-03-15", siteId: "s1" },
    });
    const exported = parseForm(
      new URLSearchParams({ ledger: "daily", from: "2027-01-01", to: "2027-01-31", format: "csv" }),
      ledgerExportSchema("org1"),
    );
    expect(exported.format).toBe("csv");
    expect(() => parseForm(new URLSearchParams({ ledger: "daily" }), ledgerExportSchema("org1"))).toThrow();
  });
});
