// The audit trail's hash chain (docs/decisions/014): per organisation (the null organisation —
// operators' acts — is a chain of its own) every event gets the next position `seq`, the hash of
// the event before it (`prevHash`, "" for the first) and `hash` = sha256 over a canonical JSON of
// its content and both. Rows are inserted unchained and chained in the same transaction: on SQLite
// the INSERT takes the write lock first, on PostgreSQL the chain's advisory lock is taken before
// its head is read (dialect `serialize`), so reading the head and writing the next links cannot
// interleave with another writer, and the unique (organisation, seq) index refuses a fork.
// Triggers allow this one UPDATE (NULL → links) and refuse every other UPDATE and every DELETE.
import { createHash } from "node:crypto";
import { serialize, writeChainLinks, type Db, type Tx } from "@anzhi/db";

export const GENESIS_HASH = "";

/** The stored columns an event's hash covers, in the row's own types. */
export interface ChainedContent {
  id: string;
  organizationId: string | null;
  actorKind: string;
  actorUserId: string | null;
  apiKeyId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  dataJson: string;
  ip: string | null;
  at: Date;
}

export const CHAINED_SELECT = {
  id: true,
  organizationId: true,
  actorKind: true,
  actorUserId: true,
  apiKeyId: true,
  action: true,
  entityType: true,
  entityId: true,
  dataJson: true,
  ip: true,
  at: true,
} as const;

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The hash of one chained event (version 1 of the canonical form). */
export function eventHash(row: ChainedContent, seq: number, prevHash: string): string {
  return sha256Hex(
    canonicalJson({
      v: 1,
      id: row.id,
      organizationId: row.organizationId,
      seq,
      prevHash,
      at: row.at.toISOString(),
      actorKind: row.actorKind,
      actorUserId: row.actorUserId,
      apiKeyId: row.apiKeyId,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      dataJson: row.dataJson,
      ip: row.ip,
    }),
  );
}

type ChainTx = Pick<Tx, "auditEvent"> & Partial<Pick<Tx, "$executeRawUnsafe" | "$queryRawUnsafe">>;

/** Above this many unchained rows the links are written with one statement (bulk ingest, seed). */
const BULK_THRESHOLD = 16;

/**
 * Chains every unchained event of one organisation's trail (oldest first), inside the caller's
 * transaction. Returns how many were chained. recordAudit calls it for every event; writers that
 * insert audit rows in bulk call it once after their INSERT.
 */
export async function sealAuditChain(tx: ChainTx, organizationId: string | null): Promise<number> {
  const raw =
    tx.$executeRawUnsafe && tx.$queryRawUnsafe ? (tx as Pick<Tx, "$executeRawUnsafe" | "$queryRawUnsafe">) : null;
  if (raw) await serialize(raw, `audit-chain:${organizationId ?? ""}`);
  const pending = await tx.auditEvent.findMany({
    where: { organizationId, seq: null },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: CHAINED_SELECT,
  });
  if (pending.length === 0) return 0;
  const head = await tx.auditEvent.findFirst({
    where: { organizationId, seq: { not: null } },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const links: Array<[string, number, string, string]> = [];
  for (const row of pending) {
    seq += 1;
    const hash = eventHash(row, seq, prevHash);
    links.push([row.id, seq, prevHash, hash]);
    prevHash = hash;
  }
  if (raw && links.length > BULK_THRESHOLD) {
    await writeChainLinks(raw, links);
  } else {
    for (const [id, s, p, hash] of links)
      await tx.auditEvent.update({ where: { id }, data: { seq: s, prevHash: p, hash } });
  }
  return links.length;
}

/** Chains the unchained events of every trail inside one transaction (the demo seed's bulk rows). */
export async function sealPendingChains(tx: ChainTx): Promise<number> {
  const chains = await tx.auditEvent.groupBy({ by: ["organizationId"], where: { seq: null } });
  let sealed = 0;
  for (const { organizationId } of chains) sealed += await sealAuditChain(tx, organizationId);
  return sealed;
}

/** Chains the unchained events of every trail, one transaction per trail (start-up: rows written before the chain existed). */
export async function sealAllAuditChains(db: Db): Promise<number> {
  const chains = await db.auditEvent.groupBy({ by: ["organizationId"], where: { seq: null } });
  let sealed = 0;
  for (const { organizationId } of chains)
    sealed += await db.$transaction((tx) => sealAuditChain(tx, organizationId), { timeout: 120_000 });
  return sealed;
}
