// Shared pieces of the risk control list: row → view mapping, version membership, the version in
// force (the highest approved one) and the version bump every change goes through (who, when,
// why). A version made by the appointed principal is approved at once; any other is a draft
// (待批准) and the principal is told by an in-app reminder written in the same transaction.
import type { RiskListTrigger } from "@anzhi/contracts";
import { parseRolesJson } from "../members/roles.ts";
import type { Tx } from "@anzhi/db";
import type { Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { appointedUserIds } from "../appointments/authority.ts";

export interface RiskItemView {
  id: string;
  seq: number;
  stage: string;
  riskCategory: string;
  riskPoint: string;
  consequence: string | null;
  riskLevel: string | null;
  controlMeasure: string;
  checkMethod: string | null;
  acceptanceCriterion: string | null;
  frequency: string;
  trigger: string | null;
  responsibleRole: string;
  responsibleUserId: string | null;
  responsibleName: string | null;
  basis: string;
  catalogItemId: string | null;
  productGroupId: string | null;
  siteId: string | null;
  siteName: string | null;
  introducedInVersion: number;
  retiredInVersion: number | null;
  supersedesId: string | null;
}

export const itemSelect = {
  id: true,
  seq: true,
  stage: true,
  riskCategory: true,
  riskPoint: true,
  consequence: true,
  riskLevel: true,
  controlMeasure: true,
  checkMethod: true,
  acceptanceCriterion: true,
  frequency: true,
  trigger: true,
  responsibleRole: true,
  responsibleUserId: true,
  responsibleUser: { select: { name: true } },
  basis: true,
  catalogItemId: true,
  productGroupId: true,
  siteId: true,
  site: { select: { name: true } },
  introducedInVersion: true,
  retiredInVersion: true,
  supersedesId: true,
} as const;

type ItemRow = Omit<RiskItemView, "responsibleName" | "siteName"> & {
  responsibleUser: { name: string } | null;
  site: { name: string } | null;
};

export function toItemView({ responsibleUser, site, ...row }: ItemRow): RiskItemView {
  return { ...row, responsibleName: responsibleUser?.name ?? null, siteName: site?.name ?? null };
}

/** Whether a row belongs to version `v` of the list. */
export function inVersion(item: { introducedInVersion: number; retiredInVersion: number | null }, v: number): boolean {
  return item.introducedInVersion <= v && (item.retiredInVersion === null || item.retiredInVersion > v);
}

/** Separator of standard/legal references in RiskControlItem.basis. */
export const BASIS_SEPARATOR = "；";

/** Roles of an active member of the organisation, or null when the user is not one. */
export async function memberRoles(
  tx: Pick<Tx, "membership">,
  organizationId: string,
  userId: string,
): Promise<string[] | null> {
  const m = await tx.membership.findFirst({
    where: { organizationId, userId, status: "active" },
    select: { rolesJson: true },
  });
  if (!m) return null;
  return parseRolesJson(m.rolesJson);
}

export interface NewVersion {
  listId: string;
  version: number;
}

/**
 * Makes version current+1 of the organisation's list. The counter is bumped with a compare-and-set
 * first, so two concurrent edits cannot both claim the same version.
 */
export async function bumpVersion(
  tx: Tx,
  organizationId: string,
  input: { reason: string; triggers: RiskListTrigger[]; today: string; actor: Actor; now: Date },
): Promise<NewVersion> {
  const list = await tx.riskControlList.findUnique({
    where: { organizationId },
    select: { id: true, currentVersion: true },
  });
  if (!list) throw new AppError("RECORD_NOT_FOUND", { message: "the risk control list has not been generated yet" });
  const version = list.currentVersion + 1;
  const claimed = await tx.riskControlList.updateMany({
    where: { id: list.id, currentVersion: list.currentVersion },
    data: { currentVersion: version },
  });
  if (claimed.count !== 1) throw new AppError("CONFLICT");
  if (input.actor.kind !== "user")
    throw new AppError("FORBIDDEN", { message: "risk list versions are made by people" });
  const userId = input.actor.userId;
  const principals = await appointedUserIds(tx, organizationId, "principal", input.today);
  const approved = principals.includes(userId);
  const row = await tx.riskListVersion.create({
    data: {
      organizationId,
      listId: list.id,
      version,
      reason: input.reason,
      reviewTriggersJson: JSON.stringify(input.triggers),
      effectiveFrom: input.today,
      createdByUserId: userId,
      approvedByUserId: approved ? userId : null,
      approvedAt: approved ? input.now : null,
    },
    select: { id: true },
  });
  if (!approved) await tellPrincipals(tx, organizationId, { id: row.id, version }, principals, input.now);
  return { listId: list.id, version };
}

/**
 * 待批准 reminder for each appointed principal (or, while the register names none, each member
 * holding the principal role, so the draft never goes unnoticed).
 */
async function tellPrincipals(
  tx: Tx,
  organizationId: string,
  draft: { id: string; version: number },
  appointed: string[],
  now: Date,
): Promise<void> {
  let userIds = appointed;
  if (userIds.length === 0) {
    const members = await tx.membership.findMany({
      where: { organizationId, status: "active" },
      select: { userId: true, rolesJson: true },
    });
    userIds = members.filter((m) => parseRolesJson(m.rolesJson).includes("principal")).map((m) => m.userId);
  }
  if (userIds.length === 0) return;
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      organizationId,
      userId,
      kind: "risk_list_pending",
      title: `风险管控清单第 ${draft.version} 版待批准`,
      entityType: "risk_list_version",
      entityId: draft.id,
      refsJson: JSON.stringify({ ref: String(draft.version) }),
      dedupeKey: `risk_list_pending:${draft.id}`,
      createdAt: now,
    })),
  });
}

/** The version in force: the highest approved one (0 when none is approved yet). */
export async function inForceVersion(
  tx: Pick<Tx, "riskListVersion">,
  organizationId: string,
  listId: string,
): Promise<number> {
  const row = await tx.riskListVersion.findFirst({
    where: { organizationId, listId, approvedAt: { not: null } },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return row?.version ?? 0;
}
