// 履职记录 (proposals and vetoes with the principal's decisions) and 培训考核记录 (training and the
// regulator's 监督抽查考核) as ledgers a regulator can be granted (issue 13). Rows are filtered by
// their local date (filed / held) within the range; a pending veto shows how long it has waited.
import {
  ASSESSMENT_METHOD_ZH,
  PROPOSAL_ANSWER_ZH,
  PROPOSAL_DECISION_ZH,
  PROPOSAL_PENDING_ZH,
  PROPOSAL_TYPE_ZH,
  ROLE_ZH,
  TRAINING_KIND_ZH,
  TRAINING_TOPIC_ZH,
  localDate,
  typedAssessmentResult,
  typedTrainingTopic,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { coded, cols, when, type LedgerFilter, type LedgerTable } from "./table.ts";

const HOUR = 3_600_000;
const hours = (ms: number) => `${Math.max(0, Math.round((ms / HOUR) * 10) / 10)}`;

export async function proposalsTable(
  db: Db,
  orgId: string,
  f: LedgerFilter,
  timeZone: string,
  now: Date,
): Promise<LedgerTable> {
  // The range is in local days; widen by a day each side in UTC and keep the local dates inside.
  const from = new Date(`${f.from}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 1);
  const to = new Date(`${f.to}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 2);
  const rows = await db.staffProposal.findMany({
    where: { organizationId: orgId, proposedAt: { gte: from, lt: to } },
    orderBy: { proposedAt: "desc" },
    select: {
      id: true,
      type: true,
      proposerRole: true,
      proposedAt: true,
      defectDescription: true,
      batchNosJson: true,
      status: true,
      proposedBy: { select: { name: true } },
      hazard: { select: { hazardNo: true } },
      decisions: {
        where: { supersededBy: null },
        select: {
          decision: true,
          reason: true,
          actionsTaken: true,
          decidedAt: true,
          decidedBy: { select: { name: true } },
        },
      },
    },
  });
  return {
    columns: cols([
      ["proposedAt", "提出时间"],
      ["type", "类型"],
      ["proposer", "提出人"],
      ["role", "岗位"],
      ["defect", "缺陷/问题"],
      ["batchNo", "批次"],
      ["hazardNo", "隐患编号"],
      ["decision", "主要负责人决定"],
      ["reason", "理由/采取措施"],
      ["decidedAt", "决定时间"],
      ["hoursToAnswer", "答复用时（小时）"],
    ]),
    rows: rows
      .filter((r) => {
        const d = localDate(r.proposedAt, timeZone);
        return d >= f.from && d <= f.to;
      })
      .map((r) => {
        const decision = r.decisions[0];
        return {
          id: r.id,
          record: false as const,
          cells: [
            when(r.proposedAt, timeZone),
            coded("proposalType", PROPOSAL_TYPE_ZH, r.type),
            r.proposedBy.name,
            coded("role", ROLE_ZH, r.proposerRole),
            r.defectDescription,
            (JSON.parse(r.batchNosJson) as string[]).join("、"),
            r.hazard?.hazardNo ?? "",
            decision
              ? coded("proposalDecision", PROPOSAL_DECISION_ZH, decision.decision, decision.decidedBy.name)
              : coded("proposalDecision", PROPOSAL_PENDING_ZH, "pending"),
            decision ? [decision.reason, decision.actionsTaken].filter(Boolean).join("；") : "",
            decision ? when(decision.decidedAt, timeZone) : "",
            decision
              ? hours(decision.decidedAt.getTime() - r.proposedAt.getTime())
              : coded("answer", PROPOSAL_ANSWER_ZH, "unanswered", hours(now.getTime() - r.proposedAt.getTime())),
          ],
        };
      }),
  };
}

export async function trainingTable(db: Db, orgId: string, f: LedgerFilter): Promise<LedgerTable> {
  const rows = await db.trainingRecord.findMany({
    where: { organizationId: orgId, trainingDate: { gte: f.from, lte: f.to } },
    orderBy: { trainingDate: "desc" },
    select: {
      id: true,
      kind: true,
      trainingDate: true,
      topic: true,
      trainer: true,
      hours: true,
      assessmentMethod: true,
      authority: true,
      followUp: true,
      nextDueAt: true,
      attendees: { select: { personName: true, score: true, passed: true, result: true } },
    },
  });
  return {
    columns: cols([
      ["date", "日期"],
      ["kind", "类别"],
      ["topic", "内容"],
      ["trainer", "授课人/考核机关"],
      ["trainingHours", "学时"],
      ["assessment", "考核方式"],
      ["attendees", "参加人员及结果"],
      ["followUp", "整改要求"],
      ["nextDueAt", "下次培训"],
    ]),
    rows: rows.map((r) => ({
      id: r.id,
      record: false as const,
      cells: [
        r.trainingDate,
        coded("trainingKind", TRAINING_KIND_ZH, r.kind),
        typedTrainingTopic(r.kind, r.topic) ?? coded("trainingTopic", TRAINING_TOPIC_ZH, r.kind),
        (r.kind === "supervisory_assessment" ? r.authority : r.trainer) ?? "",
        r.hours === null ? "" : String(r.hours),
        coded("assessmentMethod", ASSESSMENT_METHOD_ZH, r.assessmentMethod),
        { attendees: r.attendees.map((a) => ({ ...a, result: typedAssessmentResult(a.passed, a.result) })) },
        r.followUp ?? "",
        r.nextDueAt ?? "",
      ],
    })),
  };
}
