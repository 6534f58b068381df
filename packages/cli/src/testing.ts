// Test helper: the CLI against a fresh data folder (its own SQLite file), run in-process.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeAllDbs } from "@anzhi/db";

export interface CliResult {
  code: number;
  /** Standard output, lines joined with "\n". */
  out: string;
  lines: string[];
  err: string;
}

/**
 * Points ANZHI_DATA_DIR / DATABASE_URL at a new temporary folder (before the environment is
 * first read) and returns a runner plus the clean-up. Call once per test file.
 */
export async function cliInTempDir(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  process.env.ANZHI_DATA_DIR = dir;
  process.env.DATABASE_URL = `file:${path.join(dir, "anzhi.db")}`;
  const { run } = await import("./program.ts");
  async function cli(...argv: string[]): Promise<CliResult> {
    const lines: string[] = [];
    const err: string[] = [];
    const code = await run(argv, { out: (l) => lines.push(l), err: (l) => err.push(l) });
    return { code, out: lines.join("\n"), lines, err: err.join("\n") };
  }
  async function cleanup(): Promise<void> {
    await closeAllDbs();
    rmSync(dir, { recursive: true, force: true });
  }
  return { dir, cli, cleanup };
}
