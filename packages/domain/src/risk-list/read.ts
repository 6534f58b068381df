// Reading the risk control list: any version (default the current one), its items, the version
// history, and how many catalogue items the products would add (so the page can offer to update).
import { type OrgKind } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { draftsForOrganization } from "./generate.ts";
import { inVersion, itemSelect, toItemView, type RiskItemView } from "./items.ts";
import { triggersOf } from "./triggers.ts";

export interface RiskListVersionView {
  version: number;
  reason: string;
  triggers: string[];
  effectiveFrom: string;
  createdAt: Date;
  preparedBy: { id: string; name: string };
  approvedBy: { id: string; name: string } | null;
  approvedAt: Date | null;
  added: number;
  retired: number;
}

export interface RiskListDocument {
  org: { name: string; uscc: string; kind: OrgKind };
  title: string;
  currentVersion: number;
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
    return { ...base, currentVersion: 0, version: null, versions: [], items: [], missingCatalogItems: drafts.length };
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
  const versions = versionRows.map((v) => ({
    version: v.version,
    reason: v.reason,
    triggers: triggersOf(v.reviewTriggersJson),
    effectiveFrom: v.effectiveFrom,
    createdAt: v.createdAt,
    preparedBy: v.createdBy,
    approvedBy: v.approvedBy,
    approvedAt: v.approvedAt,
    added: items.filter((i) => i.introducedInVersion === v.version).length,
    retired: items.filter((i) => i.retiredInVersion === v.version).length,
  }));
  const held = new Set(items.map((i) => i.catalogItemId));
  return {
    ...base,
    currentVersion: list.currentVersion,
    version: versions.find((v) => v.version === shown) ?? null,
    versions,
    items: items.filter((i) => inVersion(i, shown)),
    missingCatalogItems: drafts.filter((d) => !held.has(d.catalogItemId)).length,
  };
}
