import type { Command } from "commander";
import { getEnv } from "@anzhi/config";
import { fieldCipherFor } from "@anzhi/domain/crypto/field-cipher";
import { seedDemo } from "@anzhi/domain/seed/index";
import type { Io } from "../io.ts";
import { openDatabase } from "./util.ts";
import { systemClock } from "@anzhi/domain/clock";

export function registerSeed(program: Command, io: Io): void {
  program
    .command("seed")
    .description("load the demo organisations and records (idempotent: never duplicates)")
    .action(async () => {
      const env = getEnv();
      const db = await openDatabase();
      const cipher = fieldCipherFor({ envKey: env.ANZHI_ENCRYPTION_KEY, dataDir: env.dataDir });
      const result = await seedDemo(db, { encrypt: cipher.encrypt, now: systemClock() });
      io.out(result.seeded ? "demo data seeded" : "demo data already present; nothing written");
      for (const l of result.logins) io.out(`  ${l.org}  ${l.email}  ${l.password}  (${l.roles.join(", ")})`);
    });
}
