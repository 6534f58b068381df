// `pnpm anzhi billing …`: the operator's side of billing (docs/decisions/025): record a payment
// received by bank transfer, print an organisation's plan, and export the invoice requests the
// finance team issues 发票 for.
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { BillingGrantSchema, localDate } from "@anzhi/contracts";
import { parseInput } from "@anzhi/domain/errors";
import { billingSettings } from "@anzhi/domain/billing/settings";
import { billingStatus, grantOffline } from "@anzhi/domain/billing/grants";
import { invoiceRequestsXlsx } from "@anzhi/domain/billing/invoice-requests";
import { systemClock } from "@anzhi/domain/clock";
import { CliError, type Io } from "../io.ts";
import { describeError, findOrgBySlug, intOption, openDatabase } from "./util.ts";

export function registerBilling(program: Command, io: Io): void {
  const billing = program.command("billing").description("plans, offline (bank transfer) payments, invoice requests");

  billing
    .command("grant")
    .description("record a payment received by bank transfer (对公转账); audited, shown to the organisation's admins")
    .requiredOption("--org <slug>", "organisation")
    .requiredOption("--plan <plan>", "basic | professional")
    .requiredOption("--sites <n>", "sites paid for")
    .requiredOption("--until <date>", "last day covered, YYYY-MM-DD (the organisation's time zone)")
    .requiredOption("--reference <reference>", "the bank transfer's reference")
    .action(async (o: { org: string; plan: string; sites: string; until: string; reference: string }) => {
      const db = await openDatabase();
      const org = await findOrgBySlug(db, o.org);
      try {
        const input = parseInput(BillingGrantSchema, {
          plan: o.plan,
          sites: intOption("--sites", o.sites),
          until: o.until,
          reference: o.reference,
        });
        const grant = await grantOffline(db, org.id, input, systemClock());
        io.out(
          `recorded ${input.plan} for ${org.slug}: ${input.plan === "basic" ? 1 : input.sites} site(s) until ${input.until}, reference ${input.reference} (${grant.id})`,
        );
        if (!billingSettings())
          io.out(
            "note: billing is off on this installation (STRIPE_SECRET_KEY unset); the grant applies once it is on",
          );
      } catch (error) {
        throw describeError(error);
      }
    });

  billing
    .command("status")
    .description("print an organisation's plan, status, sites, period end and source")
    .requiredOption("--org <slug>", "organisation")
    .action(async (o: { org: string }) => {
      const db = await openDatabase();
      try {
        const now = systemClock();
        const { org, standing: s, activeSites } = await billingStatus(db, o.org, now);
        io.out(`organisation: ${org.slug} (${org.name})`);
        io.out(`source:       ${s.source}`);
        io.out(`plan:         ${s.plan ?? "none"}`);
        io.out(`status:       ${s.status}${s.dunning === "none" ? "" : ` (dunning: ${s.dunning})`}`);
        io.out(`sites:        ${activeSites} active${s.sites === null ? "" : `, ${s.sites} paid`}`);
        io.out(`period end:   ${s.periodEnd ? s.periodEnd.toISOString() : "-"}`);
      } catch (error) {
        throw describeError(error);
      }
    });

  billing
    .command("invoice-requests")
    .description(
      "XLSX of the payments to issue 发票 for (paid Stripe invoices and bank transfers), with the buyers' 发票 details",
    )
    .requiredOption("--from <date>", "first day, YYYY-MM-DD (China time)")
    .option("--to <date>", "last day, YYYY-MM-DD (default: today)")
    .requiredOption("--out <file>", "where to write the .xlsx")
    .action(async (o: { from: string; to?: string; out: string }) => {
      const to = o.to ?? localDate(systemClock(), "Asia/Shanghai");
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || o.from > to)
        throw new CliError("--from and --to must be dates YYYY-MM-DD, --from not after --to");
      const db = await openDatabase();
      const { bytes, rows } = await invoiceRequestsXlsx(db, { from: o.from, to });
      writeFileSync(o.out, bytes);
      io.out(`wrote ${rows} invoice request(s) ${o.from} … ${to} to ${o.out}`);
    });
}
