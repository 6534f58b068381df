import type { Command } from "commander";
import { verifyAllAuditChains, verifyAuditChain, type ChainReport } from "@anzhi/domain/audit/verify";
import { CliError, type Io } from "../io.ts";
import { findOrgBySlug, openDatabase } from "./util.ts";

function describe(r: ChainReport, name: string): string {
  const pending = r.unchained > 0 ? `, ${r.unchained} not chained yet` : "";
  if (r.broken)
    return (
      `${name}: BROKEN at #${r.broken.seq} (event ${r.broken.id}): ${r.broken.reason}, ` +
      `expected ${r.broken.expected || '""'}, found ${r.broken.found || '""'}` +
      ` (${r.checked} events before it are intact${pending})`
    );
  const head = r.head ? `, head #${r.head.seq} ${r.head.hash}` : "";
  return `${name}: ok, ${r.checked} events${head}${pending}`;
}

export function registerAudit(program: Command, io: Io): void {
  const audit = program.command("audit").description("the tamper-evident audit trail (docs/decisions/014)");
  audit
    .command("verify")
    .description("recompute every organisation's hash chain and name the first broken link (exit 1 when broken)")
    .option("--org <slug>", "only this organisation's chain")
    .action(async (opts: { org?: string }) => {
      const db = await openDatabase();
      let reports: ChainReport[];
      if (opts.org) {
        const org = await findOrgBySlug(db, opts.org);
        reports = [await verifyAuditChain(db, org.id)];
      } else {
        reports = await verifyAllAuditChains(db);
      }
      const orgs = await db.organization.findMany({
        where: { id: { in: reports.flatMap((r) => (r.organizationId ? [r.organizationId] : [])) } },
        select: { id: true, slug: true },
      });
      const slug = new Map(orgs.map((o) => [o.id, o.slug]));
      for (const r of reports) {
        const name = r.organizationId ? `org ${slug.get(r.organizationId) ?? r.organizationId}` : "operators";
        io.out(describe(r, name));
      }
      const broken = reports.filter((r) => r.broken).length;
      if (broken > 0) throw new CliError(`audit trail broken in ${broken} chain(s)`);
    });
}
