// Roles stored as JSON on a membership; anything unknown is dropped.
import { Role } from "@anzhi/contracts";

export function rolesOf(rolesJson: string): Role[] {
  try {
    const raw: unknown = JSON.parse(rolesJson);
    return Array.isArray(raw) ? raw.filter((r): r is Role => Role.safeParse(r).success) : [];
  } catch {
    return [];
  }
}
