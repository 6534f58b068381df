// The triggers JSON of a risk-list version (a membership's roles: members/roles.ts).
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
