import type { Command } from "commander";
import { getEnv } from "@anzhi/config";
import { getDb, migrateUrl } from "@anzhi/db";
import { sealAllAuditChains } from "@anzhi/domain/audit/chain";
import type { Io } from "../io.ts";

export function registerMigrate(program: Command, io: Io): void {
  program
    .command("migrate")
    .description("apply pending database migrations (offline; safe to run repeatedly)")
    .action(async () => {
      const env = getEnv();
      const { applied, total } = await migrateUrl(env.DATABASE_URL);
      io.out(
        applied.length === 0
          ? `database is up to date (${total} migrations)`
          : `applied ${applied.length} of ${total} migrations: ${applied.join(", ")}`,
      );
      // Audit events written before the hash chain existed are chained now (docs/decisions/014).
      const chained = await sealAllAuditChains(await getDb(env.DATABASE_URL));
      if (chained > 0) io.out(`chained ${chained} audit events`);
    });
}
