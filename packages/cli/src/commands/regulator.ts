// `pnpm anzhi regulator …` — regulator agencies and their inspectors. Only operators create them;
// regulators never self-register. Inspectors sign in at /login and land in the regulator portal.
import type { Command } from "commander";
import { AgencyLevel } from "@anzhi/contracts";
import { addRegulatorUser, createAgency, listAgencies } from "@anzhi/domain/regulator/agencies";
import { AppError } from "@anzhi/domain/errors";
import { CliError, type Io } from "../io.ts";
import { describeError, openDatabase } from "./util.ts";
import { systemClock } from "@anzhi/domain/clock";

export function registerRegulator(program: Command, io: Io): void {
  const regulator = program.command("regulator").description("regulator agencies (市场监管局/所) and their inspectors");

  regulator
    .command("create")
    .description("create a regulator agency")
    .requiredOption("--name <name>", "full agency name, e.g. 常州市新北区市场监督管理局")
    .requiredOption("--level <level>", `one of ${AgencyLevel.options.join(" | ")}`)
    .requiredOption("--region <code>", "6-digit administrative division code (GB/T 2260), e.g. 320411")
    .action(async (o: { name: string; level: string; region: string }) => {
      if (!AgencyLevel.safeParse(o.level).success)
        throw new CliError(`--level must be one of ${AgencyLevel.options.join(", ")}, got "${o.level}"`);
      const db = await openDatabase();
      try {
        const agency = await createAgency(db, { name: o.name, level: o.level, regionCode: o.region });
        io.out(`created agency ${agency.name} (id ${agency.id})`);
      } catch (error) {
        if (error instanceof AppError && error.code === "CONFLICT")
          throw new CliError(`an agency named "${o.name}" already exists`);
        throw describeError(error);
      }
    });

  regulator
    .command("add-user")
    .description("add an inspector to an agency (signs in at /login, lands in /regulator)")
    .requiredOption("--agency <id-or-name>", "agency id or exact name")
    .requiredOption("--email <email>", "login e-mail")
    .requiredOption("--name <name>", "inspector's name")
    .requiredOption("--password <password>", "initial password (at least 10 characters)")
    .option("--title <title>", "position, e.g. 质量监督科 科员")
    .action(async (o: { agency: string; email: string; name: string; password: string; title?: string }) => {
      const db = await openDatabase();
      try {
        const user = await addRegulatorUser(
          db,
          o.agency,
          { email: o.email, name: o.name, password: o.password },
          o.title,
        );
        io.out(`added inspector ${o.email.toLowerCase()} to agency ${user.agencyId}`);
      } catch (error) {
        if (error instanceof AppError && error.code === "NOT_FOUND")
          throw new CliError(`no agency "${o.agency}" (see \`pnpm anzhi regulator list\`)`);
        throw describeError(error);
      }
    });

  regulator
    .command("list")
    .description("list agencies with their inspectors and live grants")
    .action(async () => {
      const db = await openDatabase();
      const agencies = await listAgencies(db, systemClock());
      if (agencies.length === 0) {
        io.out("no regulator agencies yet (pnpm anzhi regulator create --help)");
        return;
      }
      for (const a of agencies)
        io.out(
          [a.id, a.name, a.level, a.regionCode, `${a.users} inspector(s)`, `${a.liveGrants} live grant(s)`].join("\t"),
        );
    });
}
