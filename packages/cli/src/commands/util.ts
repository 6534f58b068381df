import { AppError, localizeAppError, localizeFieldIssue } from "@anzhi/domain/errors";
import { CliError } from "../program.ts";

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
