// `pnpm anzhi <command>` — operations CLI for self-hosters. Each command prints a clear result;
// bad arguments exit non-zero with a one-line reason.
import { Command, CommanderError } from "commander";
import { registerApiKey } from "./commands/api-key.ts";
import { registerAudit } from "./commands/audit.ts";
import { registerBackup } from "./commands/backup.ts";
import { registerBilling } from "./commands/billing.ts";
import { registerMigrate } from "./commands/migrate.ts";
import { registerOrg } from "./commands/org.ts";
import { registerSeed } from "./commands/seed.ts";
import { registerUser } from "./commands/user.ts";
import { registerRegulator } from "./commands/regulator.ts";
import type { Io } from "./io.ts";

export function buildProgram(io: Io): Command {
  const program = new Command("anzhi")
    .description("Anzhi (安质) operations CLI: database, organisations, users, backups")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  registerMigrate(program, io);
  registerSeed(program, io);
  registerOrg(program, io);
  registerUser(program, io);
  registerBackup(program, io);
  registerApiKey(program, io);
  registerRegulator(program, io);
  registerAudit(program, io);
  registerBilling(program, io);
  return program;
}

/** Runs the CLI and returns the process exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`error: ${message.split("\n")[0]}`);
    return 1;
  }
}
