// Recomputes an audit chain from the stored rows and names the first broken link: a changed row
// (its hash no longer matches its content), a removed or reordered one (its prevHash is not the
// previous event's hash, or a position is missing). Read-only: it can check a copy or a backup.
import type { Db } from "@anzhi/db";
import { CHAINED_SELECT, GENESIS_HASH, eventHash } from "./chain.ts";

export type BrokenReason = "hash_mismatch" | "prev_hash_mismatch" | "missing_position";

export interface ChainReport {
  organizationId: string | null;
  /** Chained events checked (up to the first broken one). */
  checked: number;
  /** Events not chained yet (written by a bulk writer that has not sealed; bootstrap seals them). */
  unchained: number;
  /** The last good link: keep it elsewhere to detect a trail cut short after it. */
  head: { seq: number; hash: string } | null;
  broken: { seq: number; id: string; reason: BrokenReason; expected: string; found: string } | null;
}

const PAGE = 2_000;

export async function verifyAuditChain(db: Db, organizationId: string | null): Promise<ChainReport> {
  const report: ChainReport = { organizationId, checked: 0, unchained: 0, head: null, broken: null };
  report.unchained = await db.auditEvent.count({ where: { organizationId, seq: null } });
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { organizationId, seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: PAGE,
      select: { ...CHAINED_SELECT, seq: true, prevHash: true, hash: true },
    });
    for (const row of rows) {
      const seq = row.seq ?? 0;
      if (seq !== expectedSeq) {
        report.broken = {
          seq: expectedSeq,
          id: row.id,
          reason: "missing_position",
          expected: String(expectedSeq),
          found: String(seq),
        };
        return report;
      }
      if (row.prevHash !== prevHash) {
        report.broken = {
          seq,
          id: row.id,
          reason: "prev_hash_mismatch",
          expected: prevHash,
          found: row.prevHash ?? "",
        };
        return report;
      }
      const hash = eventHash(row, seq, prevHash);
      if (row.hash !== hash) {
        report.broken = { seq, id: row.id, reason: "hash_mismatch", expected: hash, found: row.hash ?? "" };
        return report;
      }
      report.checked += 1;
      report.head = { seq, hash };
      prevHash = hash;
      expectedSeq += 1;
    }
    if (rows.length < PAGE) return report;
  }
}

/** Every chain of the database: one per organisation, plus the operators' (null organisation). */
export async function verifyAllAuditChains(db: Db): Promise<ChainReport[]> {
  const chains = await db.auditEvent.groupBy({ by: ["organizationId"], orderBy: { organizationId: "asc" } });
  const reports: ChainReport[] = [];
  for (const { organizationId } of chains) reports.push(await verifyAuditChain(db, organizationId));
  return reports;
}
