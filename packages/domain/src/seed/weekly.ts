// 每周质量安全排查治理报告 for every past ISO week of the seeded history (not the current week),
// signed by the director; one signed late, one amended after the principal's comments.
import type { Prisma } from "@anzhi/db";
import { markWeeklyRead } from "../routines/read-sign.ts";
import type { RunSummary } from "./daily.ts";
import type { HazardSpec } from "./hazard-plan.ts";
import type { OrgSeed, SeedCtx } from "./types.ts";
import { addDays, atLocal, isoWeekOf, json, localDate, mondayOf, newId } from "./util.ts";
import { contentHashOf, recordContent } from "../audit/record-hash.ts";

const FOCUS = [
  "落实来料电芯一致性抽测，跟踪供方整改",
  "重点检查成品库温湿度与消防设施",
  "复核出厂检验记录完整性，杜绝未检先出",
  "组织质量安全员学习新版标准条款",
  "跟踪未关闭隐患的整改进度",
  "核对在售产品CCC证书状态和型号范围",
];

export interface WeekSummary {
  isoYear: number;
  isoWeek: number;
  periodEnd: string;
}

function inRange(d: Date | null, start: string, end: string): boolean {
  if (!d) return false;
  const day = localDate(d);
  return day >= start && day <= end;
}

export async function createWeeklyReports(
  ctx: SeedCtx,
  org: OrgSeed,
  runs: RunSummary[],
  hazards: HazardSpec[],
): Promise<WeekSummary[]> {
  const { tx } = ctx;
  const mine = hazards.filter((h) => h.orgKey === org.key);
  const rows: Prisma.WeeklyReportCreateManyInput[] = [];
  /** The principal read-signs each report the Monday after (through markWeeklyRead). */
  const acks: Array<{ id: string; at: Date }> = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  /** The next-week focus each report was signed with (before an amendment). */
  const signedFocus = new Map<string, string>();
  const amendments: Prisma.RecordAmendmentCreateManyInput[] = [];
  const weeks: WeekSummary[] = [];
  const participants = [
    { userId: org.people.director, name: org.people.names.get(org.people.director), role: "director" },
    ...org.people.officers.map((o) => ({ userId: o.userId, name: o.name, role: "officer" })),
  ];
  let index = 0;
  for (let monday = mondayOf(ctx.windowStart); monday < mondayOf(ctx.today); monday = addDays(monday, 7), index++) {
    const sunday = addDays(monday, 6);
    const { isoYear, isoWeek } = isoWeekOf(monday);
    const id = newId();
    const weekRuns = runs.filter((r) => r.day >= monday && r.day <= sunday);
    const workdays = ctx.workingDays.filter((d) => d >= monday && d <= sunday).length;
    const opened = mine.filter((h) => inRange(h.detectedAt, monday, sunday));
    const closed = mine.filter((h) => inRange(h.verifiedAt, monday, sunday));
    const prevOpened = mine.filter((h) => inRange(h.detectedAt, addDays(monday, -7), addDays(monday, -1)));
    for (const h of opened)
      if (h.link.kind === "weekly" && h.link.isoWeek === isoWeek && h.link.isoYear === isoYear)
        h.refs.weeklyReportId = id;
    const stats = {
      expectedDays: workdays * org.people.officers.length,
      recordedDays: weekRuns.length,
      zeroRiskDays: weekRuns.filter((r) => r.zeroRisk).length,
      notOperatingDays: weekRuns.filter((r) => !r.operating).length,
      lateRecords: weekRuns.filter((r) => r.late).length,
      problemItems: weekRuns.reduce((s, r) => s + r.problems, 0),
      hazardsOpened: opened.length,
      hazardsClosed: closed.length,
    };
    const friday = addDays(monday, 4);
    const isLate = org.key === "battery" && index === 2;
    const signedAt = isLate ? atLocal(addDays(monday, 7), 10, 15) : atLocal(friday, 16, 30);
    const isAmended = org.key === "battery" && index === 1;
    const focus = FOCUS[(index + (org.key === "battery" ? 0 : 3)) % FOCUS.length] ?? "";
    const amendedFocus = `${focus}；按主要负责人意见增加对供方质量协议执行情况的抽查`;
    const ackAt = atLocal(addDays(monday, 7), 11, 0);
    if (ackAt < ctx.now) acks.push({ id, at: ackAt });
    const stillOpen = prevOpened.filter((h) => !h.verifiedAt || localDate(h.verifiedAt) > sunday);
    rows.push({
      id,
      organizationId: org.id,
      isoYear,
      isoWeek,
      periodStart: monday,
      periodEnd: sunday,
      screeningDate: friday,
      status: isAmended ? "amended" : "submitted",
      statsJson: json(stats),
      participantsJson: json(participants),
      lastWeekFollowUp:
        prevOpened.length === 0
          ? "上周无遗留问题。"
          : `上周发现问题${prevOpened.length}项，已验证关闭${prevOpened.length - stillOpen.length}项${stillOpen.length > 0 ? `，${stillOpen.map((h) => h.hazardNo).join("、")}按期整改中` : ""}。`,
      hazardsSummary:
        opened.length > 0
          ? opened
              .map(
                (h) =>
                  `${h.hazardNo} ${h.title}（${h.severity === "major" ? "重大" : h.severity === "significant" ? "较大" : "一般"}）`,
              )
              .join("\n")
          : null,
      noHazardStatement: opened.length === 0 ? "本周日管控和周排查未发现风险隐患。" : null,
      assessment: `本周应检${stats.expectedDays}人日，实检${stats.recordedDays}人日，零风险${stats.zeroRiskDays}人日${stats.lateRecords > 0 ? `，迟交${stats.lateRecords}次` : ""}；${opened.length > 0 ? `发现问题${opened.length}项，均已落实控制措施` : "质量安全总体受控"}。`,
      overallRating: opened.some((h) => h.severity !== "general")
        ? "needs_improvement"
        : opened.length > 0
          ? "generally_good"
          : "good",
      measures:
        opened.length > 0
          ? "对发现问题已隔离、上报并明确整改责任人和期限，整改完成后由质量安全总监验证销号。"
          : "继续按风险管控清单开展日管控。",
      nextWeekFocus: isAmended ? amendedFocus : focus,
      signedByUserId: org.people.director,
      signedAt,
      submittedAt: signedAt,
      late: isLate,
      signedAsRole: "director",
      revision: isAmended ? 2 : 1,
      createdAt: atLocal(friday, 14, 0),
      updatedAt: isAmended ? atLocal(addDays(monday, 7), 11, 30) : signedAt,
    });
    audits.push({
      organizationId: org.id,
      actorUserId: org.people.director,
      actorKind: "user",
      action: "weekly_report.sign",
      entityType: "weekly_report",
      entityId: id,
      dataJson: json({ isoYear, isoWeek, late: isLate }),
      at: signedAt,
    });
    if (isAmended) {
      amendments.push({
        organizationId: org.id,
        entityType: "weekly_report",
        entityId: id,
        version: 2,
        changesJson: json({ nextWeekFocus: { from: focus, to: amendedFocus } }),
        reason: "根据主要负责人阅知意见补充下周工作重点",
        amendedByUserId: org.people.director,
        at: atLocal(addDays(monday, 7), 11, 30),
      });
      audits.push({
        organizationId: org.id,
        actorUserId: org.people.director,
        actorKind: "user",
        action: "weekly_report.amend",
        entityType: "weekly_report",
        entityId: id,
        dataJson: json({ version: 2, fields: ["nextWeekFocus"], reason: "根据主要负责人阅知意见补充下周工作重点" }),
        at: atLocal(addDays(monday, 7), 11, 30),
      });
    }
    signedFocus.set(id, focus);
    weeks.push({ isoYear, isoWeek, periodEnd: sunday });
  }
  await tx.weeklyReport.createMany({ data: rows });
  await tx.recordAmendment.createMany({ data: amendments });
  // Signing and amending events carry the record's content hash, as the product writes them.
  for (const audit of audits) {
    const content = await recordContent(tx, "weekly_report", audit.entityId ?? "");
    const signedAs =
      audit.action === "weekly_report.sign" && content.revision === 2
        ? { ...content, nextWeekFocus: signedFocus.get(audit.entityId ?? ""), revision: 1 }
        : content;
    audit.dataJson = json({ ...(JSON.parse(audit.dataJson ?? "{}") as object), contentHash: contentHashOf(signedAs) });
  }
  await tx.auditEvent.createMany({ data: audits });
  // The director signed each report by typed name (docs/decisions/032), bound to the hash as signed.
  const director = await tx.user.findUniqueOrThrow({ where: { id: org.people.director }, select: { name: true } });
  await tx.recordSignature.createMany({
    data: audits
      .filter((a) => a.action === "weekly_report.sign")
      .map((a) => ({
        organizationId: org.id,
        recordType: "weekly_report",
        recordId: a.entityId ?? "",
        step: "record",
        contentHash: (JSON.parse(a.dataJson ?? "{}") as { contentHash: string }).contentHash,
        signerUserId: org.people.director,
        method: "typed",
        typedName: director.name,
        signedAt: a.at as Date, // every seeded signing event has its time
      })),
  });
  for (const a of acks)
    await markWeeklyRead(tx, { organizationId: org.id, userId: org.people.principal }, [a.id], a.at);
  return weeks;
}
