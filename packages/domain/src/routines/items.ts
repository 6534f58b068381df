// Which risk-list items an officer checks on a day, grouped into one sheet per site. Items come
// from the version IN FORCE of the organisation's risk control list (its highest approved version) and are assigned to the
// officer by name (responsibleUserId) or, when no person is named, by role (responsibleRole). A
// per-batch item (每批, 每次到货, 逐台…) has one line per batch handled that day (batches.ts), or its
// one line when none was.
import { Frequency, isoWeekOf, localDate, monthOf, type Role, type WorkingCalendarOverrides } from "@anzhi/contracts";
import type { Tx } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { memoRead } from "../read-memo.ts";
import { inForceVersion } from "../risk-list/items.ts";
import { batchesFor, batchSourceOf, dayBatches, type DayBatches } from "./batches.ts";
import { loadCalendar } from "./calendar.ts";
import { itemDueState, type ItemDueState } from "./due.ts";

export const SUBMITTED_STATUSES = ["submitted", "amended"] as const;

export interface OrgClock {
  id: string;
  name: string;
  timeZone: string;
  calendar: WorkingCalendarOverrides;
  today: string;
}

export async function orgClock(db: Pick<Tx, "organization">, organizationId: string, now: Date): Promise<OrgClock> {
  const org = await memoRead(`org-clock:${organizationId}`, () =>
    db.organization.findUnique({
      where: { id: organizationId },
      select: { id: true, name: true, timeZone: true },
    }),
  );
  if (!org) throw new AppError("ORG_NOT_FOUND");
  return { ...org, calendar: await loadCalendar(db, organizationId), today: localDate(now, org.timeZone) };
}

export interface SheetItem {
  riskItemId: string;
  /** The batch the line is for ("purchase:<id>", …), "" for the item's one line of the day. */
  batchRef: string;
  batchLabel: string | null;
  seq: number;
  stage: string;
  riskCategory: string;
  riskPoint: string;
  controlMeasure: string;
  acceptanceCriterion: string | null;
  frequency: Frequency;
  /** due_today items must be answered before the record can be signed; open ones may be. */
  state: Exclude<ItemDueState, "done">;
  dueDate: string | null;
}

export interface SheetPlan {
  siteId: string;
  siteName: string;
  listVersion: number;
  items: SheetItem[];
}

/** The officer's default site: the site of their appointment, else the organisation's first. */
async function defaultSiteId(tx: Tx, organizationId: string, userId: string): Promise<string | null> {
  const scope = await tx.appointmentScope.findFirst({
    where: { organizationId, siteId: { not: null }, roleAssignment: { userId, endedOn: null } },
    orderBy: { createdAt: "asc" },
    select: { siteId: true },
  });
  if (scope?.siteId) return scope.siteId;
  const site = await tx.site.findFirst({
    where: { organizationId, retiredAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return site?.id ?? null;
}

/**
 * The sheets an officer fills in for `day`. On a working day the daily items are due; weekly and
 * monthly items are listed while their period is still unchecked (see due.ts). On a rest day
 * nothing is due, but the officer may still record a voluntary check of the daily items.
 * `excludeRunIds` leaves a draft run out of "already checked in this period".
 */
export async function planSheets(
  tx: Tx,
  clock: OrgClock,
  userId: string,
  roles: readonly Role[],
  day: string,
  excludeRunIds: string[] = [],
): Promise<SheetPlan[]> {
  const list = await tx.riskControlList.findUnique({
    where: { organizationId: clock.id },
    select: { id: true, currentVersion: true },
  });
  if (!list || list.currentVersion < 1) return [];
  // Checks run against the version in force (the highest approved), never a draft awaiting 批准.
  const v = await inForceVersion(tx, clock.id, list.id);
  if (v < 1) return [];
  const items = await tx.riskControlItem.findMany({
    where: {
      organizationId: clock.id,
      listId: list.id,
      introducedInVersion: { lte: v },
      OR: [{ retiredInVersion: null }, { retiredInVersion: { gt: v } }],
      AND: [{ OR: [{ responsibleUserId: userId }, { responsibleUserId: null, responsibleRole: { in: [...roles] } }] }],
    },
    orderBy: { seq: "asc" },
  });
  if (items.length === 0) return [];
  const lastChecked = await lastCheckDates(
    tx,
    clock.id,
    items.map((i) => i.id),
    day,
    excludeRunIds,
  );
  const fallbackSite = await defaultSiteId(tx, clock.id, userId);
  let batches: DayBatches | null = null;
  if (items.some((i) => batchSourceOf(i) !== null)) batches = await dayBatches(tx, clock.id, day);
  const sites = new Map<string, SheetItem[]>();
  for (const item of items) {
    const frequency = Frequency.safeParse(item.frequency);
    if (!frequency.success) continue;
    const { state, period } = itemDueState(frequency.data, day, clock.calendar, lastChecked.get(item.id) ?? null);
    if (state === "done") continue;
    if (state === "not_working_day" && frequency.data !== "daily") continue;
    const siteId = item.siteId ?? fallbackSite;
    if (siteId === null) continue;
    const sheet = sites.get(siteId) ?? [];
    const line = {
      riskItemId: item.id,
      seq: item.seq,
      stage: item.stage,
      riskCategory: item.riskCategory,
      riskPoint: item.riskPoint,
      controlMeasure: item.controlMeasure,
      acceptanceCriterion: item.acceptanceCriterion,
      frequency: frequency.data,
      state: state === "not_working_day" ? ("open" as const) : state,
      dueDate: period.dueDate,
    };
    const handled = batches ? batchesFor(batches, item, siteId) : [];
    if (handled.length === 0) sheet.push({ ...line, batchRef: "", batchLabel: null });
    else for (const b of handled) sheet.push({ ...line, batchRef: b.ref, batchLabel: b.label });
    sites.set(siteId, sheet);
  }
  const siteRows = await tx.site.findMany({
    where: { organizationId: clock.id, id: { in: [...sites.keys()] } },
    select: { id: true, name: true },
  });
  return siteRows.map((s) => ({ siteId: s.id, siteName: s.name, listVersion: v, items: sites.get(s.id) ?? [] }));
}

/** A sheet line's key: the item and, for a per-batch item, the batch. */
export function lineKey(line: { riskItemId: string; batchRef: string }): string {
  return `${line.riskItemId}|${line.batchRef}`;
}

/** The longest periods are the ISO week and the month; older checks never count. */
function earliestPeriodStart(day: string): string {
  const week = isoWeekOf(day).start;
  const month = monthOf(day).start;
  return week < month ? week : month;
}

/**
 * The last submitted check date of each item within its longest period. Starts from the period's
 * runs of the organisation (organizationId, status, checkDate index; a month of runs at most) and
 * reads their entries by runId — never the organisation's whole entry history.
 */
async function lastCheckDates(
  tx: Tx,
  organizationId: string,
  riskItemIds: string[],
  day: string,
  excludeRunIds: string[],
): Promise<Map<string, string>> {
  if (riskItemIds.length === 0) return new Map();
  const wanted = new Set(riskItemIds);
  const runs = await tx.dailyCheckRun.findMany({
    where: {
      organizationId,
      status: { in: [...SUBMITTED_STATUSES] },
      checkDate: { gte: earliestPeriodStart(day), lte: day },
      ...(excludeRunIds.length > 0 ? { id: { notIn: excludeRunIds } } : {}),
    },
    select: { checkDate: true, entries: { select: { riskItemId: true } } },
  });
  const map = new Map<string, string>();
  for (const run of runs) {
    for (const e of run.entries) {
      if (!wanted.has(e.riskItemId)) continue;
      const prev = map.get(e.riskItemId);
      if (prev === undefined || run.checkDate > prev) map.set(e.riskItemId, run.checkDate);
    }
  }
  return map;
}
