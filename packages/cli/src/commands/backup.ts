import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import Database from "better-sqlite3";
import { getEnv, type Env } from "@anzhi/config";
import { isPostgresUrl, sqliteFilePath } from "@anzhi/db";
import { pgBinDir } from "@anzhi/db/pg-server";
import { CliError, type Io } from "../io.ts";

export function registerBackup(program: Command, io: Io): void {
  program
    .command("backup")
    .description(
      "write a consistent copy of the live database (safe while the server runs): SQLite's online backup, or pg_dump's custom format on PostgreSQL (restore with pg_restore); uploaded files are not in it",
    )
    .argument("<file>", "destination file (must not exist)")
    .action(async (file: string) => {
      const env = getEnv();
      if (isPostgresUrl(env.DATABASE_URL)) {
        const target = path.resolve(file);
        if (existsSync(target)) throw new CliError(`${target} already exists; choose a new file name`);
        mkdirSync(path.dirname(target), { recursive: true });
        const bin = pgBinDir();
        const pgDump = bin ? path.join(bin, "pg_dump") : "pg_dump";
        // One transaction-consistent snapshot (pg_dump's own), while the server keeps writing.
        const run = spawnSync(
          pgDump,
          ["--format=custom", "--no-owner", `--file=${target}`, `--dbname=${env.DATABASE_URL}`],
          {
            encoding: "utf8",
          },
        );
        if (run.error)
          throw new CliError(
            `pg_dump not found (Debian/Ubuntu: apt-get install -y postgresql-client): ${run.error.message}`,
          );
        if (run.status !== 0) throw new CliError(`pg_dump failed: ${run.stderr.trim()}`);
        io.out(`backup written to ${target} (pg_dump custom format; restore with pg_restore)`);
        io.out(uploadsNote(env));
        return;
      }
      const source = sqliteFilePath(env.DATABASE_URL);
      if (!existsSync(source)) throw new CliError(`no database at ${source}`);
      const target = path.resolve(file);
      if (existsSync(target)) throw new CliError(`${target} already exists; choose a new file name`);
      mkdirSync(path.dirname(target), { recursive: true });
      const db = new Database(source, { readonly: true, fileMustExist: true });
      try {
        // SQLite's online backup API copies page by page and restarts if a writer intervenes,
        // so the copy is a consistent snapshot even while the server writes.
        await db.backup(target);
      } finally {
        db.close();
      }
      const check = new Database(target, { readonly: true });
      try {
        const result = check.pragma("integrity_check", { simple: true });
        if (result !== "ok") throw new CliError(`backup written but integrity_check says: ${String(result)}`);
      } finally {
        check.close();
      }
      io.out(`backup written to ${target}`);
      io.out(uploadsNote(env));
    });
}

/** What the backup does with uploaded files (nothing: they are not in the database; docs/decisions/031). */
export function uploadsNote(env: Env): string {
  const s3 = env.ANZHI_S3_URL;
  if (s3)
    return (
      `uploaded files are not in this copy: they are in the S3 bucket ${s3.bucket}${s3.prefix ? `/${s3.prefix.slice(0, -1)}` : ""} ` +
      `at ${s3.endpoint}, which this command does not copy — keep them with the bucket's own versioning or replication`
    );
  return (
    `uploaded files are not in this copy: copy ${path.join(env.dataDir, "uploads")} as well ` +
    `(its files never change once written, so an incremental copy such as rsync is enough)`
  );
}
