// 每月质量安全调度会议纪要 for every past month of the seeded history, chaired and signed by the
// principal, with attendees, decisions (one of which became a tracked task) and next month's plan.
import type { Prisma } from "@anzhi/db";
import type { RunSummary } from "./daily.ts";
import { lastWorkingDayOf, type HazardSpec } from "./hazard-plan.ts";
import type { OrgSeed, SeedCtx } from "./types.ts";
import type { WeekSummary } from "./weekly.ts";
import { addDays, at, atLocal, json, lastDayOfMonth, localDate, monthKey, newId, nextMonth } from "./util.ts";
import { recordContentHash } from "../audit/record-hash.ts";

const DECISIONS: Record<OrgSeed["kind"], string[]> = {
  producer: [
    "对本月发现问题逐项验证销号，未关闭项列为下周排查重点",
    "组织质量安全员开展GB 43854-2024标识条款专项自查",
    "完善电芯供方质量协议，增加电芯来源与认证型号一致性条款",
  ],
  seller: [
    "对本月发现问题逐项验证销号，未关闭项列为下周排查重点",
    "进货查验一律在全国认证认可信息公共服务平台核验CCC证书状态并截图留存",
    "每月对在售电动自行车及电池逐台核对新国标和CCC证书",
  ],
};

const TASK_DECISION = "按GB 43854-2024对在制和库存电池的永久性编码、安全使用年限标识进行全面核查";

const PLAN: Record<OrgSeed["kind"], string[]> = {
  producer: [
    "完成风险管控清单季度评审",
    "开展一次锂电池成品库消防应急演练",
    "配合监管部门做好质量安全总监、质量安全员监督考核",
  ],
  seller: ["完成供货者资质年度复核", "开展一次门店充电区消防检查", "组织新入职店员进货查验培训"],
};

export async function createMonthlyMeetings(
  ctx: SeedCtx,
  org: OrgSeed,
  runs: RunSummary[],
  weeks: WeekSummary[],
  hazards: HazardSpec[],
): Promise<void> {
  const { tx } = ctx;
  const mine = hazards.filter((h) => h.orgKey === org.key);
  const { people } = org;
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  for (let month = monthKey(ctx.windowStart); month < monthKey(ctx.today); month = nextMonth(month)) {
    const id = newId();
    const meetingDate = lastWorkingDayOf(month);
    const start = `${month}-01`;
    const end = lastDayOfMonth(month);
    const within = (d: Date | null) => d !== null && localDate(d) >= start && localDate(d) <= end;
    const monthRuns = runs.filter((r) => r.day >= start && r.day <= end);
    const opened = mine.filter((h) => within(h.detectedAt));
    const closed = mine.filter((h) => within(h.verifiedAt));
    const openAtMeeting = mine.filter(
      (h) => localDate(h.detectedAt) <= meetingDate && (!h.verifiedAt || localDate(h.verifiedAt) > meetingDate),
    );
    const overdue = openAtMeeting.filter((h) => h.dueDate < meetingDate);
    const review = {
      dailyRecords: monthRuns.length,
      zeroRiskDays: monthRuns.filter((r) => r.zeroRisk).length,
      lateRecords: monthRuns.filter((r) => r.late).length,
      weeklyReports: weeks.filter((w) => w.periodEnd >= start && w.periodEnd <= end).length,
      hazardsOpened: opened.length,
      hazardsClosed: closed.length,
      overdue: overdue.length,
    };
    const signedAt = atLocal(meetingDate, 17, 0);
    const listChanged = ctx.v2From >= start && ctx.v2From <= end;
    await tx.monthlyMeeting.create({
      data: {
        id,
        organizationId: org.id,
        month,
        meetingDate,
        meetingAt: atLocal(meetingDate, 15, 0),
        place: org.kind === "producer" ? "公司办公楼三楼第一会议室" : "门店二楼办公室",
        chairUserId: people.principal,
        recorderName: org.kind === "producer" ? "周婷（综合办）" : (people.names.get(people.director) ?? ""),
        reviewJson: json(review),
        directorReport: `本月共完成每日检查记录${review.dailyRecords}份（零风险${review.zeroRiskDays}份，迟交${review.lateRecords}份），周排查报告${review.weeklyReports}份；新发现问题${review.hazardsOpened}项，验证关闭${review.hazardsClosed}项，逾期未整改${review.overdue}项。`,
        mainProblems: opened.length > 0 ? opened.map((h) => `${h.hazardNo} ${h.title}`).join("\n") : "无",
        rectificationProgress:
          closed.length > 0 ? `已关闭：${closed.map((h) => h.hazardNo).join("、")}。` : "本月无关闭事项。",
        unresolvedIssues:
          openAtMeeting.length > 0
            ? openAtMeeting.map((h) => `${h.hazardNo} ${h.title}（期限${h.dueDate}）`).join("\n")
            : "无",
        schedulingMatters: listChanged ? `风险管控清单于${ctx.v2From}修订为第2版，已组织质量安全员学习。` : null,
        otherMatters: null,
        nextMonthPlan: PLAN[org.kind].join("；"),
        status: "submitted",
        signedByUserId: people.principal,
        signedAt,
        submittedAt: signedAt,
        createdAt: atLocal(meetingDate, 14, 30),
        updatedAt: signedAt,
      },
    });
    const attendees = [
      { userId: people.principal, name: people.names.get(people.principal) ?? "", role: "principal" },
      { userId: people.director, name: people.names.get(people.director) ?? "", role: "director" },
      ...people.officers.map((o) => ({ userId: o.userId, name: o.name, role: "officer" })),
      ...(people.viewer
        ? [{ userId: people.viewer, name: people.names.get(people.viewer) ?? "", role: "质量部" }]
        : []),
    ];
    await tx.meetingAttendee.createMany({
      data: [
        ...attendees.map((a) => ({
          organizationId: org.id,
          meetingId: id,
          userId: a.userId,
          name: a.name,
          role: a.role,
          signedAt,
        })),
        ...(org.kind === "producer"
          ? [{ organizationId: org.id, meetingId: id, userId: null, name: "孙强", role: "生产部经理", signedAt }]
          : []),
      ],
    });
    const isTaskMonth = mine.some((h) => h.link.kind === "meeting" && h.link.month === month);
    const texts = DECISIONS[org.kind].map((t, i) => (i === 1 && isTaskMonth ? TASK_DECISION : t));
    const owners = [people.director, at(people.officers, -1).userId, people.director];
    const decisionIds = texts.map(() => newId());
    await tx.meetingDecision.createMany({
      data: texts.map((content, i) => ({
        id: decisionIds[i],
        organizationId: org.id,
        meetingId: id,
        seq: i + 1,
        content,
        ownerUserId: owners[i] ?? people.director,
        ownerName: people.names.get(owners[i] ?? people.director) ?? null,
        dueDate: i === 0 ? addDays(meetingDate, 7) : lastDayOfMonth(nextMonth(month)),
        createdAt: signedAt,
      })),
    });
    for (const h of mine) {
      if (h.link.kind === "meeting" && h.link.month === month)
        h.refs.meetingDecisionId = decisionIds[h.link.decisionSeq - 1];
    }
    // Each decision's task (docs/decisions/024), as the add_meeting_tasks migration would have
    // made it: one past its due date is done, the rest open; the decision booked as a hazard
    // (the legacy row the migration keeps) follows its hazard, which is in rectification.
    await tx.meetingTask.createMany({
      data: texts.map((content, i) => {
        const dueDate = i === 0 ? addDays(meetingDate, 7) : lastDayOfMonth(nextMonth(month));
        const legacy = i === 1 && isTaskMonth;
        const done = !legacy && dueDate < ctx.today;
        return {
          organizationId: org.id,
          decisionId: decisionIds[i] ?? "",
          month,
          content,
          ownerUserId: owners[i] ?? people.director,
          dueDate,
          status: legacy ? "in_progress" : done ? "done" : "open",
          closingNote: done ? "已按期完成，经质量安全总监确认" : null,
          closedByUserId: done ? people.director : null,
          closedAt: done ? atLocal(dueDate, 17, 0) : null,
          createdAt: signedAt,
          updatedAt: done ? atLocal(dueDate, 17, 0) : signedAt,
        };
      }),
    });
    await tx.meetingPlanItem.createMany({
      data: PLAN[org.kind].map((content, i) => ({
        organizationId: org.id,
        meetingId: id,
        seq: i + 1,
        forMonth: nextMonth(month),
        content,
        ownerUserId: i === 2 ? people.principal : people.director,
        dueDate: lastDayOfMonth(nextMonth(month)),
        createdAt: signedAt,
      })),
    });
    audits.push({
      organizationId: org.id,
      actorUserId: people.principal,
      actorKind: "user",
      action: "monthly_meeting.sign",
      entityType: "monthly_meeting",
      entityId: id,
      dataJson: json({ month }),
      at: signedAt,
    });
  }
  for (const audit of audits) {
    const hash = await recordContentHash(tx, "monthly_meeting", audit.entityId ?? "");
    audit.dataJson = json({ ...(JSON.parse(audit.dataJson ?? "{}") as object), contentHash: hash });
  }
  await tx.auditEvent.createMany({ data: audits });
  // The principal signed each set of minutes by typed name (docs/decisions/032), bound to its hash.
  const principal = await tx.user.findUniqueOrThrow({ where: { id: people.principal }, select: { name: true } });
  await tx.recordSignature.createMany({
    data: audits.map((a) => ({
      organizationId: org.id,
      recordType: "monthly_meeting",
      recordId: a.entityId ?? "",
      step: "record",
      contentHash: (JSON.parse(a.dataJson ?? "{}") as { contentHash: string }).contentHash,
      signerUserId: people.principal,
      method: "typed",
      typedName: principal.name,
      signedAt: a.at as Date, // every seeded signing event has its time
    })),
  });
}
