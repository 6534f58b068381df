// 每日质量安全检查记录: one run per officer per working day up to yesterday, mostly zero-risk, with
// the planned problems, a few late submissions, one non-operating day, one amendment and a
// couple of deliberately missing days.
import type { Prisma } from "@anzhi/db";
import { markDailyRead } from "../routines/read-sign.ts";
import type { HazardSpec } from "./hazard-plan.ts";
import { dailyItemsFor } from "./risk-list.ts";
import type { OrgKey, OrgSeed, RiskListSeed, SeedCtx } from "./types.ts";
import { addDays, at, atLocal, json, newId } from "./util.ts";
import { contentHashOf, recordContent } from "../audit/record-hash.ts";

export interface RunSummary {
  officerUserId: string;
  day: string;
  operating: boolean;
  zeroRisk: boolean;
  problems: number;
  late: boolean;
}

/** Working-day indexes (negative = from the end) per officer index. */
const SPECIAL: Record<
  OrgKey,
  {
    missing: Array<[number, number]>;
    late: Array<[number, number]>;
    notOperating: Array<[number, number]>;
    amended: Array<[number, number]>;
  }
> = {
  battery: {
    missing: [
      [1, 11],
      [1, -8],
    ],
    late: [
      [0, 16],
      [1, 22],
    ],
    notOperating: [[1, 27]],
    amended: [[0, 18]],
  },
  hardware: { missing: [[0, 20]], late: [[0, -10]], notOperating: [], amended: [] },
};

const NA_REASONS: Record<string, { p: number; reason: string }> = {
  "gen-s-07": { p: 1, reason: "零售业态，无批发销售" },
  "gen-s-01": { p: 0.85, reason: "当日无新增供货者" },
  "e-bike-battery-charger-05": { p: 0.3, reason: "当日未生产充电器" },
};

const OK_NOTES = ["现场核查符合要求", "抽查记录完整", "已核对，无异常"];

export async function createDailyRuns(
  ctx: SeedCtx,
  org: OrgSeed,
  list: RiskListSeed,
  hazards: HazardSpec[],
): Promise<RunSummary[]> {
  const { tx, rng, workingDays } = ctx;
  const n = workingDays.length;
  const dayOf = ([o, i]: [number, number]) => `${o}:${at(workingDays, i < 0 ? n + i : i)}`;
  const special = SPECIAL[org.key];
  const missing = new Set(special.missing.map(dayOf));
  const late = new Set(special.late.map(dayOf));
  const notOperating = new Set(special.notOperating.map(dayOf));
  const amended = new Set(special.amended.map(dayOf));

  const runs: Prisma.DailyCheckRunCreateManyInput[] = [];
  const entries: Prisma.DailyCheckEntryCreateManyInput[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  const amendments: Prisma.RecordAmendmentCreateManyInput[] = [];
  const summaries: RunSummary[] = [];
  /** Records with a problem the director read-signed the same evening (through markDailyRead). */
  const reads: Array<{ runId: string; at: Date }> = [];

  for (const [oi, officer] of org.people.officers.entries()) {
    for (const day of workingDays) {
      const key = `${oi}:${day}`;
      if (missing.has(key)) continue;
      const runId = newId();
      const version = day >= list.v2EffectiveFrom ? 2 : 1;
      const operating = !notOperating.has(key);
      const problems = hazards.filter(
        (h) => h.orgKey === org.key && h.link.kind === "daily" && h.link.officer === oi && h.link.day === day,
      );
      const isLate = late.has(key);
      const submittedAt = isLate ? atLocal(addDays(day, 1), 9, rng.int(5, 50)) : atLocal(day, 17, rng.int(0, 75));
      const first = problems[0];
      const isAmended = amended.has(key);
      const remarks = isAmended ? "补充：当日来料2批（电芯、镍带）均已查验，检验单号见ERP进货检验记录。" : null;
      runs.push({
        id: runId,
        organizationId: org.id,
        siteId: officer.siteId,
        officerUserId: officer.userId,
        checkDate: day,
        listVersion: version,
        operatingStatus: operating ? "operating" : "not_operating",
        notOperatingReason: operating ? null : "PACK线年度设备保养，全天停产",
        status: isAmended ? "amended" : "submitted",
        zeroRisk: problems.length === 0,
        hazardSummary: first ? problems.map((p) => p.title).join("；") : null,
        measuresTaken: first ? (first.containment ?? "已现场控制并立即上报质量安全总监") : null,
        reportedTo: first ? "director" : null,
        reportedToUserId: first ? org.people.director : null,
        reportedAt: first ? new Date(first.detectedAt.getTime() + 10 * 60_000) : null,
        remarks,
        signedByUserId: officer.userId,
        signedAt: submittedAt,
        submittedAt,
        late: isLate,
        revision: isAmended ? 2 : 1,
        createdAt: atLocal(day, 8, rng.int(20, 55)),
        updatedAt: isAmended ? atLocal(addDays(day, 1), 9, 30) : submittedAt,
      });
      if (first && atLocal(day, 18, 30) < ctx.now) reads.push({ runId, at: atLocal(day, 18, 30) });
      summaries.push({
        officerUserId: officer.userId,
        day,
        operating,
        zeroRisk: problems.length === 0,
        problems: problems.length,
        late: isLate,
      });
      audits.push({
        organizationId: org.id,
        actorUserId: officer.userId,
        actorKind: "user",
        action: "daily_check.submit",
        entityType: "daily_check_run",
        entityId: runId,
        dataJson: json({ checkDate: day, zeroRisk: problems.length === 0, late: isLate }),
        at: submittedAt,
      });
      if (isAmended) {
        const at2 = atLocal(addDays(day, 1), 9, 30);
        amendments.push({
          organizationId: org.id,
          entityType: "daily_check_run",
          entityId: runId,
          version: 2,
          changesJson: json({ remarks: { from: null, to: remarks } }),
          reason: "补充遗漏的来料查验说明",
          amendedByUserId: officer.userId,
          at: at2,
        });
        audits.push({
          organizationId: org.id,
          actorUserId: officer.userId,
          actorKind: "user",
          action: "daily_check.amend",
          entityType: "daily_check_run",
          entityId: runId,
          dataJson: json({ version: 2 }),
          at: at2,
        });
      }
      if (!operating) continue;
      for (const [seq, item] of dailyItemsFor(list, version, officer.siteId).entries()) {
        const entryId = newId();
        const hazard = problems.find((p) => p.link.kind === "daily" && p.link.catalogItemId === item.catalogItemId);
        const na = item.catalogItemId ? NA_REASONS[item.catalogItemId] : undefined;
        const isNa = !hazard && na !== undefined && rng.chance(na.p);
        if (hazard) hazard.refs.dailyEntryId = entryId;
        entries.push({
          id: entryId,
          organizationId: org.id,
          runId,
          riskItemId: item.id,
          seq: seq + 1,
          stage: item.stage,
          riskCategory: item.riskCategory,
          riskPoint: item.riskPoint,
          controlMeasure: item.controlMeasure,
          result: hazard ? "problem" : isNa ? "not_applicable" : "ok",
          note: hazard ? hazard.description : !isNa && rng.chance(0.12) ? rng.pick(OK_NOTES) : null,
          naReason: isNa && na ? na.reason : null,
          immediateAction: hazard ? (hazard.containment ?? "已上报质量安全总监") : null,
          createdAt: submittedAt,
          updatedAt: submittedAt,
        });
      }
    }
  }
  await tx.dailyCheckRun.createMany({ data: runs });
  await tx.dailyCheckEntry.createMany({ data: entries });
  await tx.recordAmendment.createMany({ data: amendments });
  // Signing and amending events carry the record's content hash, as the product writes them: an
  // amended record was signed with its remarks empty, at revision 1.
  for (const audit of audits) {
    const content = await recordContent(tx, "daily_check_run", audit.entityId ?? "");
    const signedAs =
      audit.action === "daily_check.submit" && content.revision === 2
        ? { ...content, remarks: null, revision: 1 }
        : content;
    audit.dataJson = json({ ...(JSON.parse(audit.dataJson ?? "{}") as object), contentHash: contentHashOf(signedAs) });
  }
  await tx.auditEvent.createMany({ data: audits });
  // Each officer signed their record by typed name (docs/decisions/032), bound to the hash as signed.
  await tx.recordSignature.createMany({
    data: audits
      .filter((a) => a.action === "daily_check.submit")
      .map((a) => ({
        organizationId: org.id,
        recordType: "daily_check_run",
        recordId: a.entityId ?? "",
        step: "record",
        contentHash: (JSON.parse(a.dataJson ?? "{}") as { contentHash: string }).contentHash,
        signerUserId: a.actorUserId ?? "",
        method: "typed",
        typedName: org.people.names.get(a.actorUserId ?? "") ?? "",
        signedAt: a.at as Date, // every seeded signing event has its time
      })),
  });
  for (const r of reads)
    await markDailyRead(tx, { organizationId: org.id, userId: org.people.director }, [r.runId], r.at);
  return summaries;
}
