// Reading the hazard ledger (隐患台账): the filtered list and one hazard with its full history.
// Every query names the organisation, so an id of another organisation is simply not found.
import type { z } from "zod";
import {
  type HazardListFilterSchema,
  HAZARD_PAGE_SIZE,
  addDays,
  allowedActions,
  isOverdue,
  localDate,
  startOfLocalDayUtc,
  type HazardActionType,
  type HazardListFilter,
  type HazardSeverity,
  type HazardSource,
  type HazardStatus,
} from "@anzhi/contracts";
import type { Db, Prisma } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { listLinkedAttachments } from "../files/attachments.ts";
import { stampAttachments, type StampedAttachment } from "../files/photos.ts";
import { recordContentHash } from "../audit/record-hash.ts";
import { signaturesOf, type ShownSignature } from "../signatures/record-signatures.ts";

/**
 * The hazards that count: every one but the monthly-meeting decisions booked as hazards before the
 * task ledger existed (docs/decisions/024). Those rows stay in the enterprise's ledger as records,
 * but no indicator, pre-fill or regulator figure counts them.
 */
export const COUNTED_HAZARDS = { source: { not: "monthly_meeting" } } satisfies Prisma.HazardWhereInput;

export interface OrgClock {
  organizationId: string;
  timeZone: string;
  now: Date;
}

export function todayFor(clock: OrgClock): string {
  return localDate(clock.now, clock.timeZone);
}

interface Named {
  id: string;
  name: string;
}

export interface HazardListItem {
  id: string;
  hazardNo: string;
  title: string;
  source: HazardSource;
  severity: HazardSeverity;
  status: HazardStatus;
  dueDate: string;
  overdue: boolean;
  owner: Named | null;
  site: Named | null;
  product: Named | null;
  createdAt: Date;
  closedAt: Date | null;
}

const listSelect = {
  id: true,
  hazardNo: true,
  title: true,
  source: true,
  severity: true,
  status: true,
  dueDate: true,
  createdAt: true,
  closedAt: true,
  owner: { select: { id: true, name: true } },
  site: { select: { id: true, name: true } },
  product: { select: { id: true, name: true } },
} satisfies Prisma.HazardSelect;

type ListRow = Prisma.HazardGetPayload<{ select: typeof listSelect }>;

function toItem(row: ListRow, today: string): HazardListItem {
  const status = row.status as HazardStatus;
  return {
    ...row,
    source: row.source as HazardSource,
    severity: row.severity as HazardSeverity,
    status,
    overdue: isOverdue({ status, dueDate: row.dueDate }, today),
  };
}

export function hazardWhere(
  organizationId: string,
  filter: HazardListFilter,
  today: string,
  timeZone: string,
): Prisma.HazardWhereInput {
  const where: Prisma.HazardWhereInput = { organizationId };
  const and: Prisma.HazardWhereInput[] = [];
  if (filter.status) and.push({ status: filter.status });
  if (filter.severity) and.push({ severity: filter.severity });
  if (filter.source) and.push({ source: filter.source });
  if (filter.siteId) and.push({ siteId: filter.siteId });
  if (filter.productId) and.push({ productId: filter.productId });
  if (filter.ownerUserId) and.push({ ownerUserId: filter.ownerUserId });
  if (filter.overdue === true) and.push({ status: { not: "closed" }, dueDate: { lt: today } });
  if (filter.overdue === false) and.push({ OR: [{ status: "closed" }, { dueDate: { gte: today } }] });
  if (filter.from) and.push({ createdAt: { gte: startOfLocalDayUtc(filter.from, timeZone) } });
  if (filter.to) and.push({ createdAt: { lt: startOfLocalDayUtc(addDays(filter.to, 1), timeZone) } });
  return and.length > 0 ? { ...where, AND: and } : where;
}

export interface HazardPage {
  items: HazardListItem[];
  /** Hazards matching the filter, over every page. */
  total: number;
  page: number;
  pageCount: number;
}

/** One page of the filtered ledger, newest first (HAZARD_PAGE_SIZE rows), with the total. */
export async function listHazards(
  db: Db,
  clock: OrgClock,
  filter: z.output<typeof HazardListFilterSchema> = {},
): Promise<HazardPage> {
  const today = todayFor(clock);
  const where = hazardWhere(clock.organizationId, filter, today, clock.timeZone);
  const page = filter.page ?? 1;
  const [rows, total] = await Promise.all([
    db.hazard.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * HAZARD_PAGE_SIZE,
      take: HAZARD_PAGE_SIZE,
      select: listSelect,
    }),
    db.hazard.count({ where }),
  ]);
  return {
    items: rows.map((r) => toItem(r, today)),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / HAZARD_PAGE_SIZE)),
  };
}

export interface HazardHistoryEvent {
  id: string;
  action: string;
  fromStatus: HazardStatus | null;
  toStatus: HazardStatus;
  actor: Named | null;
  actorKind: string;
  note: string | null;
  at: Date;
}

export interface HazardDetail extends HazardListItem {
  description: string;
  stage: string | null;
  riskItem: { id: string; riskPoint: string; controlMeasure: string } | null;
  containment: string | null;
  rootCause: string | null;
  correctiveAction: string | null;
  /** The reason given for submitting the rectification without evidence. */
  evidenceException: string | null;
  rectifiedBy: Named | null;
  rectifiedAt: Date | null;
  rectificationNote: string | null;
  verifiedBy: Named | null;
  verifiedAt: Date | null;
  verificationNote: string | null;
  createdBy: Named | null;
  /** Lifecycle actions the state allows (the verifier rule is applied per user in `actionsFor`). */
  allowedActions: HazardActionType[];
  events: HazardHistoryEvent[];
  attachments: StampedAttachment[];
  /** The photos of the daily-check item that found the hazard (none for other sources). */
  findingPhotos: StampedAttachment[];
  majorRiskReports: Array<{ id: string; status: string; title: string; submittedAt: Date | null }>;
  /** Optimistic-lock token: the last change. */
  version: number;
  /** sha256 of the rectification record as it stands; the last hazard.* audit event carries the same. */
  contentHash: string;
  /** The handwritten signatures of the rectification and verification steps, oldest first (docs/decisions/032). */
  signatures: ShownSignature[];
}

export async function getHazard(db: Db, clock: OrgClock, hazardId: string): Promise<HazardDetail> {
  const row = await db.hazard.findFirst({
    where: { id: hazardId, organizationId: clock.organizationId },
    select: {
      ...listSelect,
      description: true,
      stage: true,
      containment: true,
      rootCause: true,
      correctiveAction: true,
      evidenceException: true,
      rectifiedAt: true,
      rectificationNote: true,
      verifiedAt: true,
      verificationNote: true,
      updatedAt: true,
      dailyEntryId: true,
      riskItem: { select: { id: true, riskPoint: true, controlMeasure: true } },
      rectifiedBy: { select: { id: true, name: true } },
      verifiedBy: { select: { id: true, name: true } },
      createdBy: { select: { id: true, name: true } },
      events: {
        orderBy: { at: "asc" },
        select: {
          id: true,
          action: true,
          fromStatus: true,
          toStatus: true,
          actorKind: true,
          note: true,
          at: true,
          actor: { select: { id: true, name: true } },
        },
      },
      majorRiskReports: {
        orderBy: { createdAt: "asc" },
        select: { id: true, status: true, title: true, submittedAt: true },
      },
    },
  });
  if (!row) throw new AppError("HAZARD_NOT_FOUND");
  const { events, updatedAt, dailyEntryId, ...rest } = row;
  const item = toItem(rest, todayFor(clock));
  return {
    ...rest,
    ...item,
    allowedActions: allowedActions(item.status),
    events: events.map((e) => ({
      ...e,
      fromStatus: e.fromStatus as HazardStatus | null,
      toStatus: e.toStatus as HazardStatus,
    })),
    attachments: await stampAttachments(
      db,
      clock.organizationId,
      await listLinkedAttachments(db, clock.organizationId, "hazard", row.id),
    ),
    findingPhotos: dailyEntryId
      ? await stampAttachments(
          db,
          clock.organizationId,
          await listLinkedAttachments(db, clock.organizationId, "daily_check_entry", dailyEntryId),
        )
      : [],
    version: updatedAt.getTime(),
    contentHash: await recordContentHash(db, "hazard", row.id),
    signatures: await signaturesOf(db, clock.organizationId, "hazard", row.id),
  };
}

/**
 * The actions `userId` may take now: the rectifier is never offered verification, and a major
 * hazard's verification only to the appointed director or principal (`mayVerifyMajor`).
 */
export function actionsFor(
  hazard: Pick<HazardDetail, "allowedActions" | "rectifiedBy" | "severity">,
  userId: string,
  mayVerifyMajor = false,
): HazardActionType[] {
  return hazard.allowedActions.filter(
    (a) =>
      !(
        (a === "verify_pass" || a === "verify_fail") &&
        (hazard.rectifiedBy === null ||
          hazard.rectifiedBy.id === userId ||
          (hazard.severity === "major" && !mayVerifyMajor))
      ),
  );
}
