// Generates the risk control list from the enterprise's products and kind (catalogue items per key
// product group plus the generic producer/seller items), and regenerates it after product changes:
// catalogue items the list has never held are added as a new version. Nothing is removed silently —
// an item the enterprise retired on purpose is not brought back.
import type { z } from "zod";
import { riskItemsFor, findProductGroup, type RiskListGenerateSchema, type OrgKind, type Role } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { orgToday } from "../profile/org-clock.ts";
import { BASIS_SEPARATOR, bumpVersion } from "./items.ts";
import { parseRolesJson } from "../members/roles.ts";

export interface GenerateResult {
  version: number;
  added: number;
  /** false when every catalogue item already had a row: no new version was made. */
  changed: boolean;
}

const LIST_TITLE = "工业产品质量安全风险管控清单";
const ORDER_BASIS: Record<OrgKind, string> = {
  producer: "市场监管总局令第75号",
  seller: "市场监管总局令第76号",
  both: "市场监管总局令第75号、第76号",
};

/** The catalogue drafts for the organisation's active catalogue products (custom ones have none). */
export async function draftsForOrganization(tx: Pick<Tx, "organization" | "product">, organizationId: string) {
  const org = await tx.organization.findUnique({ where: { id: organizationId }, select: { kind: true } });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  const products = await tx.product.findMany({
    where: { organizationId, retiredAt: null, isCustom: false },
    select: { productGroupId: true },
    orderBy: { createdAt: "asc" },
  });
  const kind = org.kind as OrgKind;
  const groupIds = [...new Set(products.map((p) => p.productGroupId))].filter(
    (id) => findProductGroup(id) !== undefined,
  );
  return { kind, groupIds, drafts: riskItemsFor({ kind, productGroupIds: groupIds }) };
}

/** First member (by joining date) holding each role: the draft's responsible person. */
async function firstMemberByRole(tx: Pick<Tx, "membership">, organizationId: string): Promise<Map<Role, string>> {
  const members = await tx.membership.findMany({
    where: { organizationId, status: "active" },
    select: { userId: true, rolesJson: true },
    orderBy: { createdAt: "asc" },
  });
  const byRole = new Map<Role, string>();
  for (const m of members)
    for (const role of parseRolesJson(m.rolesJson)) if (!byRole.has(role)) byRole.set(role, m.userId);
  return byRole;
}

export async function generateRiskList(
  db: Db,
  organizationId: string,
  input: z.output<typeof RiskListGenerateSchema> = {},
  actor: Actor,
  now: Date,
): Promise<GenerateResult> {
  const { reason } = input;
  return db.$transaction(async (tx) => {
    const today = await orgToday(tx, organizationId, now);
    const { kind, drafts } = await draftsForOrganization(tx, organizationId);
    let list = await tx.riskControlList.findUnique({
      where: { organizationId },
      select: { id: true, currentVersion: true },
    });
    if (!list)
      list = await tx.riskControlList.create({
        data: { organizationId, title: LIST_TITLE },
        select: { id: true, currentVersion: true },
      });
    const first = list.currentVersion === 0;
    const held = await tx.riskControlItem.findMany({
      where: { organizationId, listId: list.id, catalogItemId: { not: null } },
      select: { catalogItemId: true },
    });
    const heldIds = new Set(held.map((h) => h.catalogItemId));
    const missing = drafts.filter((d) => !heldIds.has(d.catalogItemId));
    if (!first && missing.length === 0) return { version: list.currentVersion, added: 0, changed: false };

    const groupNames = [...new Set(missing.map((d) => d.productGroupId).filter((g): g is string => g !== null))].map(
      (g) => findProductGroup(g)?.nameZh ?? g,
    );
    const why =
      reason ||
      (first
        ? "初版：依据企业产品和经营类型由重点产品目录生成"
        : `产品变化：新增${groupNames.join("、") || "通用"}的管控项`);
    const { listId, version } = await bumpVersion(tx, organizationId, {
      reason: why,
      triggers: [first ? "initial" : "newProduct"],
      today,
      actor,
      now,
    });
    const maxSeq =
      (await tx.riskControlItem.aggregate({ where: { organizationId, listId }, _max: { seq: true } }))._max.seq ?? 0;
    const people = await firstMemberByRole(tx, organizationId);
    const createdBy = actor.kind === "user" ? actor.userId : null;
    await tx.riskControlItem.createMany({
      data: missing.map((d, i) => ({
        organizationId,
        listId,
        seq: maxSeq + i + 1,
        stage: d.stage,
        riskCategory: d.riskCategory,
        riskPoint: d.riskPoint,
        consequence: d.consequence,
        riskLevel: d.riskLevel,
        checkMethod: d.checkMethod,
        controlMeasure: d.controlMeasure,
        frequency: d.frequency,
        trigger: d.trigger,
        responsibleRole: d.responsibleRole,
        responsibleUserId: people.get(d.responsibleRole) ?? null,
        basis: d.basis.length > 0 ? d.basis.join(BASIS_SEPARATOR) : ORDER_BASIS[kind],
        catalogItemId: d.catalogItemId,
        productGroupId: d.productGroupId,
        introducedInVersion: version,
        createdByUserId: createdBy,
      })),
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: first ? "risk_list.generate" : "risk_list.regenerate",
      entityType: "risk_control_list",
      entityId: listId,
      data: { version, added: missing.length, reason: why },
    });
    return { version, added: missing.length, changed: true };
  });
}
