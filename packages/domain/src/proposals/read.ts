// Reading the 履职记录 ledger: proposals with their current decision and how long the answer
// took (or, while open, how long it has been waiting).
import {
  addDays,
  startOfLocalDayUtc,
  type LedgerDateRange,
  type ProposalDecision,
  type ProposalType,
} from "@anzhi/contracts";
import type { Db, Prisma } from "@anzhi/db";
import { AppError } from "../errors.ts";
import { listLinkedAttachments, type LinkedAttachment } from "../files/attachments.ts";
import { signaturesOf, type ShownSignature } from "../signatures/record-signatures.ts";

interface Named {
  id: string;
  name: string;
}

export interface DecisionView {
  id: string;
  decision: ProposalDecision;
  reason: string | null;
  actionsTaken: string | null;
  decidedAt: Date;
  decidedBy: Named;
  contentHash: string;
  supersedesId: string | null;
}

export interface ProposalView {
  id: string;
  type: ProposalType;
  proposerRole: string;
  proposedBy: Named;
  proposedAt: Date;
  defectDescription: string;
  products: Array<{ id: string; name: string }>;
  batchNos: string[];
  hazard: { id: string; hazardNo: string } | null;
  contentHash: string;
  status: "pending" | "decided";
  /** The decision in force (the latest of the chain). */
  decision: DecisionView | null;
  /** Hours from filing to the first decision, or to `now` while pending. */
  hoursToAnswer: number;
}

const select = {
  id: true,
  type: true,
  proposerRole: true,
  proposedAt: true,
  defectDescription: true,
  productIdsJson: true,
  batchNosJson: true,
  contentHash: true,
  status: true,
  proposedBy: { select: { id: true, name: true } },
  hazard: { select: { id: true, hazardNo: true } },
  decisions: {
    orderBy: { decidedAt: "asc" },
    select: {
      id: true,
      decision: true,
      reason: true,
      actionsTaken: true,
      decidedAt: true,
      contentHash: true,
      supersedesId: true,
      decidedBy: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.StaffProposalSelect;

type Row = Prisma.StaffProposalGetPayload<{ select: typeof select }>;

function strings(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

function toView(row: Row, productNames: Map<string, string>, now: Date): ProposalView & { history: DecisionView[] } {
  const history = row.decisions.map((d) => ({ ...d, decision: d.decision as ProposalDecision }));
  const superseded = new Set(history.map((d) => d.supersedesId).filter((id): id is string => id !== null));
  const current = history.filter((d) => !superseded.has(d.id)).at(-1) ?? null;
  const answeredAt = history[0]?.decidedAt ?? now;
  const ids = strings(row.productIdsJson);
  return {
    id: row.id,
    type: row.type as ProposalType,
    proposerRole: row.proposerRole,
    proposedBy: row.proposedBy,
    proposedAt: row.proposedAt,
    defectDescription: row.defectDescription,
    products: ids.map((id) => ({ id, name: productNames.get(id) ?? id })),
    batchNos: strings(row.batchNosJson),
    hazard: row.hazard,
    contentHash: row.contentHash,
    status: row.status === "decided" ? "decided" : "pending",
    decision: current,
    hoursToAnswer: Math.max(0, Math.round(((answeredAt.getTime() - row.proposedAt.getTime()) / 3_600_000) * 10) / 10),
    history,
  };
}

async function productNamesOf(db: Db, organizationId: string, rows: Row[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => strings(r.productIdsJson)))];
  const products = await db.product.findMany({
    where: { organizationId, id: { in: ids } },
    select: { id: true, name: true },
  });
  return new Map(products.map((p) => [p.id, p.name]));
}

export async function listProposals(
  db: Db,
  ctx: { organizationId: string; timeZone: string; now: Date },
  filter: { status?: "pending" | "decided"; range?: LedgerDateRange } = {},
): Promise<ProposalView[]> {
  const where: Prisma.StaffProposalWhereInput = { organizationId: ctx.organizationId };
  if (filter.status) where.status = filter.status;
  if (filter.range) {
    where.proposedAt = {
      gte: startOfLocalDayUtc(filter.range.from, ctx.timeZone),
      lt: startOfLocalDayUtc(addDays(filter.range.to, 1), ctx.timeZone),
    };
  }
  const rows = await db.staffProposal.findMany({ where, orderBy: { proposedAt: "desc" }, take: 1000, select });
  const names = await productNamesOf(db, ctx.organizationId, rows);
  return rows.map((r) => {
    const { history: _history, ...view } = toView(r, names, ctx.now);
    return view;
  });
}

export async function getProposal(
  db: Db,
  ctx: { organizationId: string; now: Date },
  id: string,
): Promise<
  ProposalView & {
    history: Array<DecisionView & { signatures: ShownSignature[] }>;
    attachments: LinkedAttachment[];
    /** The proposer's signature on the filing (docs/decisions/032). */
    signatures: ShownSignature[];
  }
> {
  const row = await db.staffProposal.findFirst({ where: { id, organizationId: ctx.organizationId }, select });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  const names = await productNamesOf(db, ctx.organizationId, [row]);
  const view = toView(row, names, ctx.now);
  const history = await Promise.all(
    view.history.map(async (d) => ({
      ...d,
      signatures: await signaturesOf(db, ctx.organizationId, "proposal_decision", d.id),
    })),
  );
  return {
    ...view,
    history,
    attachments: await listLinkedAttachments(db, ctx.organizationId, "staff_proposal", id),
    signatures: await signaturesOf(db, ctx.organizationId, "staff_proposal", id),
  };
}
