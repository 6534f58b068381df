// Reading the risk control list: any version (default the latest one, draft or not), its items,
// the version history with each version's state (现行 / 待批准 / 已批准 / 未批准而被取代), the
// version in force (the highest approved), and how many catalogue items the products would add.
import { type OrgKind } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { draftsForOrganization } from "./generate.ts";
import { inVersion, itemSelect, toItemView, type RiskItemView } from "./items.ts";
import { triggersOf } from "./triggers.ts";

/** in_force: the highest approved; approved: an earlier approved one; pending: a draft above the
 * version in force awaiting 批准; superseded: a draft a later approved version overtook. */
export type RiskListVersionState = "in_force" | "approved" | "pending" | "superseded";

export interface RiskListVersionView {
  version: number;
  state: RiskListVersionState;
  reason: string;
  triggers: string[];
  effectiveFrom: string;
  createdAt: Date;
  /** The real author (编制) and the appointment they held on the version's date, if any. */
  preparedBy: { id: string; name: string; role: "director" | "principal" | "officer" | null };
  approvedBy: { id: string; name: string } | null;
  approvedAt: Date | null;
  added: number;
  retired: number;
}

export interface RiskListDocument {
  org: { name: string; uscc: string; kind: OrgKind };
  title: string;
  currentVersion: number;
  /** The version daily checks run against: the highest approved one (0 when none is approved). */
  inForceVersion: number;
  /** The version shown (null before the list is generated). */
  version: RiskListVersionView | null;
  versions: RiskListVersionView[];
  items: RiskItemView[];
  /** Catalogue items the current products call for that the list has never held. */
  missingCatalogItems: number;
}

export async function getRiskList(
  db: Db,
  organizationId: string,
  opts: { version?: number } = {},
): Promise<RiskListDocument> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { name: true, uscc: true, kind: true },
  });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  const list = await db.riskControlList.findUnique({
    where: { organizationId },
    select: { id: true, title: true, currentVersion: true },
  });
  const { drafts } = await draftsForOrganization(db, organizationId);
  const base = { org: { ...org, kind: org.kind as OrgKind }, title: list?.title ?? "工业产品质量安全风险管控清单" };
  if (!list || list.currentVersion === 0) {
    return {
      ...base,
      currentVersion: 0,
      inForceVersion: 0,
      version: null,
      versions: [],
      items: [],
      missingCatalogItems: drafts.length,
    };
  }
  const shown = opts.version ?? list.currentVersion;
  if (shown < 1 || shown > list.currentVersion)
    throw new AppError("RECORD_NOT_FOUND", { issues: [{ path: "version", message: "RECORD_NOT_FOUND" }] });
  const [rows, versionRows] = await Promise.all([
    db.riskControlItem.findMany({
      where: { organizationId, listId: list.id },
      select: itemSelect,
      orderBy: [{ seq: "asc" }, { introducedInVersion: "asc" }],
    }),
    db.riskListVersion.findMany({
      where: { organizationId, listId: list.id },
      select: {
        version: true,
        reason: true,
        reviewTriggersJson: true,
        effectiveFrom: true,
        createdAt: true,
        createdBy: { select: { id: true, name: true } },
        approvedBy: { select: { id: true, name: true } },
        approvedAt: true,
      },
      orderBy: { version: "desc" },
    }),
  ]);
  const items = rows.map(toItemView);
  const inForce = versionRows.find((v) => v.approvedAt !== null)?.version ?? 0;
  const roles = await authorRoles(db, organizationId, versionRows);
  const versions = versionRows.map((v) => ({
    version: v.version,
    state: versionState(v.version, v.approvedAt !== null, inForce),

    reason: v.reason,
    triggers: triggersOf(v.reviewTriggersJson),
    effectiveFrom: v.effectiveFrom,
    createdAt: v.createdAt,
    preparedBy: { ...v.createdBy, role: roles.get(v.version) ?? null },
    approvedBy: v.approvedBy,
    approvedAt: v.approvedAt,
    added: items.filter((i) => i.introducedInVersion === v.version).length,
    retired: items.filter((i) => i.retiredInVersion === v.version).length,
  }));
  const held = new Set(items.map((i) => i.catalogItemId));
  return {
    ...base,
    currentVersion: list.currentVersion,
    inForceVersion: inForce,
    version: versions.find((v) => v.version === shown) ?? null,
    versions,
    items: items.filter((i) => inVersion(i, shown)),
    missingCatalogItems: drafts.filter((d) => !held.has(d.catalogItemId)).length,
  };
}

function versionState(version: number, approved: boolean, inForce: number): RiskListVersionState {
  if (version === inForce) return "in_force";
  if (approved) return "approved";
  return version > inForce ? "pending" : "superseded";
}

/** Each version's author's appointment on its date: director first, then principal, then officer. */
async function authorRoles(
  db: Db,
  organizationId: string,
  versions: Array<{ version: number; effectiveFrom: string; createdBy: { id: string } }>,
): Promise<Map<number, "director" | "principal" | "officer">> {
  const userIds = [...new Set(versions.map((v) => v.createdBy.id))];
  const rows = await db.roleAssignment.findMany({
    where: { organizationId, userId: { in: userIds } },
    select: { userId: true, role: true, appointedOn: true, endedOn: true },
  });
  const order = ["director", "principal", "officer"] as const;
  const map = new Map<number, "director" | "principal" | "officer">();
  for (const v of versions) {
    const held = rows.filter(
      (r) =>
        r.userId === v.createdBy.id &&
        r.appointedOn <= v.effectiveFrom &&
        (r.endedOn === null || r.endedOn > v.effectiveFrom),
    );
    const role = order.find((o) => held.some((r) => r.role === o));
    if (role) map.set(v.version, role);
  }
  return map;
}
