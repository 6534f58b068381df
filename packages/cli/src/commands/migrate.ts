import type { Command } from "commander";
import { getEnv } from "@anzhi/config";
import { migrateDatabase, sqliteFilePath } from "@anzhi/db";
import type { Io } from "../io.ts";

export function registerMigrate(program: Command, io: Io): void {
  program
    .command("migrate")
    .description("apply pending database migrations (offline; safe to run repeatedly)")
    .action(() => {
      const env = getEnv();
      const { applied, total } = migrateDatabase(sqliteFilePath(env.DATABASE_URL));
      io.out(
        applied.length === 0
          ? `database is up to date (${total} migrations)`
          : `applied ${applied.length} of ${total} migrations: ${applied.join(", ")}`,
      );
    });
}
