// 开通向导: the six things a new enterprise does before its first daily check, each read from the
// rows that prove it (one query per step), in the order one depends on the next. A step is done when
// its data exists — never a flag someone ticks — so a retired site or an ended appointment un-ticks
// it again (ADR 033).
import { localDate } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";

/** In the order one depends on the next. */
export type SetupStepKey = "profile" | "sites" | "products" | "riskList" | "people" | "firstDaily";

export interface SetupStep {
  key: SetupStepKey;
  done: boolean;
  /** Risk list only: a version exists but none is approved yet (待批准 by the appointed principal). */
  awaitingApproval?: true;
}

export interface SetupProgress {
  steps: SetupStep[];
  done: boolean;
  /** The first step not done (null when all are). */
  next: SetupStepKey | null;
  /** What keeps an officer from filing a daily record today: the first missing of sites, risk list, people. */
  dailyBlockedBy: Extract<SetupStepKey, "sites" | "riskList" | "people"> | null;
}

type SetupDb = Pick<Db, "orgSizeFigure" | "site" | "product" | "riskListVersion" | "roleAssignment" | "dailyCheckRun">;

export async function setupProgress(
  db: SetupDb,
  org: { organizationId: string; timeZone: string; now: Date },
): Promise<SetupProgress> {
  const organizationId = org.organizationId;
  const today = localDate(org.now, org.timeZone);
  const lastYear = Number(today.slice(0, 4)) - 1;
  const found = await Promise.all([
    // 企业信息: the previous year's headcount and revenue the size class (and so the staffing rule) rests on
    db.orgSizeFigure.findFirst({ where: { organizationId, year: lastYear }, select: { id: true } }),
    db.site.findFirst({ where: { organizationId, retiredAt: null }, select: { id: true } }),
    db.product.findFirst({ where: { organizationId, retiredAt: null }, select: { id: true } }),
    // daily checks run only against an approved (in-force) version of the list; versions are few
    db.riskListVersion.findMany({ where: { organizationId }, select: { approvedAt: true } }),
    // someone who can file the daily record: an officer appointment in force, linked to an account
    db.roleAssignment.findFirst({
      where: {
        organizationId,
        role: "officer",
        userId: { not: null },
        appointedOn: { lte: today },
        OR: [{ endedOn: null }, { endedOn: { gt: today } }],
      },
      select: { id: true },
    }),
    db.dailyCheckRun.findFirst({ where: { organizationId, signedAt: { not: null } }, select: { id: true } }),
  ]);
  const [profile, site, product, versions, officer, signed] = found;
  const approved = versions.some((v) => v.approvedAt !== null);
  const steps: SetupStep[] = [
    { key: "profile", done: profile !== null },
    { key: "sites", done: site !== null },
    { key: "products", done: product !== null },
    versions.length > 0 && !approved
      ? { key: "riskList", done: false, awaitingApproval: true }
      : { key: "riskList", done: approved },
    { key: "people", done: officer !== null },
    { key: "firstDaily", done: signed !== null },
  ];
  const isDone = (key: SetupStepKey) => steps.some((s) => s.key === key && s.done);
  const next = steps.find((s) => !s.done)?.key ?? null;
  const dailyBlockedBy = (["sites", "riskList", "people"] as const).find((k) => !isDone(k)) ?? null;
  return { steps, done: next === null, next, dailyBlockedBy };
}
