// Access grants: an organisation opens chosen ledgers (or all) to a regulator agency, optionally
// until an expiry, and can revoke at once. Every regulator request re-reads the grant from the
// database (`requireLedger`), so revocation and expiry apply to the very next call.
import type { z } from "zod";
import { Ledger, type RegulatorGrantCreateSchema, grantedLedgers, type Ledger as LedgerT } from "@anzhi/contracts";
import type { Db, Prisma } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import { AppError, fieldError } from "../errors.ts";

export interface GrantRow {
  id: string;
  agencyId: string;
  agencyName: string;
  ledgers: LedgerT[] | "all";
  grantedAt: Date;
  grantedByName: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revokedByName: string | null;
  note: string | null;
  live: boolean;
}

/** Parses the stored `ledgers` column ("all" or a JSON array); unknown values are dropped. */
export function parseLedgers(stored: string): LedgerT[] | "all" {
  if (stored === "all") return "all";
  try {
    const raw: unknown = JSON.parse(stored);
    return Array.isArray(raw) ? raw.filter((l): l is LedgerT => Ledger.safeParse(l).success) : [];
  } catch {
    return [];
  }
}

export function liveWhere(now: Date): Prisma.AccessGrantWhereInput {
  return { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
}

export async function createGrant(
  db: Db,
  actor: { organizationId: string; userId: string },
  data: z.output<typeof RegulatorGrantCreateSchema>,
  now: Date,
): Promise<{ id: string }> {
  const expiresAt = data.expiresAt ? new Date(data.expiresAt) : null;
  if (expiresAt && expiresAt <= now) throw fieldError("VALIDATION_FAILED", "expiresAt", "grant.expiry_past");
  const agency = await db.regulatorAgency.findFirst({
    where: { id: data.agencyId, retiredAt: null },
    select: { id: true },
  });
  if (!agency) throw fieldError("VALIDATION_FAILED", "agencyId", "grant.agency_unknown");
  const ledgers = data.ledgers === "all" ? "all" : JSON.stringify(grantedLedgers(data));
  return db.$transaction(async (tx) => {
    const grant = await tx.accessGrant.create({
      data: {
        organizationId: actor.organizationId,
        agencyId: agency.id,
        ledgers,
        expiresAt,
        grantedByUserId: actor.userId,
        grantedAt: now,
        note: data.note || null,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actor: { kind: "user", userId: actor.userId },
      action: "access_grant.create",
      entityType: "access_grant",
      entityId: grant.id,
      data: { agencyId: agency.id, ledgers: data.ledgers, expiresAt: data.expiresAt ?? null },
    });
    return grant;
  });
}

export async function revokeGrant(
  db: Db,
  actor: { organizationId: string; userId: string },
  grantId: string,
  now: Date,
): Promise<{ id: string; revokedAt: Date }> {
  return db.$transaction(async (tx) => {
    const changed = await tx.accessGrant.updateMany({
      where: { id: grantId, organizationId: actor.organizationId, revokedAt: null },
      data: { revokedAt: now, revokedByUserId: actor.userId },
    });
    if (changed.count === 0)
      throw new AppError("RECORD_NOT_FOUND", { message: "no unrevoked grant with that id in this organisation" });
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actor: { kind: "user", userId: actor.userId },
      action: "access_grant.revoke",
      entityType: "access_grant",
      entityId: grantId,
    });
    return { id: grantId, revokedAt: now };
  });
}

export async function listGrants(db: Db, organizationId: string, now: Date): Promise<GrantRow[]> {
  const rows = await db.accessGrant.findMany({
    where: { organizationId },
    orderBy: { grantedAt: "desc" },
    include: {
      agency: { select: { name: true } },
      grantedBy: { select: { name: true } },
      revokedBy: { select: { name: true } },
    },
  });
  return rows.map((g) => ({
    id: g.id,
    agencyId: g.agencyId,
    agencyName: g.agency.name,
    ledgers: parseLedgers(g.ledgers),
    grantedAt: g.grantedAt,
    grantedByName: g.grantedBy.name,
    expiresAt: g.expiresAt,
    revokedAt: g.revokedAt,
    revokedByName: g.revokedBy?.name ?? null,
    note: g.note,
    live: g.revokedAt === null && (g.expiresAt === null || g.expiresAt > now),
  }));
}

/** The ledgers the agency may read in the organisation right now (union of its live grants). */
export async function liveLedgers(
  db: Pick<Db, "accessGrant">,
  agencyId: string,
  organizationId: string,
  now: Date,
): Promise<Set<LedgerT>> {
  const grants = await db.accessGrant.findMany({
    where: { agencyId, organizationId, ...liveWhere(now) },
    select: { ledgers: true },
  });
  return unionLedgers(grants.map((g) => g.ledgers));
}

/** The ledgers several live grants open together (stored `ledgers` columns). */
export function unionLedgers(stored: readonly string[], into = new Set<LedgerT>()): Set<LedgerT> {
  for (const g of stored) {
    const l = parseLedgers(g);
    for (const x of l === "all" ? Ledger.options : l) into.add(x);
  }
  return into;
}

/**
 * Throws unless a live grant opens `ledger` (or, with `ledger` null, any ledger) of the
 * organisation to the agency. An expired grant reads GRANT_EXPIRED, anything else GRANT_REQUIRED.
 */
export async function requireLedger(
  db: Pick<Db, "accessGrant">,
  agencyId: string,
  organizationId: string,
  ledger: LedgerT | null,
  now: Date,
): Promise<Set<LedgerT>> {
  const ledgers = await liveLedgers(db, agencyId, organizationId, now);
  if (ledgers.size > 0 && (ledger === null || ledgers.has(ledger))) return ledgers;
  const expired = await db.accessGrant.count({
    where: { agencyId, organizationId, revokedAt: null, expiresAt: { lte: now } },
  });
  throw new AppError(expired > 0 && ledgers.size === 0 ? "GRANT_EXPIRED" : "GRANT_REQUIRED", {
    message: `no live grant for ${ledger ?? "any ledger"}`,
  });
}
