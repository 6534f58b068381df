// The roles stored as JSON on a membership or an invitation, read in one place: anything that is
// not a contracts Role (or text that is not JSON) is dropped.
import { Role } from "@anzhi/contracts";

export function parseRolesJson(json: string): Role[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  return Array.isArray(raw) ? raw.filter((r): r is Role => Role.safeParse(r).success) : [];
}
