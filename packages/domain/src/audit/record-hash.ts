// Content hashes of signed statutory records (docs/decisions/014): sha256 over a canonical JSON of
// what the record says — the same function at signing (the hash rides in the signing or amending
// audit event, so it is part of the chain) and in the print view, so a printed or exported record
// can be checked against the trail. Links that are not signed content (updatedAt, the hazard an
// entry is tracked under) stay out.
import type { Tx } from "@anzhi/db";
import { canonicalJson, sha256Hex } from "./chain.ts";

type Reader = Pick<
  Tx,
  | "dailyCheckRun"
  | "weeklyReport"
  | "monthlyMeeting"
  | "hazard"
  | "hazardEvent"
  | "attachmentLink"
  | "staffProposal"
  | "proposalDecision"
  | "roleAssignment"
>;

export type HashedRecord =
  | "daily_check_run"
  | "weekly_report"
  | "monthly_meeting"
  | "hazard"
  | "staff_proposal"
  | "proposal_decision"
  | "appointment";

export function contentHashOf(content: unknown): string {
  return sha256Hex(canonicalJson(content));
}

async function dailyContent(db: Reader, id: string): Promise<unknown> {
  return db.dailyCheckRun.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      organizationId: true,
      siteId: true,
      officerUserId: true,
      checkDate: true,
      listVersion: true,
      operatingStatus: true,
      notOperatingReason: true,
      zeroRisk: true,
      hazardSummary: true,
      measuresTaken: true,
      reportedTo: true,
      reportedAt: true,
      remarks: true,
      signedByUserId: true,
      signedAt: true,
      late: true,
      revision: true,
      entries: {
        orderBy: { seq: "asc" },
        select: {
          seq: true,
          riskItemId: true,
          stage: true,
          riskCategory: true,
          riskPoint: true,
          controlMeasure: true,
          result: true,
          note: true,
          naReason: true,
          immediateAction: true,
        },
      },
    },
  });
}

async function weeklyContent(db: Reader, id: string): Promise<unknown> {
  return db.weeklyReport.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      organizationId: true,
      isoYear: true,
      isoWeek: true,
      periodStart: true,
      periodEnd: true,
      screeningDate: true,
      statsJson: true,
      participantsJson: true,
      lastWeekFollowUp: true,
      hazardsSummary: true,
      noHazardStatement: true,
      assessment: true,
      overallRating: true,
      measures: true,
      nextWeekFocus: true,
      signedByUserId: true,
      signedAt: true,
      late: true,
      revision: true,
    },
  });
}

async function monthlyContent(db: Reader, id: string): Promise<unknown> {
  return db.monthlyMeeting.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      organizationId: true,
      month: true,
      meetingDate: true,
      meetingAt: true,
      place: true,
      chairUserId: true,
      recorderName: true,
      reviewJson: true,
      directorReport: true,
      mainProblems: true,
      rectificationProgress: true,
      unresolvedIssues: true,
      schedulingMatters: true,
      otherMatters: true,
      nextMonthPlan: true,
      signedByUserId: true,
      signedAt: true,
      late: true,
      revision: true,
      attendees: { orderBy: [{ name: "asc" }, { id: "asc" }], select: { userId: true, name: true, role: true } },
      decisions: {
        orderBy: { seq: "asc" },
        select: { seq: true, content: true, ownerUserId: true, ownerName: true, dueDate: true },
      },
      planItems: {
        orderBy: { seq: "asc" },
        select: { seq: true, forMonth: true, content: true, ownerUserId: true, dueDate: true },
      },
    },
  });
}

/** The rectification record: what was found, what was done, who rectified and who verified. */
async function hazardContent(db: Reader, id: string): Promise<unknown> {
  const { evidenceException, ...row } = await db.hazard.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      organizationId: true,
      hazardNo: true,
      source: true,
      title: true,
      description: true,
      stage: true,
      riskItemId: true,
      productId: true,
      siteId: true,
      severity: true,
      ownerUserId: true,
      dueDate: true,
      status: true,
      containment: true,
      rootCause: true,
      correctiveAction: true,
      rectifiedByUserId: true,
      rectifiedAt: true,
      rectificationNote: true,
      verifiedByUserId: true,
      verifiedAt: true,
      verificationNote: true,
      closedAt: true,
      evidenceException: true,
    },
  });
  // The exception joined the record later (docs/decisions/024): hashed only when given, so the
  // hashes of records without one stay as they were signed.
  return evidenceException === null ? row : { ...row, evidenceException };
}

/**
 * A proposal and a decision are never edited (a changed decision is a new row): each row keeps the
 * hash it was signed with (proposals/proposals.ts computes it at filing / deciding), and that is
 * what its signature is checked against.
 */
async function proposalContent(db: Reader, id: string): Promise<unknown> {
  return db.staffProposal.findUniqueOrThrow({ where: { id }, select: { id: true, contentHash: true } });
}

async function decisionContent(db: Reader, id: string): Promise<unknown> {
  return db.proposalDecision.findUniqueOrThrow({ where: { id }, select: { id: true, contentHash: true } });
}

/**
 * What the appointee acknowledges (确认岗位职责): the post, its scope, the duties document, the
 * person and the start date. The acknowledgement's own time is not part of it.
 */
async function appointmentContent(db: Reader, id: string): Promise<unknown> {
  const { scopes, ...row } = await db.roleAssignment.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      organizationId: true,
      role: true,
      personName: true,
      userId: true,
      appointedOn: true,
      scopes: { select: { siteId: true, productId: true, riskItemId: true } },
    },
  });
  const ids = (pick: (s: (typeof scopes)[number]) => string | null) =>
    scopes
      .map(pick)
      .filter((v): v is string => Boolean(v))
      .sort();
  return {
    ...row,
    duties: APPOINTMENT_DUTIES[row.role] ?? null,
    siteIds: ids((s) => s.siteId),
    productIds: ids((s) => s.productId),
    riskItemIds: ids((s) => s.riskItemId),
  };
}

/** The duties text each post acknowledges (principal: none of its own). */
export const APPOINTMENT_DUTIES: Record<string, string | null> = {
  principal: null,
  director: "《质量安全总监职责》",
  officer: "《质量安全员守则》",
};

const CONTENT: Record<HashedRecord, (db: Reader, id: string) => Promise<unknown>> = {
  daily_check_run: dailyContent,
  weekly_report: weeklyContent,
  monthly_meeting: monthlyContent,
  hazard: hazardContent,
  staff_proposal: proposalContent,
  proposal_decision: decisionContent,
  appointment: appointmentContent,
};

/** Kinds whose row stores the hash it was signed with (never edited); the others are recomputed. */
const STORED_HASH = new Set<HashedRecord>(["staff_proposal", "proposal_decision"]);

/** What the record's content hash covers, as it stands now (the demo seed patches it to an earlier revision). */
export async function recordContent(db: Reader, kind: HashedRecord, id: string): Promise<Record<string, unknown>> {
  return (await CONTENT[kind](db, id)) as Record<string, unknown>;
}

/** The sha256 (hex) of the record's signed content as it stands now. */
export async function recordContentHash(db: Reader, kind: HashedRecord, id: string): Promise<string> {
  const content = await CONTENT[kind](db, id);
  if (STORED_HASH.has(kind)) return (content as { contentHash: string }).contentHash;
  return contentHashOf(content);
}

/** The steps of a hazard a person signs (docs/decisions/032), each over its own content. */
export type HazardStep = "rectification" | "verification";

/**
 * What the rectifier signs: the rectification as the lifecycle wrote it (note, cause, measures,
 * who, when, the reason for no evidence) and the ids of the rectification evidence linked now.
 * A failed verification clears the rectifier, so that signature stops covering the hazard.
 */
async function rectificationStepContent(db: Reader, id: string): Promise<unknown> {
  const row = await db.hazard.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      organizationId: true,
      hazardNo: true,
      rectificationNote: true,
      rootCause: true,
      correctiveAction: true,
      rectifiedByUserId: true,
      rectifiedAt: true,
      evidenceException: true,
    },
  });
  const links = await db.attachmentLink.findMany({
    where: {
      organizationId: row.organizationId,
      entityType: "hazard",
      entityId: id,
      purpose: "rectification",
      removedAt: null,
    },
    orderBy: { attachmentId: "asc" },
    select: { attachmentId: true },
  });
  return { step: "rectification", ...row, evidenceFileIds: links.map((l) => l.attachmentId) };
}

/**
 * What the verifier signs: the latest verdict (pass or fail) with its note, verifier and time, as
 * the hazard's history records it (a failed verification leaves no verifier on the hazard itself).
 */
async function verificationStepContent(db: Reader, id: string): Promise<unknown> {
  const hazard = await db.hazard.findUniqueOrThrow({
    where: { id },
    select: { id: true, organizationId: true, hazardNo: true },
  });
  const verdict = await db.hazardEvent.findFirst({
    where: { organizationId: hazard.organizationId, hazardId: id, action: { in: ["verify_pass", "verify_fail"] } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { action: true, note: true, actorUserId: true, at: true },
  });
  return {
    step: "verification",
    ...hazard,
    verdict: verdict?.action === "verify_pass" ? "pass" : verdict?.action === "verify_fail" ? "fail" : null,
    note: verdict?.note ?? null,
    verifierUserId: verdict?.actorUserId ?? null,
    verifiedAt: verdict?.at ?? null,
  };
}

const STEP_CONTENT: Record<HazardStep, (db: Reader, id: string) => Promise<unknown>> = {
  rectification: rectificationStepContent,
  verification: verificationStepContent,
};

export function isHazardStep(step: string): step is HazardStep {
  return step === "rectification" || step === "verification";
}

/** The sha256 (hex) of one signed step of a hazard as it stands now. */
export async function hazardStepContentHash(db: Reader, id: string, step: HazardStep): Promise<string> {
  return contentHashOf(await STEP_CONTENT[step](db, id));
}
