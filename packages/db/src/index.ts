export {
  openDb,
  getDb,
  closeAllDbs,
  sqliteFilePath,
  isPostgresUrl,
  BUSY_TIMEOUT_MS,
  type Db,
  type Tx,
} from "./client.ts";
export {
  bulkInsert,
  bumpHazardCounter,
  dialectOf,
  listTables,
  serialize,
  textContains,
  writeChainLinks,
  type Cell,
  type Dialect,
} from "./dialect.ts";
export { forOrganization, scopeArgs, ORG_SCOPED_MODELS, CrossTenantWriteError, type ScopedDb } from "./scope.ts";
export {
  migrateDatabase,
  migratePostgres,
  migrateUrl,
  readMigrations,
  countAppliedMigrations,
  MIGRATIONS_DIR,
  PG_MIGRATIONS_DIR,
  MigrationError,
} from "./migrate.ts";
export { Prisma } from "./generated/prisma/client.ts";
export type * from "./generated/prisma/models.ts";
