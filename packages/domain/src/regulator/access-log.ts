// The enterprise's view of regulator reads: who (inspector and agency), which ledger, when, which
// export format and filters.
import type { Db } from "@anzhi/db";

export interface AccessLogRow {
  id: string;
  at: Date;
  inspectorName: string;
  agencyName: string;
  ledger: string;
  action: string;
  format: string | null;
  filters: Record<string, unknown>;
}

export async function accessLog(db: Db, organizationId: string, limit = 200): Promise<AccessLogRow[]> {
  const rows = await db.regulatorReadLog.findMany({
    where: { organizationId },
    orderBy: { at: "desc" },
    take: limit,
    select: {
      id: true,
      at: true,
      ledger: true,
      action: true,
      format: true,
      filtersJson: true,
      agency: { select: { name: true } },
      regulatorUser: { select: { user: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    inspectorName: r.regulatorUser.user.name,
    agencyName: r.agency.name,
    ledger: r.ledger,
    action: r.action,
    format: r.format,
    filters: JSON.parse(r.filtersJson) as Record<string, unknown>,
  }));
}

/** Agencies an enterprise may grant access to. */
export async function grantableAgencies(
  db: Db,
): Promise<Array<{ id: string; name: string; level: string; regionCode: string }>> {
  return db.regulatorAgency.findMany({
    where: { retiredAt: null },
    orderBy: [{ regionCode: "asc" }, { name: "asc" }],
    select: { id: true, name: true, level: true, regionCode: true },
  });
}
