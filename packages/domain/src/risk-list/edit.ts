// Changes to the risk control list by the director or principal. Every change makes a new version
// with who/when/why. Rows are never edited in place or deleted: an edit retires the row and adds a
// superseding one; a retirement only marks the version the row left the list in.
import type { z } from "zod";
import {
  type RiskItemAddSchema,
  type RiskItemEditSchema,
  type RiskItemRetireSchema,
  type RiskItemsAssignSchema,
  type RiskControlItemCreate,
} from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { orgToday } from "../profile/org-clock.ts";
import { requireActiveSite } from "../profile/sites.ts";
import { BASIS_SEPARATOR, bumpVersion, itemSelect, memberRoles, toItemView, type RiskItemView } from "./items.ts";

async function checkRefs(tx: Tx, organizationId: string, item: RiskControlItemCreate): Promise<void> {
  if (item.siteId) await requireActiveSite(tx, organizationId, item.siteId, "item.siteId");
  if (item.responsibleUserId && (await memberRoles(tx, organizationId, item.responsibleUserId)) === null) {
    throw new AppError("MEMBER_NOT_FOUND", {
      issues: [{ path: "item.responsibleUserId", message: "MEMBER_NOT_FOUND" }],
    });
  }
}

function content(item: RiskControlItemCreate) {
  return {
    stage: item.stage,
    riskCategory: item.riskCategory,
    riskPoint: item.riskPoint,
    consequence: item.hazardConsequence || null,
    riskLevel: item.riskLevel ?? null,
    controlMeasure: item.controlMeasure,
    checkMethod: item.checkMethod ?? null,
    acceptanceCriterion: item.acceptanceCriterion || null,
    frequency: item.frequency,
    trigger: item.trigger ?? null,
    responsibleRole: item.responsibleRole,
    responsibleUserId: item.responsibleUserId ?? null,
    basis: (item.basis ?? []).join(BASIS_SEPARATOR),
    siteId: item.siteId ?? null,
  };
}

/** A row of the organisation's list that is in the current version, else RECORD_NOT_FOUND. */
async function currentItem(tx: Tx, organizationId: string, itemId: string) {
  const list = await tx.riskControlList.findUnique({ where: { organizationId }, select: { currentVersion: true } });
  const row = await tx.riskControlItem.findFirst({
    where: {
      id: itemId,
      organizationId,
      retiredInVersion: null,
      introducedInVersion: { lte: list?.currentVersion ?? 0 },
    },
    select: { id: true, seq: true, catalogItemId: true, productGroupId: true, riskPoint: true },
  });
  if (!row) throw new AppError("RECORD_NOT_FOUND", { issues: [{ path: "itemId", message: "RECORD_NOT_FOUND" }] });
  return row;
}

export async function addRiskItem(
  db: Db,
  organizationId: string,
  input: z.output<typeof RiskItemAddSchema>,
  actor: Actor,
  now: Date,
): Promise<{ version: number; item: RiskItemView }> {
  const { reason, item } = input;
  return db.$transaction(async (tx) => {
    await checkRefs(tx, organizationId, item);
    const { listId, version } = await bumpVersion(tx, organizationId, {
      reason,
      triggers: ["itemAdded"],
      today: await orgToday(tx, organizationId, now),
      actor,
      now,
    });
    const maxSeq =
      (await tx.riskControlItem.aggregate({ where: { organizationId, listId }, _max: { seq: true } }))._max.seq ?? 0;
    const row = await tx.riskControlItem.create({
      data: {
        organizationId,
        listId,
        seq: item.seq ?? maxSeq + 1,
        ...content(item),
        catalogItemId: item.catalogItemId ?? null,
        productGroupId: item.productGroupId ?? null,
        introducedInVersion: version,
        createdByUserId: actor.kind === "user" ? actor.userId : null,
      },
      select: itemSelect,
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "risk_item.add",
      entityType: "risk_control_item",
      entityId: row.id,
      data: { version, reason },
    });
    return { version, item: toItemView(row) };
  });
}

export async function editRiskItem(
  db: Db,
  organizationId: string,
  input: z.output<typeof RiskItemEditSchema>,
  actor: Actor,
  now: Date,
): Promise<{ version: number; item: RiskItemView }> {
  const { itemId, reason, item } = input;
  return db.$transaction(async (tx) => {
    const old = await currentItem(tx, organizationId, itemId);
    await checkRefs(tx, organizationId, item);
    const { listId, version } = await bumpVersion(tx, organizationId, {
      reason,
      triggers: ["itemEdited"],
      today: await orgToday(tx, organizationId, now),
      actor,
      now,
    });
    await tx.riskControlItem.update({
      where: { id: old.id },
      data: { retiredInVersion: version, retiredAt: now, status: "retired" },
    });
    const row = await tx.riskControlItem.create({
      data: {
        organizationId,
        listId,
        seq: item.seq ?? old.seq,
        ...content(item),
        catalogItemId: item.catalogItemId ?? old.catalogItemId,
        productGroupId: item.productGroupId ?? old.productGroupId,
        introducedInVersion: version,
        supersedesId: old.id,
        createdByUserId: actor.kind === "user" ? actor.userId : null,
      },
      select: itemSelect,
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "risk_item.edit",
      entityType: "risk_control_item",
      entityId: row.id,
      data: { version, reason, supersedes: old.id },
    });
    return { version, item: toItemView(row) };
  });
}

export async function retireRiskItem(
  db: Db,
  organizationId: string,
  input: z.output<typeof RiskItemRetireSchema>,
  actor: Actor,
  now: Date,
): Promise<{ version: number }> {
  const { itemId, reason } = input;
  return db.$transaction(async (tx) => {
    const old = await currentItem(tx, organizationId, itemId);
    const { version } = await bumpVersion(tx, organizationId, {
      reason,
      triggers: ["itemRetired"],
      today: await orgToday(tx, organizationId, now),
      actor,
      now,
    });
    await tx.riskControlItem.update({
      where: { id: old.id },
      data: { retiredInVersion: version, retiredAt: now, status: "retired" },
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "risk_item.retire",
      entityType: "risk_control_item",
      entityId: old.id,
      data: { version, reason, riskPoint: old.riskPoint },
    });
    return { version };
  });
}

/**
 * Names one person responsible for many items in ONE new version with one reason: each item is
 * retired and superseded by a copy naming the person (an item already naming them is left as it
 * is). The person must be an active member holding a role other than viewer.
 */
export async function assignRiskItems(
  db: Db,
  organizationId: string,
  input: z.output<typeof RiskItemsAssignSchema>,
  actor: Actor,
  now: Date,
): Promise<{ version: number; assigned: number }> {
  const { itemIds, responsibleUserId, reason } = input;
  return db.$transaction(async (tx) => {
    const roles = await memberRoles(tx, organizationId, responsibleUserId);
    if (roles === null || roles.every((r) => r === "viewer"))
      throw new AppError("MEMBER_NOT_FOUND", { issues: [{ path: "responsibleUserId", message: "MEMBER_NOT_FOUND" }] });
    const list = await tx.riskControlList.findUnique({ where: { organizationId }, select: { currentVersion: true } });
    const rows = await tx.riskControlItem.findMany({
      where: {
        id: { in: itemIds },
        organizationId,
        retiredInVersion: null,
        introducedInVersion: { lte: list?.currentVersion ?? 0 },
      },
    });
    const found = new Set(rows.map((r) => r.id));
    const missing = itemIds.findIndex((id) => !found.has(id));
    if (missing >= 0)
      throw new AppError("RECORD_NOT_FOUND", { issues: [{ path: `itemIds.${missing}`, message: "RECORD_NOT_FOUND" }] });
    const changing = rows.filter((r) => r.responsibleUserId !== responsibleUserId);
    if (changing.length === 0) return { version: list?.currentVersion ?? 0, assigned: 0 };
    const { listId, version } = await bumpVersion(tx, organizationId, {
      reason,
      triggers: ["itemsAssigned"],
      today: await orgToday(tx, organizationId, now),
      actor,
      now,
    });
    await tx.riskControlItem.updateMany({
      where: { organizationId, id: { in: changing.map((r) => r.id) } },
      data: { retiredInVersion: version, retiredAt: now, status: "retired" },
    });
    const createdByUserId = actor.kind === "user" ? actor.userId : null;
    await tx.riskControlItem.createMany({
      data: changing.map((old) => ({
        organizationId,
        listId,
        seq: old.seq,
        stage: old.stage,
        riskCategory: old.riskCategory,
        riskPoint: old.riskPoint,
        consequence: old.consequence,
        riskLevel: old.riskLevel,
        controlMeasure: old.controlMeasure,
        checkMethod: old.checkMethod,
        acceptanceCriterion: old.acceptanceCriterion,
        frequency: old.frequency,
        trigger: old.trigger,
        responsibleRole: old.responsibleRole,
        responsibleUserId,
        basis: old.basis,
        catalogItemId: old.catalogItemId,
        productGroupId: old.productGroupId,
        siteId: old.siteId,
        introducedInVersion: version,
        supersedesId: old.id,
        createdByUserId,
      })),
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "risk_item.assign",
      entityType: "risk_control_list",
      entityId: listId,
      data: { version, reason, responsibleUserId, items: changing.map((r) => r.id) },
    });
    return { version, assigned: changing.length };
  });
}
