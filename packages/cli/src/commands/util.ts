import { getEnv } from "@anzhi/config";
import { getDb, migrateUrl, type Db } from "@anzhi/db";
import { AppError, localizeAppError, localizeFieldIssue } from "@anzhi/domain/errors";
import { CliError } from "../io.ts";

/** The configured database, with any pending migrations applied first. */
export async function openDatabase(): Promise<Db> {
  const env = getEnv();
  await migrateUrl(env.DATABASE_URL);
  return getDb(env.DATABASE_URL);
}

/** The organisation with this slug, or a one-line reason pointing at `org list`. */
export async function findOrgBySlug(db: Db, slug: string): Promise<{ id: string; slug: string }> {
  const org = await db.organization.findUnique({ where: { slug }, select: { id: true, slug: true } });
  if (!org) throw new CliError(`no organisation with slug "${slug}" (see \`pnpm anzhi org list\`)`);
  return org;
}

export function intOption(flag: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new CliError(`${flag} must be a whole number, got "${raw}"`);
  return n;
}

export function numberOption(flag: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new CliError(`${flag} must be a number, got "${raw}"`);
  return n;
}

/** A one-line English reason for a domain error (the first offending field, if any). */
export function describeError(error: unknown): Error {
  if (!(error instanceof AppError)) return error instanceof Error ? error : new Error(String(error));
  const first = error.issues[0];
  if (first) return new CliError(`${first.path || "input"}: ${localizeFieldIssue(first, "en")}`);
  return new CliError(localizeAppError(error, "en"));
}
