// Opaque list cursors: base64url of the last row's (updatedAt, id). Pages are ordered by
// (updatedAt, id), so a client that resumes with `updatedSince` never misses a change.
import { AppError } from "../errors.ts";

export interface Cursor {
  updatedAt: Date;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.updatedAt.getTime(), c.id])).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (cursor === undefined) return null;
  try {
    const raw: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(raw) && typeof raw[0] === "number" && typeof raw[1] === "string") return { updatedAt: new Date(raw[0]), id: raw[1] };
  } catch {
    // fall through
  }
  throw new AppError("VALIDATION_FAILED", { issues: [{ path: "cursor", message: "field.invalid_type" }] });
}

/** Prisma where fragment for rows after the cursor, in (updatedAt, id) order. */
export function afterCursor(c: Cursor | null) {
  if (!c) return {};
  return { OR: [{ updatedAt: { gt: c.updatedAt } }, { updatedAt: c.updatedAt, id: { gt: c.id } }] };
}

/** Splits one extra fetched row off into the next cursor. */
export function paginate<T extends { updatedAt: Date; id: string }>(rows: T[], limit: number): { page: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { page: rows, nextCursor: null };
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: last ? encodeCursor(last) : null };
}
