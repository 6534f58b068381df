// Small parsing helpers for the risk list (roles JSON of a membership, triggers JSON of a version).
import { Role } from "@anzhi/contracts";

export function rolesOf(json: string): Role[] {
  return parseList(json).filter((r): r is Role => Role.safeParse(r).success);
}

/** Triggers of a version; values outside RiskListTrigger (older data) are kept as text. */
export function triggersOf(json: string): string[] {
  return parseList(json).filter((r): r is string => typeof r === "string");
}

function parseList(json: string): unknown[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}
