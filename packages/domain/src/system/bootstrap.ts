// Start-up work shared by `pnpm start` and the ops CLI: apply pending migrations, then seed the
// demo data on an empty database (unless disabled for a production install).
import { getDb, migrateUrl, type Db } from "@anzhi/db";
import { sealAllAuditChains } from "../audit/chain.ts";
import { fieldCipherFor } from "../crypto/field-cipher.ts";
import { hasDemoData, seedDemo, type DemoLogin } from "../seed/index.ts";

export interface BootstrapOptions {
  databaseUrl: string;
  dataDir: string;
  encryptionKey?: string | undefined;
  seedDemo: boolean;
  /** The instant the demo data is seeded around. */
  now: Date;
}

export interface BootstrapResult {
  db: Db;
  migrationsApplied: string[];
  migrationsTotal: number;
  seeded: boolean;
  /** Demo logins, when the database holds the demo organisations. */
  logins: DemoLogin[];
}

export async function bootstrap(opts: BootstrapOptions): Promise<BootstrapResult> {
  const { applied, total } = await migrateUrl(opts.databaseUrl);
  const db = await getDb(opts.databaseUrl);
  let seeded = false;
  let logins: DemoLogin[] = [];
  // Only an empty database gets demo data; seedDemo is idempotent and just returns the logins
  // when the demo organisations already exist.
  if (opts.seedDemo && ((await db.organization.count()) === 0 || (await hasDemoData(db)))) {
    const cipher = fieldCipherFor({ envKey: opts.encryptionKey, dataDir: opts.dataDir });
    const result = await seedDemo(db, { encrypt: cipher.encrypt, now: opts.now });
    seeded = result.seeded;
    logins = result.logins;
  }
  // Events written before the chain existed (or by a writer that left them unchained) are chained
  // here, oldest first, so the trail is whole before the server takes requests (docs/decisions/014).
  await sealAllAuditChains(db);
  return { db, migrationsApplied: applied, migrationsTotal: total, seeded, logins };
}
