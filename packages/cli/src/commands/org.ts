import type { Command } from "commander";
import { createOrganization, listOrganizations } from "@anzhi/domain/orgs/organizations";
import type { Io } from "../io.ts";
import { systemClock } from "@anzhi/domain/clock";
import { describeError, intOption, numberOption, openDatabase } from "./util.ts";

export function registerOrg(program: Command, io: Io): void {
  const org = program.command("org").description("organisations (enterprises)");

  org
    .command("list")
    .description("list organisations: slug, name, kind, 统一社会信用代码")
    .option("--json", "print JSON instead of a table")
    .action(async (opts: { json?: boolean }) => {
      const rows = await listOrganizations(await openDatabase());
      if (opts.json) {
        io.out(
          JSON.stringify(
            rows.map(({ slug, name, kind, uscc }) => ({ slug, name, kind, uscc })),
            null,
            2,
          ),
        );
        return;
      }
      if (rows.length === 0) {
        io.out("no organisations yet (create one with `pnpm anzhi org create --help`)");
        return;
      }
      const width = Math.max(4, ...rows.map((r) => r.slug.length));
      io.out(`${"SLUG".padEnd(width)}  ${"KIND".padEnd(8)}  ${"USCC".padEnd(18)}  NAME`);
      for (const r of rows) io.out(`${r.slug.padEnd(width)}  ${r.kind.padEnd(8)}  ${r.uscc.padEnd(18)}  ${r.name}`);
    });

  org
    .command("create")
    .description("create an organisation (its first user is added with `user create --org`)")
    .requiredOption("--name <name>", "单位名称, as on the business licence")
    .requiredOption("--uscc <code>", "统一社会信用代码 (18 characters, check digit verified)")
    .requiredOption("--kind <kind>", "producer | seller | both")
    .requiredOption("--region <code>", "6-digit 行政区划代码, e.g. 320411")
    .requiredOption("--address <address>", "住所/生产经营地址")
    .option("--slug <slug>", "URL name (default derived from the USCC)")
    .option("--time-zone <tz>", "IANA time zone", "Asia/Shanghai")
    .option("--employees <n>", "从业人员数", "0")
    .option("--revenue <wanYuan>", "上年度营业收入（万元）", "0")
    .option("--sales-channel <channel>", "sellers: wholesale | retail | both | online")
    .option("--legal-rep <name>", "法定代表人")
    .action(async (o: Record<string, string | undefined>) => {
      const db = await openDatabase();
      try {
        const created = await createOrganization(
          db,
          {
            name: o.name,
            uscc: o.uscc,
            kind: o.kind,
            regionCode: o.region,
            address: o.address,
            timeZone: o.timeZone,
            employeeCount: intOption("--employees", o.employees),
            annualRevenueWanYuan: numberOption("--revenue", o.revenue),
            ...(o.salesChannel ? { salesChannel: o.salesChannel } : {}),
            ...(o.legalRep ? { legalRepresentative: o.legalRep } : {}),
          },
          { actor: { kind: "system" }, now: systemClock(), ...(o.slug ? { slug: o.slug } : {}) },
        );
        io.out(`created organisation ${created.slug} (${created.name}, ${created.uscc})`);
      } catch (error) {
        throw describeError(error);
      }
    });
}
