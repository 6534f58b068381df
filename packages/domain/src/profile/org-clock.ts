// "Today" for an organisation: local calendar dates are kept in the organisation's time zone.
import { localDate } from "@anzhi/contracts";
import type { Tx } from "@anzhi/db";
import { AppError } from "../errors.ts";

export async function orgToday(db: Pick<Tx, "organization">, organizationId: string, now: Date): Promise<string> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { timeZone: true } });
  if (!org) throw new AppError("ORG_NOT_FOUND");
  return localDate(now, org.timeZone);
}

export function parseJsonArray(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}
